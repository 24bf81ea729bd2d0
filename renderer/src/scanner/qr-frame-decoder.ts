// Deep imports: the package's index pulls in every format (1D barcodes, PDF417, Aztec, the
// encoders), which would more than double the chunk for nothing the slip scanner reads.
import BinaryBitmap from '@zxing/library/esm/core/BinaryBitmap';
import DecodeHintType from '@zxing/library/esm/core/DecodeHintType';
import HybridBinarizer from '@zxing/library/esm/core/common/HybridBinarizer';
import QRCodeReader from '@zxing/library/esm/core/qrcode/QRCodeReader';
import RGBLuminanceSource from '@zxing/library/esm/core/RGBLuminanceSource';

/**
 * Reads a QR from one camera frame. Loaded only with `import()` from the scanner, so the decoder
 * is a chunk of its own that the visitor screens never load. `@zxing/library` is plain
 * JavaScript: no WebAssembly, so the page's CSP needs no `wasm-unsafe-eval`.
 */
export interface QrFrameDecoder {
  /** The text of the QR in the frame, or null when no QR could be read in it. */
  decode(frame: ImageData): string | null;
}

export function createQrFrameDecoder(): QrFrameDecoder {
  const reader = new QRCodeReader();
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
  return {
    decode(frame) {
      const { width, height, data } = frame;
      // One byte of luminance per pixel (the same weights as zxing's own canvas source).
      const luminances = new Uint8ClampedArray(width * height);
      for (let i = 0, p = 0; i < luminances.length; i += 1, p += 4) {
        luminances[i] = ((data[p] ?? 0) * 306 + (data[p + 1] ?? 0) * 601 + (data[p + 2] ?? 0) * 117) >> 10;
      }
      const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminances, width, height)));
      try {
        return reader.decode(bitmap, hints).getText();
      } catch {
        // Not found, checksum or format: this frame has no readable QR; the next one may.
        return null;
      } finally {
        reader.reset();
      }
    },
  };
}
