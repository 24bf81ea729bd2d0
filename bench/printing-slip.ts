// Bytes per referral slip per language and paper width, and the time to lay out and encode one.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { LANGUAGES } from '../main/contract/index.js';
import type { DirectoryConfig, PrinterProfile, SiteConfig } from '../main/services/config/index.js';
import { calendarNamesByLanguage } from '../main/services/texts/calendar-texts.js';
import { referralSlip } from '../main/services/printing/slip/referral-slip.js';
import { encodeSlip, jobBytes } from '../main/services/printing/slip/slip-escpos.js';
import { newReferral } from '../main/services/referrals/referral.js';

import { median, report, ROOT } from './lib.js';

const site = JSON.parse(await readFile(join(ROOT, 'kiosk-config', 'site.json'), 'utf8')) as SiteConfig;
const directory = JSON.parse(await readFile(join(ROOT, 'kiosk-config', 'directory.json'), 'utf8')) as DirectoryConfig;
const service = directory.services.find((s) => s.id === 'comar-asilo') ?? directory.services[0];
if (service === undefined) throw new Error('the sample directory is empty');
const calendar = calendarNamesByLanguage();

for (const mm of [80, 58] as const) {
  const profile: PrinterProfile = {
    paperWidthMm: mm,
    codePage: 'wpc1252',
    nativeQr: true,
    qrModuleSize: 6,
    status: true,
    paperMmPerSecond: 90,
  };
  const columns = mm === 80 ? 48 : 32;
  for (const language of LANGUAGES) {
    const build = () =>
      encodeSlip(
        referralSlip({
          site,
          service,
          language,
          referral: newReferral(service.id),
          issuedAt: new Date(),
          calendar,
          columns,
          codePage: 'wpc1252',
        }),
        profile,
      );
    const bytes = jobBytes(build().bytes, profile).length;
    report({ figure: `slip bytes ${language} ${mm} mm (${service.id})`, value: bytes, unit: 'B' });
    const times: number[] = [];
    for (let i = 0; i < 300; i += 1) {
      const start = performance.now();
      build();
      times.push(performance.now() - start);
    }
    report({
      figure: `layout + encode ${language} ${mm} mm`,
      value: Number(median(times).toFixed(3)),
      unit: 'ms (median of 300)',
    });
  }
}
