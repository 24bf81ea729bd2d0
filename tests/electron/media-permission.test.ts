import { describe, expect, it } from 'vitest';

import { isMediaPermissionAllowed } from '../../main/electron/media-permission.js';
import { createRecordingGate, RECORDING_GATE_MS } from '../../main/services/audio/recording-gate.js';
import { fixedClock } from '../../main/services/clock.js';
import { createScannerGate, SCANNER_GATE_MS } from '../../main/services/referrals/scanner-gate.js';
import { createVisitorScannerGate } from '../../main/services/referrals/visitor-scanner-gate.js';

const OURS = 'app://kiosk/index.html';

describe('microphone permission', () => {
  it('grants the microphone to our page while the recordings screen is open', () => {
    expect(
      isMediaPermissionAllowed({
        permission: 'media',
        requestingUrl: OURS,
        mediaTypes: ['audio'],
        recordingScreenOpen: true,
        scannerOpen: false,
      }),
    ).toBe(true);
    // Permission checks carry an origin and no media types.
    expect(
      isMediaPermissionAllowed({
        permission: 'media',
        requestingUrl: 'app://kiosk',
        recordingScreenOpen: true,
        scannerOpen: false,
      }),
    ).toBe(true);
  });

  it('refuses it on any other screen, to any other origin, and refuses the camera always', () => {
    expect(
      isMediaPermissionAllowed({
        permission: 'media',
        requestingUrl: OURS,
        mediaTypes: ['audio'],
        recordingScreenOpen: false,
        scannerOpen: false,
      }),
    ).toBe(false);
    for (const url of [
      'https://kiosk/',
      'app://kiosk.evil/',
      'app://user:pw@kiosk/',
      'http://127.0.0.1:8127/',
      'not a url',
    ]) {
      expect(
        isMediaPermissionAllowed({
          permission: 'media',
          requestingUrl: url,
          mediaTypes: ['audio'],
          recordingScreenOpen: true,
          scannerOpen: false,
        }),
        url,
      ).toBe(false);
    }
    expect(
      isMediaPermissionAllowed({
        permission: 'media',
        requestingUrl: OURS,
        mediaTypes: ['video'],
        recordingScreenOpen: true,
        scannerOpen: false,
      }),
    ).toBe(false);
    expect(
      isMediaPermissionAllowed({
        permission: 'media',
        requestingUrl: OURS,
        mediaTypes: ['audio', 'video'],
        recordingScreenOpen: true,
        scannerOpen: false,
      }),
    ).toBe(false);
    expect(
      isMediaPermissionAllowed({
        permission: 'media',
        requestingUrl: OURS,
        mediaTypes: [],
        recordingScreenOpen: true,
        scannerOpen: false,
      }),
    ).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'display-capture', 'fullscreen']) {
      expect(
        isMediaPermissionAllowed({ permission, requestingUrl: OURS, recordingScreenOpen: true, scannerOpen: false }),
        permission,
      ).toBe(false);
    }
  });

  it('closes the gate when the screen closes, and by itself after a while', () => {
    const clock = fixedClock(new Date('2026-12-06T15:00:00Z'));
    const gate = createRecordingGate(clock);
    expect(gate.isOpen()).toBe(false);
    gate.open();
    expect(gate.isOpen()).toBe(true);
    gate.close();
    expect(gate.isOpen()).toBe(false);
    gate.open();
    clock.advance(RECORDING_GATE_MS);
    expect(gate.isOpen()).toBe(false);
  });
});

