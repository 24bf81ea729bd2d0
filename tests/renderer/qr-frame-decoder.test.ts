import BinaryBitmap from '@zxing/library/esm/core/BinaryBitmap';
import DecodeHintType from '@zxing/library/esm/core/DecodeHintType';
import HybridBinarizer from '@zxing/library/esm/core/common/HybridBinarizer';
import QRCodeReader from '@zxing/library/esm/core/qrcode/QRCodeReader';
import RGBLuminanceSource from '@zxing/library/esm/core/RGBLuminanceSource';
import { describe, expect, it } from 'vitest';

import { newReferralCode } from '../../main/services/referrals/referral-code.js';
import { referralQrPayload } from '../../main/services/referrals/referral.js';
import { createQrFrameDecoder, type FramePixels } from '../../renderer/src/scanner/qr-frame-decoder.js';
import { qrCameraFrame, qrLuminance, type QrPictureOptions } from '../support/qr-picture.js';
import { seededBytes } from '../support/seeded-random.js';

/** The size the scanner reads frames at. */
const WIDTH = 640;
const HEIGHT = 480;

/** A camera frame of a sharp QR of `text` on paper, as the scanner's canvas gives it. */
const frame = (text: string | null, options: QrPictureOptions = {}): FramePixels =>
  qrCameraFrame(text, WIDTH, HEIGHT, options);

/** zxing's reader on the frame as it is, once: what the scanner did before it read other views. */
function zxingOnce(text: string, moduleSize: number): string | null {
  const luma = new Uint8ClampedArray(qrLuminance(text, WIDTH, HEIGHT, { moduleSize }));
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luma, WIDTH, HEIGHT)));
  try {
    return new QRCodeReader().decode(bitmap, new Map([[DecodeHintType.TRY_HARDER, true]])).getText();
  } catch {
    return null;
  }
}

describe('reading a slip QR from a camera frame', () => {
  // Found by drawing random codes: zxing takes a run of modules inside each of these for a corner
  // square, so on its own it misses a real one or counts the wrong size.
  const HARD = [
    { payload: 'REDSAFE-PAR;AWSM-VN3T-Q', moduleSize: 14 },
    { payload: 'REDSAFE-PAR;X53X-544B-A', moduleSize: 9 },
    { payload: 'REDSAFE-PAR;TF99-ZFP0-X', moduleSize: 6 },
    { payload: 'REDSAFE-PAR;FWVZ-WZK3-3', moduleSize: 14 },
    { payload: 'REDSAFE-PAR;C193-F6EA-N', moduleSize: 11 },
  ];

  it.each(HARD)('reads $payload at $moduleSize px a module, which zxing alone misses', ({ payload, moduleSize }) => {
    expect(zxingOnce(payload, moduleSize)).toBeNull();
    expect(createQrFrameDecoder().decode(frame(payload, { moduleSize }))).toBe(payload);
  });

  it('reads every one of 600 referral codes, near and far, left and right of centre', () => {
    const decoder = createQrFrameDecoder();
    // The same codes on every run.
    const random = seededBytes(2026);
    const sizes = [5, 6, 8, 9, 11, 14];
    const missed: string[] = [];
    for (let n = 0; n < 600; n += 1) {
      const payload = referralQrPayload(newReferralCode(random));
      const moduleSize = sizes[n % sizes.length] ?? 8;
      const shift = (n % 5) * 10 - 20;
      if (decoder.decode(frame(payload, { moduleSize, shift })) !== payload)
        missed.push(`${payload} at ${moduleSize} px`);
    }
    expect(missed).toEqual([]);
  });

  it('gives null for a frame with no QR, and any other QR as it reads', () => {
    const decoder = createQrFrameDecoder();
    expect(decoder.decode(frame(null))).toBeNull();
    expect(decoder.decode(frame('https://example.org/not-a-referral'))).toBe('https://example.org/not-a-referral');
  });
});
