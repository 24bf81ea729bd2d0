import { describe, expect, it } from 'vitest';

import { isMediaPermissionAllowed } from '../../main/electron/media-permission.js';
import { createRecordingGate, RECORDING_GATE_MS } from '../../main/services/audio/recording-gate.js';
import { fixedClock } from '../../main/services/clock.js';

const OURS = 'app://kiosk/index.html';

describe('microphone permission', () => {
  it('grants the microphone to our page while the recordings screen is open', () => {
    expect(
      isMediaPermissionAllowed({
        permission: 'media',
        requestingUrl: OURS,
        mediaTypes: ['audio'],
        recordingScreenOpen: true,
      }),
    ).toBe(true);
    // Permission checks carry an origin and no media types.
    expect(
      isMediaPermissionAllowed({ permission: 'media', requestingUrl: 'app://kiosk', recordingScreenOpen: true }),
    ).toBe(true);
  });

  it('refuses it on any other screen, to any other origin, and refuses the camera always', () => {
    expect(
      isMediaPermissionAllowed({
        permission: 'media',
        requestingUrl: OURS,
        mediaTypes: ['audio'],
        recordingScreenOpen: false,
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
      }),
    ).toBe(false);
    expect(
      isMediaPermissionAllowed({
        permission: 'media',
        requestingUrl: OURS,
        mediaTypes: ['audio', 'video'],
        recordingScreenOpen: true,
      }),
    ).toBe(false);
    expect(
      isMediaPermissionAllowed({ permission: 'media', requestingUrl: OURS, mediaTypes: [], recordingScreenOpen: true }),
    ).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'display-capture', 'fullscreen']) {
      expect(isMediaPermissionAllowed({ permission, requestingUrl: OURS, recordingScreenOpen: true }), permission).toBe(
        false,
      );
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
