/**
 * Turns a configuration file's bytes into text, refusing anything that is not UTF-8.
 *
 * Reading with `readFile(…, 'utf8')` silently replaces invalid bytes with U+FFFD: a file saved as
 * Windows-1252 ("ANSI" in Notepad) would then validate, and visitors would read "r�fugi�". The
 * fatal decoder refuses such a file; the byte scan below is only for telling the administrator
 * where the first bad byte is.
 */
export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number; readonly message: string };

const BOM = '\uFEFF';
const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Length of the UTF-8 sequence starting at `i`, or 0 if the bytes there are not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i] ?? 0;
  if (first < 0x80) return 1;
  let length: number;
  let min: number;
  let max = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) {
    length = 2;
    min = 0x80;
  } else if (first >= 0xe0 && first <= 0xef) {
    length = 3;
    // Overlong forms (E0 80–9F) and UTF-16 surrogates (ED A0–BF) are not UTF-8.
    min = first === 0xe0 ? 0xa0 : 0x80;
    if (first === 0xed) max = 0x9f;
  } else if (first >= 0xf0 && first <= 0xf4) {
    length = 4;
    min = first === 0xf0 ? 0x90 : 0x80;
    if (first === 0xf4) max = 0x8f;
  } else return 0;
  const second = bytes[i + 1];
  if (second === undefined || second < min || second > max) return 0;
  for (let k = 2; k < length; k += 1) {
    const next = bytes[i + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return undefined;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** The file's text without its byte-order mark, or where and why it is not UTF-8. */
export function decodeConfigBytes(bytes: Uint8Array): DecodedText {
  try {
    const text = fatalDecoder.decode(bytes);
    // Notepad may save UTF-8 with a byte-order mark, which JSON.parse would reject.
    return { ok: true, text: text.startsWith(BOM) ? text.slice(1) : text };
  } catch {
    const offset = firstInvalidUtf8(bytes) ?? bytes.length;
    const line = lineAt(bytes, offset);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      line,
      message:
        `not UTF-8 text: byte 0x${byte} at line ${line} (the file was probably saved as Windows-1252 "ANSI"); ` +
        'save the file as UTF-8',
    };
  }
}
