import { z } from 'zod';

import { boundedString, TEXT_LIMITS } from '../../contract/index.js';

import { duplicateIds, type FieldProblem } from './field-problem.js';
import { normaliseSerialPath, previewFileProblem, SERIAL_PATH_RULE } from './printer-paths.js';
import { schemaKeySchema } from './site-schema.js';

const printerNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'expected a short name of lower-case letters, digits and dashes' });

/** Three slips cover a visitor's usual needs; six a minute is a queue at the desk, not a roll of paper. */
export const DEFAULT_SLIP_LIMIT = { perSession: 3, perMinute: 6 } as const;

const BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

const serialTransport = z
  .strictObject({
    kind: z.literal('serial'),
    path: boundedString(TEXT_LIMITS.path)
      .refine((path) => normaliseSerialPath(path) !== undefined, { message: SERIAL_PATH_RULE })
      .overwrite((path) => normaliseSerialPath(path) ?? path)
      .describe('Port: /dev/ttyUSB0, /dev/serial/by-id/…, or COM3 on Windows'),
    baudRate: z
      .union(BAUD_RATES.map((rate) => z.literal(rate)))
      .default(38400)
      .describe("Must match the printer's own setting (Epson's default is 38400)"),
    dataBits: z.union([z.literal(7), z.literal(8)]).default(8),
    stopBits: z.union([z.literal(1), z.literal(2)]).default(1),
    parity: z.enum(['none', 'even', 'odd']).default('none'),
    flowControl: z
      .enum(['none', 'rts-cts', 'xon-xoff'])
      .default('rts-cts')
      .describe('rts-cts when the cable carries it; xon-xoff only if the printer is set to it'),
  })
  .describe('A serial or USB-serial printer');

const tcpTransport = z
  .strictObject({
    kind: z.literal('tcp'),
    host: boundedString(TEXT_LIMITS.hostName).min(1).describe('IP address or host name of the network printer'),
    port: z.number().int().min(1).max(65_535).default(9100),
    connectTimeoutMs: z.number().int().min(100).max(30_000).default(3000),
    idleTimeoutMs: z
      .number()
      .int()
      .min(500)
      .max(120_000)
      .default(10_000)
      .describe('A connection that moves no byte for this long is dropped'),
  })
  .describe('A network printer on raw TCP (port 9100), one connection per job');

const usbLpTransport = z
  .strictObject({
    kind: z.literal('usb-lp'),
    path: boundedString(TEXT_LIMITS.path).regex(/^\/dev\/usb\/lp[0-9]+$/, {
      message: 'expected a Linux USB printer device like /dev/usb/lp0',
    }),
  })
  .describe('A USB printer-class device on Linux, opened for reading and writing');

const osDriverTransport = z
  .strictObject({
    kind: z.literal('os-driver'),
    deviceName: boundedString(TEXT_LIMITS.name)
      .min(1)
      .optional()
      .describe('Printer name in the OS; the default printer when left out'),
  })
  .describe('Printing through the OS driver (Electron only); printer health cannot be known');

const previewTransport = z
  .strictObject({
    kind: z.literal('preview'),
    file: boundedString(TEXT_LIMITS.path)
      .min(1)
      .superRefine((file, context) => {
        const problem = previewFileProblem(file);
        if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
      })
      .optional()
      .describe('Also write the bytes a printer would receive to this file, relative to the data folder'),
  })
  .describe('No printer: the slip is shown on screen (demos, the web host)');

export const printerTransportSchema = z.discriminatedUnion('kind', [
  serialTransport,
  tcpTransport,
  usbLpTransport,
  osDriverTransport,
  previewTransport,
]);
export type PrinterTransportConfig = z.infer<typeof printerTransportSchema>;

