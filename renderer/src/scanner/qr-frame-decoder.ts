// Deep imports: the package's index pulls in every format (1D barcodes, PDF417, Aztec, the
// encoders), which would more than double the chunk for nothing the slip scanner reads.
import BinaryBitmap from '@zxing/library/esm/core/BinaryBitmap';
import DecodeHintType from '@zxing/library/esm/core/DecodeHintType';
import HybridBinarizer from '@zxing/library/esm/core/common/HybridBinarizer';
import QRCodeReader from '@zxing/library/esm/core/qrcode/QRCodeReader';
import RGBLuminanceSource from '@zxing/library/esm/core/RGBLuminanceSource';

/** A frame's pixels as a canvas gives them (`getImageData`): RGBA, four bytes per pixel. */
export interface FramePixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/**
 * Reads a QR from one camera frame. Loaded only with `import()` from the scanner, so the decoder
 * is a chunk of its own that the visitor screens never load. `@zxing/library` is plain
 * JavaScript: no WebAssembly, so the page's CSP needs no `wasm-unsafe-eval`.
 */
export interface QrFrameDecoder {
  /** The text of the QR in the frame, or null when no QR could be read in it. */
  decode(frame: FramePixels): string | null;
}

/** One byte of luminance per pixel (the same weights as zxing's own canvas source). */
interface Luminance {
  readonly values: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

function luminanceOf({ width, height, data }: FramePixels): Luminance {
  const values = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < values.length; i += 1, p += 4) {
    values[i] = ((data[p] ?? 0) * 306 + (data[p + 1] ?? 0) * 601 + (data[p + 2] ?? 0) * 117) >> 10;
  }
  return { values, width, height };
}

/** The picture turned a quarter (clockwise): rows become columns. */
function quarterTurn({ values, width, height }: Luminance): Luminance {
  const turned = new Uint8ClampedArray(values.length);
  for (let y = 0; y < height; y += 1) {
    const column = height - 1 - y;
    for (let x = 0; x < width; x += 1) turned[x * height + column] = values[y * width + x] ?? 0;
  }
  return { values: turned, width: height, height: width };
}

/** The picture at half size, each pixel the mean of a square of four. */
function halfSize({ values, width, height }: Luminance): Luminance {
  const half = { width: width >> 1, height: height >> 1 };
  const smaller = new Uint8ClampedArray(half.width * half.height);
  for (let y = 0; y < half.height; y += 1) {
    const top = 2 * y * width;
    const bottom = top + width;
    for (let x = 0; x < half.width; x += 1) {
      const sum =
        (values[top + 2 * x] ?? 0) +
        (values[top + 2 * x + 1] ?? 0) +
        (values[bottom + 2 * x] ?? 0) +
        (values[bottom + 2 * x + 1] ?? 0);
      smaller[y * half.width + x] = sum >> 2;
    }
  }
  return { values: smaller, ...half };
}

/**
 * zxing looks for the three corner squares row by row, and a run of modules inside the code that
 * happens to look like one can hide a real one in the same rows. Then a sharp, well-lit QR is not
 * read at any distance: about one referral code in fifty, read only as the camera gives it. The
 * same frame turned a quarter at a time, then at half and quarter size, puts other rows across the
 * corners; every code tried (`tests/renderer/qr-frame-decoder.test.ts`) is read in one of these.
 * A frame with a code is read in the first, in about 3 ms here; one with none goes through all
 * six, in 12 to 17 ms (`bench/qr-frame-read.ts`): some 5 % of a core at one frame every 300 ms.
 */
const QUARTER_TURNS = 4;

export function createQrFrameDecoder(): QrFrameDecoder {
  const reader = new QRCodeReader();
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
  const read = ({ values, width, height }: Luminance): string | null => {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(values, width, height)));
    try {
      return reader.decode(bitmap, hints).getText();
    } catch {
      // Not found, checksum or format: this view has no readable QR; another one may.
      return null;
    } finally {
      reader.reset();
    }
  };
  return {
    decode(frame) {
      const picture = luminanceOf(frame);
      let view = picture;
      for (let turn = 0; turn < QUARTER_TURNS; turn += 1) {
        if (turn > 0) view = quarterTurn(view);
        const text = read(view);
        if (text !== null) return text;
      }
      const half = halfSize(picture);
      return read(half) ?? read(halfSize(half));
    },
  };
}
