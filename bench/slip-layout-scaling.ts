// Slip layout and encoding time against the length of one text (the service's organisation name,
// printed twice), as one unbroken word and as ordinary words: it must grow linearly, so that no
// configuration can make a slip slow. Prints the time per length and the 100k / 10k ratio (10
// when linear, 100 when quadratic).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { DirectoryConfig, SiteConfig } from '../main/services/config/index.js';
import { calendarNamesByLanguage } from '../main/services/texts/calendar-texts.js';
import { referralSlip } from '../main/services/printing/slip/referral-slip.js';
import { encodeSlip } from '../main/services/printing/slip/slip-escpos.js';
import { newReferral } from '../main/services/referrals/referral.js';

import { median, report, ROOT } from './lib.js';

const site = JSON.parse(await readFile(join(ROOT, 'kiosk-config', 'site.json'), 'utf8')) as SiteConfig;
const directory = JSON.parse(await readFile(join(ROOT, 'kiosk-config', 'directory.json'), 'utf8')) as DirectoryConfig;
const [sample] = directory.services;
if (sample === undefined) throw new Error('the sample directory is empty');
const calendar = calendarNamesByLanguage();

const SHAPES = {
  'one word': (length: number) => 'é'.repeat(length),
  words: (length: number) => 'Organización '.repeat(Math.ceil(length / 13)).slice(0, length),
} as const;

for (const [shape, make] of Object.entries(SHAPES)) {
  const byLength = new Map<number, number>();
  for (const length of [1_000, 10_000, 100_000]) {
    const service = { ...sample, organisation: { ...sample.organisation, name: make(length) } };
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      encodeSlip(
        referralSlip({
          site,
          service,
          language: 'es',
          referral: newReferral(service.id),
          issuedAt: new Date(),
          calendar,
          columns: 48,
          codePage: 'wpc1252',
        }),
        { paperWidthMm: 80, codePage: 'wpc1252', nativeQr: true, qrModuleSize: 6, status: true, paperMmPerSecond: 90 },
      );
      times.push(performance.now() - started);
    }
    const time = median(times);
    byLength.set(length, time);
    report({
      figure: `slip layout + encode, ${length} characters (${shape})`,
      value: Number(time.toFixed(2)),
      unit: 'ms',
    });
  }
  const ratio = (byLength.get(100_000) ?? NaN) / (byLength.get(10_000) ?? NaN);
  report({
    figure: `slip layout time ratio 100k / 10k characters (${shape})`,
    value: Number(ratio.toFixed(1)),
    unit: '×',
    against: '10 when linear, 100 when quadratic',
  });
}
