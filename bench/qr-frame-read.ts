// The time the follow-up scanners spend on one 640×480 camera frame (they read one every 300 ms):
// a frame with no code, which goes through every view the decoder tries, and a frame with a slip's
// code. Also how many of 600 referral codes (a fixed seed) the decoder reads at module sizes from
// 5 to 14 px. Pure computation: timed under Node, as the slips are.
import { newReferralCode } from '../main/services/referrals/referral-code.js';
import { referralQrPayload } from '../main/services/referrals/referral.js';
import { createQrFrameDecoder, type FramePixels } from '../renderer/src/scanner/qr-frame-decoder.js';
import { qrCameraFrame } from '../tests/support/qr-picture.js';
import { seededBytes } from '../tests/support/seeded-random.js';

import { median, percentile, report } from './lib.js';

const WIDTH = 640;
const HEIGHT = 480;
const RUNS = 100;

const frame = (text: string | null, moduleSize?: number): FramePixels =>
  qrCameraFrame(text, WIDTH, HEIGHT, moduleSize === undefined ? {} : { moduleSize });

function timeReads(picture: FramePixels): number[] {
  const decoder = createQrFrameDecoder();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    decoder.decode(picture);
    times.push(performance.now() - started);
  }
  return times;
}

const payload = referralQrPayload(newReferralCode());
for (const [name, picture] of [
  ['no code in the frame', frame(null)],
  ['a slip code in the frame', frame(payload, 9)],
] as const) {
  const times = timeReads(picture);
  report({ figure: `QR frame read, ${name}, p50`, value: Number(median(times).toFixed(2)), unit: 'ms' });
  report({ figure: `QR frame read, ${name}, p95`, value: Number(percentile(times, 95).toFixed(2)), unit: 'ms' });
}

const seeded = seededBytes(2026);
const decoder = createQrFrameDecoder();
const sizes = [5, 6, 8, 9, 11, 14];
let read = 0;
const codes = 600;
for (let n = 0; n < codes; n += 1) {
  const text = referralQrPayload(newReferralCode(seeded));
  if (decoder.decode(frame(text, sizes[n % sizes.length])) === text) read += 1;
}
report({ figure: 'QR frame read, referral codes read', value: read, unit: `of ${codes}` });