describe('camera permission', () => {
  const request = (
    mediaTypes: readonly string[] | undefined,
    gates: { recordingScreenOpen: boolean; scannerOpen: boolean },
    requestingUrl = OURS,
  ): boolean =>
    isMediaPermissionAllowed({
      permission: 'media',
      requestingUrl,
      ...gates,
      ...(mediaTypes === undefined ? {} : { mediaTypes }),
    });

  it('grants the camera to our page while the slip scanner is open, and only the camera', () => {
    const scanning = { recordingScreenOpen: false, scannerOpen: true };
    expect(request(['video'], scanning)).toBe(true);
    expect(request(undefined, scanning, 'app://kiosk')).toBe(true);
    // The scanner's gate gives no microphone, and never both at once.
    expect(request(['audio'], scanning)).toBe(false);
    expect(request(['audio', 'video'], scanning)).toBe(false);
    expect(request(['audio', 'video'], { recordingScreenOpen: true, scannerOpen: true })).toBe(false);
    expect(request([], scanning)).toBe(false);
  });

  it('refuses it when the scanner is closed, to any other origin, and for other permissions', () => {
    expect(request(['video'], { recordingScreenOpen: false, scannerOpen: false })).toBe(false);
    expect(request(undefined, { recordingScreenOpen: false, scannerOpen: false }, 'app://kiosk')).toBe(false);
    // The recordings screen being open is no reason to give the camera.
    expect(request(['video'], { recordingScreenOpen: true, scannerOpen: false })).toBe(false);
    for (const url of ['https://kiosk/', 'app://kiosk.evil/', 'http://127.0.0.1:8127/', 'not a url']) {
      expect(request(['video'], { recordingScreenOpen: false, scannerOpen: true }, url), url).toBe(false);
    }
    for (const permission of ['geolocation', 'display-capture', 'notifications']) {
      expect(
        isMediaPermissionAllowed({ permission, requestingUrl: OURS, recordingScreenOpen: false, scannerOpen: true }),
        permission,
      ).toBe(false);
    }
  });

  it('the scanner gate closes when the scanner stops, and by itself soon after its 60 s limit', () => {
    const clock = fixedClock(new Date('2026-12-06T15:00:00Z'));
    const gate = createScannerGate(clock);
    expect(gate.isOpen()).toBe(false);
    gate.open();
    expect(gate.isOpen()).toBe(true);
    gate.close();
    expect(gate.isOpen()).toBe(false);
    gate.open();
    clock.advance(60_000);
    expect(gate.isOpen()).toBe(true);
    clock.advance(SCANNER_GATE_MS - 60_000);
    expect(gate.isOpen()).toBe(false);
  });
});

describe("camera permission for the visitor's own scanner", () => {
  const request = (
    mediaTypes: readonly string[] | undefined,
    gates: { visitorScannerOpen: boolean; visitorCameraAllowed: boolean },
    requestingUrl = OURS,
    permission = 'media',
  ): boolean =>
    isMediaPermissionAllowed({
      permission,
      requestingUrl,
      recordingScreenOpen: false,
      scannerOpen: false,
      ...gates,
      ...(mediaTypes === undefined ? {} : { mediaTypes }),
    });
  const scanning = { visitorScannerOpen: true, visitorCameraAllowed: true };

  it('grants video alone to our page while the scanner is open and the site allows it', () => {
    expect(request(['video'], scanning)).toBe(true);
    expect(request(undefined, scanning, 'app://kiosk')).toBe(true);
  });

  it('never grants the microphone, nor both devices at once', () => {
    expect(request(['audio'], scanning)).toBe(false);
    expect(request(['audio', 'video'], scanning)).toBe(false);
    expect(request(['video', 'video', 'audio'], scanning)).toBe(false);
    expect(request([], scanning)).toBe(false);
  });

  it('refuses the camera once the site turns it off, even with the gate still open', () => {
    expect(request(['video'], { visitorScannerOpen: true, visitorCameraAllowed: false })).toBe(false);
    expect(request(undefined, { visitorScannerOpen: true, visitorCameraAllowed: false }, 'app://kiosk')).toBe(false);
  });

  it('refuses it with the scanner closed, to any other origin, and for other permissions', () => {
    expect(request(['video'], { visitorScannerOpen: false, visitorCameraAllowed: true })).toBe(false);
    expect(request(undefined, { visitorScannerOpen: false, visitorCameraAllowed: true }, 'app://kiosk')).toBe(false);
    for (const url of ['https://kiosk/', 'app://kiosk.evil/', 'app://user:pw@kiosk/', 'http://127.0.0.1:8127/', '']) {
      expect(request(['video'], scanning, url), url).toBe(false);
    }
    for (const permission of ['geolocation', 'display-capture', 'notifications', 'fullscreen', 'mediaKeySystem']) {
      expect(request(['video'], scanning, OURS, permission), permission).toBe(false);
    }
  });

  it('its gate opens only where the site allows it, and reads closed the moment the site stops', () => {
    const clock = fixedClock(new Date('2026-12-06T15:00:00Z'));
    const site = { visitorCamera: false };
    const gate = createVisitorScannerGate(clock, () => site.visitorCamera);
    expect(gate.open()).toBe(false);
    expect(gate.isOpen()).toBe(false);
    site.visitorCamera = true;
    expect(gate.allowed()).toBe(true);
    expect(gate.open()).toBe(true);
    expect(gate.isOpen()).toBe(true);
    // A configuration reload turns it off: closed at once, and opening again is refused.
    site.visitorCamera = false;
    expect(gate.isOpen()).toBe(false);
    expect(gate.allowed()).toBe(false);
    site.visitorCamera = true;
    gate.close();
    expect(gate.isOpen()).toBe(false);
    // Like the staff gate: it closes by itself soon after the scanner's 60 s limit.
    gate.open();
    clock.advance(60_000);
    expect(gate.isOpen()).toBe(true);
    clock.advance(SCANNER_GATE_MS - 60_000);
    expect(gate.isOpen()).toBe(false);
  });
});
