import { BrowserWindow } from 'electron';

import type { OsDriverPrinter } from '../services/printing/printer-runtime.js';

/** 80 mm wide; the height is a long roll, the driver cuts where the page ends. */
const PAGE_MICRONS = { width: 80_000, height: 297_000 };

/**
 * Referral slips through the OS printer driver (Windows spooler, CUPS) for sites whose printer has
 * no serial, network or USB-class access. A hidden, sandboxed window without scripts renders the
 * slip's HTML and prints it silently. The driver reports only whether it took the page: whether
 * paper came out is unknown, and the kiosk says so ("printer health unknown").
 */
export function createOsDriverPrinter(): OsDriverPrinter {
  return {
    async print({ html, deviceName, timeoutMs }) {
      const window = new BrowserWindow({
        show: false,
        width: 400,
        height: 800,
        webPreferences: {
          sandbox: true,
          javascript: false,
          contextIsolation: true,
          nodeIntegration: false,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const printed = new Promise<{ ok: true } | { ok: false; reason: string }>((resolve) => {
          void window
            .loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
            .then(() => {
              window.webContents.print(
                {
                  silent: true,
                  printBackground: false,
                  margins: { marginType: 'none' },
                  pageSize: PAGE_MICRONS,
                  ...(deviceName === undefined ? {} : { deviceName }),
                },
                (success, failureReason) => {
                  resolve(
                    success ? { ok: true } : { ok: false, reason: failureReason || 'the driver refused the page' },
                  );
                },
              );
            })
            .catch((error: unknown) => {
              resolve({ ok: false, reason: error instanceof Error ? error.message : String(error) });
            });
        });
        const timeout = new Promise<{ ok: false; reason: string }>((resolve) => {
          timer = setTimeout(() => {
            resolve({ ok: false, reason: `the OS driver did not answer within ${timeoutMs} ms` });
          }, timeoutMs);
        });
        return await Promise.race([printed, timeout]);
      } finally {
        clearTimeout(timer);
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}
