/**
 * The two single-byte code pages a slip may be printed in. The page is fixed per printer profile
 * and selected once after every reset: switching pages mid-slip is how a clone ended up printing
 * an en dash from a Greek page.
 *
 * - `wpc1252` (Epson "WPC1252", Windows-1252): every letter of es, en, fr and ht, œ and € included.
 * - `cp858` (CP850 with €): for printers without 1252; it has no œ/Œ, which become oe/OE.
 */
export const CODE_PAGES = ['wpc1252', 'cp858'] as const;
export type CodePage = (typeof CODE_PAGES)[number];

/** `ESC t n` numbers on Epson and most clones (Xprinter, Rongta, POS-58/80, Star in ESC/POS mode). */
export const EPSON_CODE_PAGE_NUMBER: Readonly<Record<CodePage, number>> = { wpc1252: 16, cp858: 19 };

// Bytes 0x80–0xFF of each page, one character per byte. 0x81, 0x8D, 0x8F, 0x90 and 0x9D are
// undefined in Windows-1252 and shown here as U+FFFD.
const HIGH_HALF: Readonly<Record<CodePage, string>> = {
  wpc1252:
    '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ' +
    '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿' +
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  cp858:
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
    '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0',
};

const decoders = new Map<CodePage, readonly string[]>();
const encoders = new Map<CodePage, ReadonlyMap<string, number>>();

/** Byte → character for one page (0x00–0x7F are ASCII on both). */
export function decodeTable(page: CodePage): readonly string[] {
  let table = decoders.get(page);
  if (table === undefined) {
    const high = Array.from(HIGH_HALF[page]);
    if (high.length !== 128) throw new Error(`code page ${page} table has ${high.length} entries`);
    table = [...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)), ...high];
    decoders.set(page, table);
  }
  return table;
}

function encodeTable(page: CodePage): ReadonlyMap<string, number> {
  let map = encoders.get(page);
  if (map === undefined) {
    const built = new Map<string, number>();
    decodeTable(page).forEach((char, byte) => {
      if (char !== '\uFFFD' && !built.has(char)) built.set(char, byte);
    });
    map = built;
    encoders.set(page, map);
  }
  return map;
}

/**
 * Typographic characters mapped to ASCII before encoding, on every page. Windows-1252 has curly
 * quotes and dashes at 0x91–0x97, but clone firmware fills 0x80–0x9F with its own glyphs, so a
 * slip never relies on them.
 */
const TYPOGRAPHIC: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u2022': '*',
  '\u00B7': '.',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u00AD': '',
  '\u200B': '',
};

/** Letters some pages lack, spelled out rather than lost. */
const SPELLED: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'OE', '€': 'EUR', æ: 'ae', Æ: 'AE' };

export interface EncodedText {
  readonly bytes: Uint8Array;
  /** Characters that no rule could place on the page; printed as `?`. */
  readonly unmapped: number;
}

/**
 * The text as `page` can print it: typographic mapping, then the page's own letter, then a
 * spelled-out form (œ → oe), then the letter without its accent; `?` only when all of those fail.
 * Control characters are dropped so text can never smuggle a printer command (an ESC or DLE from
 * a configuration file). The slip layout wraps this form, so a line never outgrows the paper.
 */
export function printableText(text: string, page: CodePage): { readonly text: string; readonly unmapped: number } {
  const table = encodeTable(page);
  let out = '';
  let unmapped = 0;
  // "Œuvre" becomes "Oeuvre", not "OEuvre"; an all-capitals "ŒUVRE" keeps "OE".
  const source = table.has('Œ') ? text.normalize('NFC') : text.normalize('NFC').replace(/Œ(?=\p{Ll})/gu, 'Oe');
  for (const raw of source) {
    const char = TYPOGRAPHIC[raw] ?? raw;
    if (char.length !== 1) {
      out += char;
      continue;
    }
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) continue;
    if (table.has(char)) {
      out += char;
      continue;
    }
    const spelled = SPELLED[char];
    if (spelled !== undefined && Array.from(spelled).every((c) => table.has(c))) {
      out += spelled;
      continue;
    }
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
    if (bare !== char && bare.length > 0 && Array.from(bare).every((c) => table.has(c))) {
      out += bare;
      continue;
    }
    out += '?';
    unmapped += 1;
  }
  return { text: out, unmapped };
}

/** Bytes for `page`, after `printableText`. */
export function encodeText(text: string, page: CodePage): EncodedText {
  const table = encodeTable(page);
  const printable = printableText(text, page);
  const bytes = Uint8Array.from(Array.from(printable.text).map((char) => table.get(char) ?? 0x3f));
  return { bytes, unmapped: printable.unmapped };
}

/** The text a byte string shows on a printer set to `page` (the emulator, the tests). */
export function decodeText(bytes: Iterable<number>, page: CodePage): string {
  const table = decodeTable(page);
  let text = '';
  for (const byte of bytes) text += table[byte & 0xff] ?? '\uFFFD';
  return text;
}
