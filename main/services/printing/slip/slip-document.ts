import { printableText, type CodePage } from '../escpos/code-pages.js';
import type { Align } from '../escpos/commands.js';

/**
 * A slip as a list of lines already fitted to the paper: the one layout the ESC/POS encoder, the
 * on-screen preview and the OS-driver HTML all render, so they cannot drift apart.
 */
export type SlipLine =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly align: Align;
      readonly bold: boolean;
      /** 2 = double width and height (the referral code). */
      readonly scale: 1 | 2;
    }
  | { readonly kind: 'rule' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'qr'; readonly payload: string };

export interface SlipDocument {
  /** Characters per line at normal size. */
  readonly columns: number;
  readonly lines: readonly SlipLine[];
}

/**
 * Splits text into lines of at most `width` characters at spaces; a word longer than a line is
 * cut. Counted in code points, since each letter is one byte on the printer's page. Linear in the
 * text: a long word is cut by moving an index, never by copying what is left of it, which made a
 * 512k-character name take half a minute.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let current = '';
  let currentLength = 0;
  const limit = (): number => (lines.length === 0 ? width : width - indent.length);
  const flush = (): void => {
    lines.push(current);
    current = '';
    currentLength = 0;
  };
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const chars = Array.from(word);
    let start = 0;
    while (start < chars.length) {
      const remaining = chars.length - start;
      const room = limit() - currentLength - (currentLength === 0 ? 0 : 1);
      if (remaining <= room) {
        const piece = start === 0 ? word : chars.slice(start).join('');
        current = currentLength === 0 ? piece : `${current} ${piece}`;
        currentLength += (currentLength === 0 ? 0 : 1) + remaining;
        start = chars.length;
      } else if (currentLength > 0) {
        flush();
      } else {
        const size = Math.max(1, limit());
        lines.push(chars.slice(start, start + size).join(''));
        start += size;
      }
    }
  }
  if (currentLength > 0) lines.push(current);
  return lines.map((line, index) => (index === 0 ? line : indent + line));
}

export class SlipBuilder {
  private readonly lines: SlipLine[] = [];

  /** Texts are reduced to what `codePage` prints before wrapping, so widths are the printed ones. */
  constructor(
    readonly columns: number,
    private readonly codePage: CodePage,
  ) {}

  text(
    text: string,
    options: { align?: Align; bold?: boolean; scale?: 1 | 2; indent?: string; lead?: string } = {},
  ): this {
    const scale = options.scale ?? 1;
    const width = Math.floor(this.columns / scale);
    const lead = options.lead ?? '';
    const printable = printableText(text, this.codePage).text;
    // `lead` indents every line of the block; `indent` adds to the continuation lines.
    for (const wrapped of wrap(printable, width - lead.length, options.indent ?? '')) {
      const line = lead + wrapped;
      this.lines.push({ kind: 'text', text: line, align: options.align ?? 'left', bold: options.bold ?? false, scale });
    }
    return this;
  }

  /** `Label: value`, wrapped with the value's continuation lines indented. */
  field(label: string, value: string): this {
    return this.text(`${label}: ${value}`, { indent: '  ' });
  }

  rule(): this {
    this.lines.push({ kind: 'rule' });
    return this;
  }

  blank(): this {
    this.lines.push({ kind: 'blank' });
    return this;
  }

  qr(payload: string): this {
    this.lines.push({ kind: 'qr', payload });
    return this;
  }

  build(): SlipDocument {
    return { columns: this.columns, lines: [...this.lines] };
  }
}
