import { encode } from 'uqr';

/** Light paper and dark ink as a camera sees them: video-range luma, never pure white or black. */
const PAPER = 235;
const INK = 16;

export interface QrPictureOptions {
  /** Pixels per module; by default the largest that fits the picture's height. */
  readonly moduleSize?: number;
  /** Pixels the code sits right (or left, when negative) of the picture's centre. */
  readonly shift?: number;
  /** Fewer pixels per module than this is an error: a picture too coarse to stand for a slip. */
  readonly minModuleSize?: number;
}

/**
 * One byte of luminance per pixel: a QR of `text` on plain paper, or the paper alone when `text` is
 * null (a camera that sees no code). The QR comes from `uqr`, the encoder the screens use, with
 * the ECC level the slips use and a four-module quiet zone, each module a square of pixels.
 */
export function qrLuminance(
  text: string | null,
  width: number,
  height: number,
  options: QrPictureOptions = {},
): Buffer {
  const luma = Buffer.alloc(width * height, PAPER);
  if (text === null) return luma;
  const qr = encode(text, { ecc: 'M', border: 4 });
  const scale = options.moduleSize ?? Math.floor(Math.min(width, height) / qr.size);
  const left = Math.floor((width - qr.size * scale) / 2) + (options.shift ?? 0);
  const top = Math.floor((height - qr.size * scale) / 2);
  if (scale < (options.minModuleSize ?? 1)) {
    throw new Error(
      `a QR of ${qr.size} modules is too large for ${width}×${height} at ${String(options.minModuleSize)} px a module`,
    );
  }
  if (left < 0 || top < 0 || left + qr.size * scale > width) {
    throw new Error(`a QR of ${qr.size} modules at ${scale} px does not fit ${width}×${height}`);
  }
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1) {
        const start = (top + y * scale + dy) * width + left + x * scale;
        luma.fill(INK, start, start + scale);
      }
    });
  });
  return luma;
}

/** The same picture as a canvas gives a camera frame (`getImageData`): RGBA, grey, opaque. */
export function qrCameraFrame(
  text: string | null,
  width: number,
  height: number,
  options: QrPictureOptions = {},
): { width: number; height: number; data: Uint8ClampedArray } {
  const luma = qrLuminance(text, width, height, options);
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let i = 0; i < luma.length; i += 1) data.fill(luma[i] ?? 0, i * 4, i * 4 + 3);
  return { width, height, data };
}
