import { writeFile } from 'node:fs/promises';

import { qrLuminance } from '../support/qr-picture.js';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * A Y4M video of one QR on white, for Chromium's fake camera (`--use-file-for-fake-video-capture`),
 * drawn by `qrLuminance` as large as the picture allows. Y4M is raw: a header, then per frame
 * `FRAME\n`, the Y plane and the half-size U and V planes (128: no colour). Chromium plays the
 * file in a loop, so a few frames are enough.
 */
export async function writeQrY4m(path: string, text: string | null, frames = 5): Promise<void> {
  const luma = qrLuminance(text, WIDTH, HEIGHT, { minModuleSize: 4 });
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  await writeFile(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
