import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { Pictogram } from '../../components/Pictogram.js';
import { useKioskStore } from '../../store/index.js';

import { cameraFailure, releaseStream, type ScanEnd } from './camera.js';
import type { QrFrameDecoder } from './qr-frame-decoder.js';
import { referralCodeFromQr } from './slip-qr-code.js';

/** A few reads a second is plenty for a slip held still, and leaves the kiosk's two cores free. */
const SCAN_INTERVAL_MS = 300;
/** A scanner nobody uses stops by itself: the camera is never left on. */
export const SCAN_TIMEOUT_MS = 60_000;
/** Frames are read at this width at most: a slip's QR held to the camera is large enough. */
const FRAME_WIDTH = 640;
/** Shown at this width whatever the camera gives (an attribute: the CSP refuses inline styles). */
const VIDEO_WIDTH = 480;

export interface SlipScannerProps {
  /** A QR that holds a referral code was read; the camera is already released. */
  readonly onCode: (code: string) => void;
  /** The scan ended without a code (cancelled, timed out, camera refused or missing). */
  readonly onEnd: (end: ScanEnd) => void;
}

/**
 * The live camera on the Follow-up screen, reading the slip's QR. It opens the shell's camera
 * gate, asks for the camera, and reads a frame a few times a second with `@zxing/library`
 * (loaded on demand, so the visitor screens never carry it). The camera is released on a code,
 * on Cancel, after 60 s, and when the screen goes away. Frames are read and dropped: nothing is
 * kept, shown elsewhere or sent.
 */
export function SlipScanner({ onCode, onEnd }: SlipScannerProps): ReactElement {
  const { t } = useTranslation();
  const setGate = useKioskStore((state) => state.setFollowUpScanner);
  const video = useRef<HTMLVideoElement>(null);
  const handlers = useRef({ onCode, onEnd });
  handlers.current = { onCode, onEnd };
  const cancel = useRef<() => void>(() => undefined);
  const [live, setLive] = useState(false);
  const [notCode, setNotCode] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    // Read through a function: the callbacks below set it while `start` awaits, so each check
    // must read it fresh (TypeScript would otherwise narrow it to its first value).
    const run = { stopped: false };
    const stopped = (): boolean => run.stopped;
    let reader = 0;
    const release = (): void => {
      run.stopped = true;
      window.clearInterval(reader);
      window.clearTimeout(deadline);
      releaseStream(stream);
      stream = null;
      if (video.current !== null) video.current.srcObject = null;
      void setGate(false);
    };
    /** Ends the scan once, releasing everything before anyone is told. */
    const finish = (tell: () => void): void => {
      if (stopped()) return;
      release();
      tell();
    };
    const deadline = window.setTimeout(() => {
      finish(() => {
        handlers.current.onEnd('timeout');
      });
    }, SCAN_TIMEOUT_MS);
    cancel.current = () => {
      finish(() => {
        handlers.current.onEnd('cancelled');
      });
    };

    const start = async (): Promise<void> => {
      // The shell grants the camera only while this gate is open; the web host has no gate.
      await setGate(true);
      if (stopped()) return;
      let got: MediaStream;
      try {
        got = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: 'environment' } });
      } catch (error) {
        finish(() => {
          handlers.current.onEnd(cameraFailure(error));
        });
        return;
      }
      if (stopped()) {
        releaseStream(got);
        return;
      }
      stream = got;
      const element = video.current;
      if (element === null) return;
      element.srcObject = got;
      await element.play().catch(() => undefined);
      let decoder: QrFrameDecoder;
      try {
        decoder = (await import('./qr-frame-decoder.js')).createQrFrameDecoder();
      } catch {
        finish(() => {
          handlers.current.onEnd('failed');
        });
        return;
      }
      if (stopped()) return;
      setLive(true);
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (context === null) {
        finish(() => {
          handlers.current.onEnd('failed');
        });
        return;
      }
      reader = window.setInterval(() => {
        if (stopped() || element.videoWidth === 0) return;
        const scale = Math.min(1, FRAME_WIDTH / element.videoWidth);
        canvas.width = Math.round(element.videoWidth * scale);
        canvas.height = Math.round(element.videoHeight * scale);
        context.drawImage(element, 0, 0, canvas.width, canvas.height);
        const text = decoder.decode(context.getImageData(0, 0, canvas.width, canvas.height));
        if (text === null) return;
        const code = referralCodeFromQr(text);
        // Another QR (a URL, a poster): say so and keep looking. Its text is not kept or shown.
        if (code === null) {
          setNotCode(true);
          return;
        }
        finish(() => {
          handlers.current.onCode(code);
        });
      }, SCAN_INTERVAL_MS);
    };
    void start();
    return release;
  }, [setGate]);

  return (
    <div className="follow-up-scan" data-testid="follow-up-scanner" data-live={live ? 'true' : 'false'}>
      <p>{t('followUp.scan.hint')}</p>
      <video
        ref={video}
        className="follow-up-scan__video"
        width={VIDEO_WIDTH}
        muted
        playsInline
        aria-label={t('followUp.scan.camera')}
      />
      {notCode ? (
        <p className="staff-message staff-message--error" role="status" data-testid="follow-up-scan-not-code">
          {t('followUp.scan.notCode')}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        data-testid="follow-up-scan-cancel"
        onClick={() => {
          cancel.current();
        }}
      >
        <Pictogram name="back" />
        <span>{t('followUp.scan.cancel')}</span>
      </button>
    </div>
  );
}
