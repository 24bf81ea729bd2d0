import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

import { assertNever, type PrinterProblem } from '../../contract/index.js';
import type { PrinterConfig, PrinterProfile } from '../config/index.js';

import { createEscPosDriver, type EscPosDriver, type PrintAttempt } from './printer-driver.js';
import type { SlipDocument } from './slip/slip-document.js';
import { encodeSlip, jobBytes, slipLengthMm } from './slip/slip-escpos.js';
import { slipHtml, slipText } from './slip/slip-render.js';
import { qrSvg } from './slip/qr-svg.js';
import type { LinkOpener } from './transport/link.js';
import { serialLinkOpener, type SerialPortFactory } from './transport/serial-link.js';
import { tcpLinkOpener } from './transport/tcp-link.js';
import { usbLpLinkOpener } from './transport/usb-lp-link.js';

/**
 * Printing through the OS driver (Windows spooler, CUPS): only the Electron shell can do it
 * (`webContents.print`), so the shell passes this in. It says whether the spooler took the page;
 * it cannot say whether paper came out.
 */
export interface OsDriverPrinter {
  print(job: {
    readonly html: string;
    readonly deviceName?: string | undefined;
    readonly timeoutMs: number;
  }): Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: string }>;
}

export interface RuntimeOptions {
  readonly statusTimeoutMs: number;
  readonly osDriver?: OsDriverPrinter | undefined;
  readonly serialPortFactory?: SerialPortFactory | undefined;
  /** The kiosk's data folder: a preview printer's `file` is written under it, never elsewhere. */
  readonly dataDir?: string | undefined;
}

/**
 * The preview file's place under the data folder, or undefined if it would be outside it. The
 * configuration already refuses absolute paths and "..": this holds even if a check is missed.
 */
export function previewFilePath(dataDir: string, file: string): string | undefined {
  const base = resolve(dataDir);
  const target = resolve(base, file);
  const inside = relative(base, target);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? target : undefined;
}

export type RuntimeAttempt = PrintAttempt & { readonly preview?: { readonly text: string } };

/** One configured printer, whatever its transport, behind the same three operations. */
export interface PrinterRuntime {
  readonly config: PrinterConfig;
  /** `escpos` printers answer status; the others never can. */
  readonly talksBack: boolean;
  readStatus(timeoutMs: number): Promise<PrinterProblem[]>;
  print(doc: SlipDocument, signal: AbortSignal, budgetMs: number): Promise<RuntimeAttempt>;
  recover(timeoutMs: number): Promise<PrinterProblem[]>;
}

/** Bytes per second on the wire: 8N1 serial moves baud/10; USB and TCP are far faster than paper. */
function bytesPerSecond(config: PrinterConfig): number {
  return config.transport.kind === 'serial' ? config.transport.baudRate / 10 : 100_000;
}

/**
 * How long a job may take to be acknowledged once sent: wire time + paper time + the status round
 * trips + a margin. Scaled to the job, not a constant, so a long slip at 9600 baud is not failed
 * while it is still coming out, and a silent printer on a fast link is found out quickly.
 */
export function ackTimeoutMs(bytes: number, lengthMm: number, config: PrinterConfig, statusTimeoutMs: number): number {
  const wire = (bytes / bytesPerSecond(config)) * 1000;
  const paper = (lengthMm / config.profile.paperMmPerSecond) * 1000;
  return Math.ceil(wire + paper + 2 * statusTimeoutMs + 1000);
}

function escPosOpener(config: PrinterConfig, options: RuntimeOptions): LinkOpener | undefined {
  const { transport } = config;
  switch (transport.kind) {
    case 'serial':
      return serialLinkOpener(transport, options.serialPortFactory);
    case 'tcp':
      return tcpLinkOpener(transport);
    case 'usb-lp':
      return usbLpLinkOpener(transport.path);
    case 'os-driver':
    case 'preview':
      return undefined;
    default:
      return assertNever(transport, 'transport');
  }
}

export function printerRuntime(config: PrinterConfig, options: RuntimeOptions): PrinterRuntime {
  const profile: PrinterProfile = config.profile;
  const { transport } = config;
  const open = escPosOpener(config, options);
  if (open !== undefined) {
    const driver: EscPosDriver = createEscPosDriver({
      open,
      statusTimeoutMs: options.statusTimeoutMs,
      openTimeoutMs: transport.kind === 'tcp' ? transport.connectTimeoutMs : 3000,
      status: profile.status,
    });
    return {
      config,
      talksBack: profile.status,
      readStatus: async (timeoutMs) =>
        profile.status ? (await driver.readStatus(timeoutMs)).problems : ['status_not_available'],
      recover: async (timeoutMs) => (await driver.recover(timeoutMs)).problems,
      print: (doc, signal) => {
        const bytes = jobBytes(encodeSlip(doc, profile).bytes, profile);
        const ack = ackTimeoutMs(bytes.length, slipLengthMm(doc), config, options.statusTimeoutMs);
        return driver.print({ bytes, ackTimeoutMs: ack, signal });
      },
    };
  }
  if (transport.kind === 'preview') {
    return {
      config,
      talksBack: false,
      readStatus: () => Promise.resolve([]),
      recover: () => Promise.resolve([]),
      print: async (doc) => {
        // The file gets exactly what a printer would: handy to send to a real one later (`cat > /dev/usb/lp0`).
        const file =
          transport.file === undefined || options.dataDir === undefined
            ? undefined
            : previewFilePath(options.dataDir, transport.file);
        if (file !== undefined) {
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, jobBytes(encodeSlip(doc, profile).bytes, profile));
        }
        return { printed: true, problems: [], preview: { text: slipText(doc) } };
      },
    };
  }
  const osDriver = options.osDriver;
  const deviceName = transport.kind === 'os-driver' ? transport.deviceName : undefined;
  return {
    config,
    talksBack: false,
    readStatus: () => Promise.resolve(osDriver === undefined ? ['not_configured'] : ['status_not_available']),
    recover: () => Promise.resolve(['status_not_available']),
    print: async (doc, _signal, budgetMs) => {
      if (osDriver === undefined) {
        return {
          printed: false,
          problems: ['not_configured'],
          reason: 'the OS driver prints only in the Electron app',
        };
      }
      const html = slipHtml(doc, qrSvg);
      const result = await osDriver.print({ html, deviceName, timeoutMs: budgetMs });
      return result.ok
        ? { printed: true, problems: ['status_not_available'] }
        : { printed: false, problems: ['status_not_available'], reason: result.reason };
    },
  };
}
