import { PNG } from 'pngjs';
import { encode } from 'uqr';

import type { PaperItem } from './escpos-emulator.js';

/** What the printer printed, as text: `[QR …]` for a code and a scissors line for each cut. */
export function paperText(paper: readonly PaperItem[], columns = 48): string {
  const lines: string[] = [];
  for (const item of paper) {
    if (item.kind === 'cut') lines.push('✂'.padEnd(columns, '-'));
    else if (item.kind === 'qr')
      lines.push(`[QR model ${item.model}: ${Buffer.from(item.payload).toString('latin1')}]`);
    else {
      const text = item.scale > 1 ? Array.from(item.text).join(' ') : item.text;
      const room = Math.max(0, columns - Array.from(text).length);
      const pad = item.align === 'center' ? Math.floor(room / 2) : item.align === 'right' ? room : 0;
      lines.push((' '.repeat(pad) + text).trimEnd());
    }
  }
  return `${lines.join('\n')}\n`;
}

const DOT = 2; // PNG pixels per printer dot column unit
const CHAR_W = 12;
const LINE_H = 24;

/**
 * The paper as a PNG, 576 dots wide for 80 mm (48 columns × 12 dots). Text is drawn as one block
 * per letter (the layout, line lengths, bold and double size show; the letters themselves are in
 * the text rendering); QR codes are drawn module by module from their decoded payload with uqr,
 * so the picture's QR scans like the printed one.
 */
export function paperPng(paper: readonly PaperItem[], columns = 48): Buffer {
  const width = columns * CHAR_W;
  const rows: { height: number; draw: (set: (x: number, y: number) => void) => void }[] = [];
  for (const item of paper) {
    if (item.kind === 'cut') {
      rows.push({
        height: LINE_H,
        draw: (set) => {
          for (let x = 0; x < width; x += 6) for (let d = 0; d < 3; d += 1) set(x + d, LINE_H / 2);
        },
      });
    } else if (item.kind === 'qr') {
      const qr = encode([...item.payload], { ecc: 'M', border: 0 });
      const module = Math.max(1, item.moduleSize) * 2;
      const size = qr.size * module;
      const left = Math.floor((width - size) / 2);
      rows.push({
        height: size + 8,
        draw: (set) => {
          qr.data.forEach((row, y) => {
            row.forEach((on, x) => {
              if (!on) return;
              for (let dy = 0; dy < module; dy += 1)
                for (let dx = 0; dx < module; dx += 1) set(left + x * module + dx, 4 + y * module + dy);
            });
          });
        },
      });
    } else {
      const scale = Math.max(1, item.scale);
      const chars = Array.from(item.text);
      const used = chars.length * CHAR_W * scale;
      const left = item.align === 'center' ? Math.floor((width - used) / 2) : item.align === 'right' ? width - used : 0;
      const glyphH = (item.bold ? 16 : 14) * scale;
      rows.push({
        height: LINE_H * scale,
        draw: (set) => {
          chars.forEach((char, i) => {
            if (char === ' ') return;
            const x0 = left + i * CHAR_W * scale;
            const w = (CHAR_W - (item.bold ? 2 : 4)) * scale;
            for (let y = 0; y < glyphH; y += 1) for (let x = 0; x < w; x += 1) set(x0 + x, 4 + y);
          });
        },
      });
    }
  }
  const height = Math.max(
    1,
    rows.reduce((sum, row) => sum + row.height, 0),
  );
  const png = new PNG({ width: (width * DOT) / 2, height });
  png.data.fill(255);
  let top = 0;
  for (const row of rows) {
    const y0 = top;
    row.draw((x, y) => {
      const px = Math.floor((x * DOT) / 2);
      const py = y0 + y;
      if (px < 0 || px >= png.width || py < 0 || py >= png.height) return;
      const at = (py * png.width + px) * 4;
      png.data[at] = 0;
      png.data[at + 1] = 0;
      png.data[at + 2] = 0;
    });
    top += row.height;
  }
  return PNG.sync.write(png);
}
