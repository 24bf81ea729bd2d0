import { assertNever } from '../../../contract/index.js';

import type { SlipDocument } from './slip-document.js';

function place(text: string, width: number, align: 'left' | 'center' | 'right'): string {
  const room = Math.max(0, width - Array.from(text).length);
  if (align === 'left') return text;
  if (align === 'right') return ' '.repeat(room) + text;
  return ' '.repeat(Math.floor(room / 2)) + text;
}

/**
 * The slip as plain text, as it would come out of the printer: the on-screen preview and the
 * preview transport's answer (`previewText`). The QR is shown by what it holds; the screen draws
 * the real code from the referral's `qrPayload`.
 */
export function slipText(doc: SlipDocument): string {
  const out: string[] = [];
  for (const line of doc.lines) {
    switch (line.kind) {
      case 'text': {
        const width = Math.floor(doc.columns / line.scale);
        const text = line.scale === 2 ? Array.from(line.text).join(' ') : line.text;
        out.push(place(text, line.scale === 2 ? doc.columns : width, line.align).trimEnd());
        break;
      }
      case 'rule':
        out.push('-'.repeat(doc.columns));
        break;
      case 'blank':
        out.push('');
        break;
      case 'qr':
        out.push(place(`[QR: ${line.payload}]`, doc.columns, 'center'));
        break;
      default:
        assertNever(line, 'slip line');
    }
  }
  return `${out.join('\n')}\n`;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * An 80 mm HTML page of the slip for printing through the OS driver. `qrSvg` is the QR drawn by
 * the caller (the OS driver prints what the page shows; it has no native QR).
 */
export function slipHtml(doc: SlipDocument, qrSvg: (payload: string) => string): string {
  const body = doc.lines
    .map((line) => {
      switch (line.kind) {
        case 'text': {
          const style = [
            `text-align:${line.align}`,
            line.bold ? 'font-weight:bold' : '',
            line.scale === 2 ? 'font-size:200%' : '',
          ]
            .filter((s) => s !== '')
            .join(';');
          return `<p style="${style}">${escapeHtml(line.text)}</p>`;
        }
        case 'rule':
          return '<hr>';
        case 'blank':
          return '<p>&nbsp;</p>';
        case 'qr':
          return `<div class="qr">${qrSvg(line.payload)}</div>`;
        default:
          return assertNever(line, 'slip line');
      }
    })
    .join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>slip</title>
<style>
@page { size: 80mm auto; margin: 0 }
body { width: 72mm; margin: 0 4mm; font: 10pt/1.25 monospace; color: #000 }
p { margin: 0; white-space: pre-wrap }
hr { border: 0; border-top: 1px dashed #000; margin: 1mm 0 }
.qr { text-align: center; margin: 2mm 0 } .qr svg { width: 30mm; height: 30mm }
</style></head><body>
${body}
</body></html>
`;
}
