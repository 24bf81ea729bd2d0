import { assertNever } from '../../../contract/index.js';
import type { PrinterProfile } from '../../config/index.js';
import { encodeText, EPSON_CODE_PAGE_NUMBER, type CodePage } from '../escpos/code-pages.js';
import * as cmd from '../escpos/commands.js';

import type { SlipDocument } from './slip-document.js';

export interface EncodedSlip {
  readonly bytes: Uint8Array;
  /** How the QR went out: natively, or as text because the printer has no native QR. */
  readonly qr: 'native' | 'text' | 'none';
  /** Characters that could not be placed on the code page (printed as `?`). */
  readonly unmapped: number;
}

export function columnsOf(profile: PrinterProfile): number {
  return profile.columns ?? (profile.paperWidthMm === 58 ? 32 : 48);
}

export function codePageNumberOf(profile: PrinterProfile): number {
  return profile.codePageNumber ?? EPSON_CODE_PAGE_NUMBER[profile.codePage];
}

/** QR byte mode carries any byte, but the referral payload is ASCII and nothing else is accepted. */
const QR_SAFE = /^[\x20-\x7e]{1,300}$/;

/**
 * The slip as ESC/POS bytes: init (`ESC @`, `FS .`, `ESC t n`), text in the profile's one code
 * page, a native QR when the profile has it, then feed and cut. Text only: no raster graphics,
 * which cost kilobytes and take seconds on a 9600-baud line.
 *
 * The QR is strict: when it cannot go out natively (no native QR on this printer, or a payload
 * that is not plain ASCII) its content is printed as text — never silently dropped.
 */
export function encodeSlip(doc: SlipDocument, profile: PrinterProfile): EncodedSlip {
  const page: CodePage = profile.codePage;
  const out: number[] = [...cmd.init(codePageNumberOf(profile))];
  let unmapped = 0;
  let qr: EncodedSlip['qr'] = 'none';
  const text = (value: string): void => {
    const encoded = encodeText(value, page);
    unmapped += encoded.unmapped;
    out.push(...encoded.bytes);
  };
  let bold = false;
  let scale: 1 | 2 = 1;
  let align: cmd.Align = 'left';
  const style = (next: { bold: boolean; scale: 1 | 2; align: cmd.Align }): void => {
    if (next.align !== align) out.push(...cmd.align(next.align));
    if (next.bold !== bold) out.push(...cmd.bold(next.bold));
    if (next.scale !== scale) out.push(...cmd.charSize(next.scale, next.scale));
    ({ bold, scale, align } = next);
  };

  for (const line of doc.lines) {
    switch (line.kind) {
      case 'text':
        style(line);
        text(line.text);
        out.push(cmd.LF);
        break;
      case 'rule':
        style({ bold: false, scale: 1, align: 'left' });
        text('-'.repeat(doc.columns));
        out.push(cmd.LF);
        break;
      case 'blank':
        out.push(cmd.LF);
        break;
      case 'qr':
        style({ bold: false, scale: 1, align: 'center' });
        if (profile.nativeQr && QR_SAFE.test(line.payload)) {
          out.push(...cmd.qrCode([...Buffer.from(line.payload, 'ascii')], profile.qrModuleSize, 'M'), cmd.LF);
          qr = 'native';
        } else {
          text(line.payload);
          out.push(cmd.LF);
          qr = 'text';
        }
        break;
      default:
        assertNever(line, 'slip line');
    }
  }
  style({ bold: false, scale: 1, align: 'left' });
  out.push(...cmd.feedAndCut(4));
  return { bytes: Uint8Array.from(out), qr, unmapped };
}

/**
 * What goes on the wire for one job: the slip, then `GS r 1` as the "printed" acknowledgement on
 * printers that answer status. `kioskctl slip` writes exactly this.
 */
export function jobBytes(slip: Uint8Array, profile: PrinterProfile): Uint8Array {
  if (!profile.status) return slip;
  const out = new Uint8Array(slip.length + cmd.PAPER_STATUS_REQUEST.length);
  out.set(slip);
  out.set(cmd.PAPER_STATUS_REQUEST, slip.length);
  return out;
}

/** Printed length in millimetres, for the job timeout: about 4.2 mm per line, 25 mm per QR, plus the cut feed. */
export function slipLengthMm(doc: SlipDocument): number {
  return doc.lines.reduce(
    (mm, line) => mm + (line.kind === 'qr' ? 25 : line.kind === 'text' ? 4.2 * line.scale : 4.2),
    20,
  );
}
