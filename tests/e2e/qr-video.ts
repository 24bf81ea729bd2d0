import { writeFile } from 'node:fs/promises';

import { encode } from 'uqr';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * A Y4M video of one QR on white, for Chromium's fake camera (`--use-file-for-fake-video-capture`).
 * The QR comes from `uqr`, the encoder the slips and screens use, with the ECC level the screens
 * use and a four-module quiet zone; each module is a square of `scale` pixels, centred. Y4M is
 * raw: a header, then per frame `FRAME\n`, the Y plane and the half-size U and V planes (128: no
 * colour). Chromium plays the file in a loop, so a few frames are enough.
 */
export async function writeQrY4m(path: string, text: string | null, frames = 5): Promise<void> {
  // No text: a blank white picture, a camera that sees no QR at all.
  const qr = encode(text ?? '', { ecc: 'M', border: 4 });
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / qr.size);
  if (scale < 4) throw new Error(`QR of ${qr.size} modules is too large for ${WIDTH}×${HEIGHT}`);
  const left = Math.floor((WIDTH - qr.size * scale) / 2);
  const top = Math.floor((HEIGHT - qr.size * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  if (text !== null) {
    qr.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (!dark) return;
        for (let dy = 0; dy < scale; dy += 1) {
          const start = (top + y * scale + dy) * WIDTH + left + x * scale;
          luma.fill(16, start, start + scale);
        }
      });
    });
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  await writeFile(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
