import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

import { cameraFailure, releaseStream, type ScanEnd } from './camera.js';
import type { QrFrameDecoder } from './qr-frame-decoder.js';
import { referralCodeFromQr } from './slip-qr-code.js';

/** A few reads a second is plenty for a slip held still, and leaves the kiosk's two cores free. */
const SCAN_INTERVAL_MS = 300;
/** A scanner nobody uses stops by itself: the camera is never left on. */
export const SCAN_TIMEOUT_MS = 60_000;
/** Frames are read at this width at most: a slip's QR held to the camera is large enough. */
const FRAME_WIDTH = 640;

export interface QrScannerOptions {
  /**
   * Opens (true) or closes (false) the shell's camera gate. Resolves to whether the camera may be
   * used now: false ends the scan as `refused` before the camera is asked for.
   */
  readonly setGate: (open: boolean) => Promise<boolean>;
  /** A QR that holds a referral code was read; the camera is already released. */
  readonly onCode: (code: string) => void;
  /** The scan ended without a code (cancelled, timed out, camera refused or missing). */
  readonly onEnd: (end: ScanEnd) => void;
}

export interface QrScanner {
  /** For the `<video>` that shows the live picture: the person sees what the camera sees. */
  readonly video: RefObject<HTMLVideoElement | null>;
  /** The camera is on and frames are being read. */
  readonly live: boolean;
  /** The last QR read was not a referral code (its text is not kept). */
  readonly notCode: boolean;
  /** Stops at once and releases the camera; `onEnd('cancelled')` follows. */
  readonly cancel: () => void;
}

/**
 * The camera and the QR reading shared by the staff and the visitor scanners. On mount it opens
 * the camera gate, asks for the camera, and reads a frame a few times a second with
 * `@zxing/library` (loaded with `import()` only now, so no first screen carries it). Every track
 * is stopped and the gate closed on a code, on `cancel`, after 60 s, and on unmount. Frames are
 * drawn to a canvas that lives in this closure, read, and dropped: nothing is kept or sent.
 */
export function useQrScanner({ setGate, onCode, onEnd }: QrScannerOptions): QrScanner {
  const video = useRef<HTMLVideoElement>(null);
  const handlers = useRef({ onCode, onEnd, setGate });
  // The latest callbacks, for the one long-running effect below (it must not restart per render).
  useLayoutEffect(() => {
    handlers.current = { onCode, onEnd, setGate };
  });
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
      void handlers.current.setGate(false);
    };
    /** Ends the scan once, releasing everything before anyone is told. */
    const finish = (tell: () => void): void => {
      if (stopped()) return;
      release();
      tell();
    };
    const end = (why: ScanEnd): void => {
      finish(() => {
        handlers.current.onEnd(why);
      });
    };
    const deadline = window.setTimeout(() => {
      end('timeout');
    }, SCAN_TIMEOUT_MS);
    cancel.current = () => {
      end('cancelled');
    };

    const start = async (): Promise<void> => {
      // The shell grants the camera only while this gate is open; the web host has no gate.
      const allowed = await handlers.current.setGate(true).catch(() => false);
      if (stopped()) return;
      if (!allowed) {
        end('refused');
        return;
      }
      let got: MediaStream;
      try {
        got = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: 'environment' } });
      } catch (error) {
        end(cameraFailure(error));
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
        end('failed');
        return;
      }
      if (stopped()) return;
      setLive(true);
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (context === null) {
        end('failed');
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
    return () => {
      release();
      setLive(false);
    };
  }, []);

  return {
    video,
    live,
    notCode,
    cancel: () => {
      cancel.current();
    },
  };
}
