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
 * cut. Counted in code points, since each letter is one byte on the printer's page.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let current = '';
  const limit = (): number => (lines.length === 0 ? width : width - indent.length);
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let rest = Array.from(word);
    while (rest.length > 0) {
      const room = limit() - Array.from(current).length - (current === '' ? 0 : 1);
      if (rest.length <= room) {
        current = current === '' ? rest.join('') : `${current} ${rest.join('')}`;
        rest = [];
      } else if (current !== '') {
        lines.push(current);
        current = '';
      } else {
        const size = Math.max(1, limit());
        lines.push(rest.slice(0, size).join(''));
        rest = rest.slice(size);
      }
    }
  }
  if (current !== '') lines.push(current);
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