export const printerProfileSchema = z
  .strictObject({
    paperWidthMm: z.union([z.literal(80), z.literal(58)]).default(80),
    columns: z
      .number()
      .int()
      .min(24)
      .max(64)
      .optional()
      .describe('Characters per line in font A; 48 for 80 mm and 32 for 58 mm when left out'),
    codePage: z
      .enum(['wpc1252', 'cp858'])
      .default('wpc1252')
      .describe('wpc1252 has every letter of the four languages; cp858 prints œ as oe'),
    codePageNumber: z
      .number()
      .int()
      .min(0)
      .max(255)
      .optional()
      .describe('ESC t number of that page on this printer: 16/19 on Epson and clones, 8/6 on HP'),
    nativeQr: z
      .boolean()
      .default(true)
      .describe('false when the printer has no GS ( k QR: the code is printed as text'),
    qrModuleSize: z.number().int().min(2).max(12).default(6),
    status: z
      .boolean()
      .default(true)
      .describe('false for printers that never answer DLE EOT; their health is then unknown'),
    paperMmPerSecond: z.number().min(20).max(500).default(90).describe('Slowest expected paper speed'),
  })
  .describe('What this printer model can do');
export type PrinterProfile = z.infer<typeof printerProfileSchema>;

export const printerSchema = z.strictObject({
  id: printerNameSchema.describe('Name used by kioskctl --printer and in logs'),
  transport: printerTransportSchema,
  profile: printerProfileSchema.default(printerProfileSchema.parse({})),
});
export type PrinterConfig = z.infer<typeof printerSchema>;

export const printersFileSchema = z
  .strictObject({
    $schema: schemaKeySchema,
    printer: printerNameSchema.describe('Which of the printers below prints referral slips'),
    printTimeoutSeconds: z
      .number()
      .int()
      .min(5)
      .max(55)
      .default(15)
      .describe('A visitor learns within this time whether the slip came out'),
    statusTimeoutMs: z.number().int().min(200).max(5000).default(1500).describe('Wait for one status answer'),
    reprintWindowMinutes: z
      .number()
      .int()
      .min(10)
      .max(1440)
      .default(120)
      .describe(
        'How long a print job keeps its exact time, for staff to find and reprint a slip; after that only the day is kept and shown (no per-visitor trail)',
      ),
    slipLimit: z
      .strictObject({
        perSession: z
          .number()
          .int()
          .min(1)
          .max(20)
          .default(DEFAULT_SLIP_LIMIT.perSession)
          .describe('Slips one visitor session may print; "Finish" or the idle timeout starts a new session'),
        perMinute: z
          .number()
          .int()
          .min(1)
          .max(60)
          .default(DEFAULT_SLIP_LIMIT.perMinute)
          .describe('Visitor slips the whole kiosk may print in any 60 seconds, reprints included'),
      })
      .default(DEFAULT_SLIP_LIMIT)
      .describe(
        'Paper is not a resource a visitor can exhaust: past a limit the slip is shown on screen instead. Staff printing (test slips, pathway notes for services) is not limited; a preview printer uses no paper and is not limited either',
      ),
    printers: z.array(printerSchema).min(1),
  })
  .describe('The printers of this attention point and which one prints referral slips');
export type PrintersConfig = z.infer<typeof printersFileSchema>;

export function checkPrinters(config: PrintersConfig): FieldProblem[] {
  const problems = duplicateIds(config.printers, ['printers'], 'Printer');
  if (!config.printers.some((printer) => printer.id === config.printer)) {
    problems.push({
      path: ['printer'],
      code: 'inconsistent',
      message: `names "${config.printer}", which is not one of the printers listed`,
    });
  }
  config.printers.forEach((printer, index) => {
    const { transport, profile } = printer;
    if (transport.kind === 'os-driver' && profile.paperWidthMm !== 80) {
      problems.push({
        path: ['printers', index, 'profile', 'paperWidthMm'],
        code: 'inconsistent',
        message: 'the OS driver slip is laid out for 80 mm paper',
      });
    }
  });
  return problems;
}
