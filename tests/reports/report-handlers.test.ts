import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { KioskEvent, Result } from '../../main/contract/index.js';
import { listDestinations } from '../../main/services/reports/report-destinations.js';
import { startKiosk, type KioskFixture } from '../support/kiosk-fixture.js';
import { okValue } from '../support/result.js';
import { operatorToken, supervisorToken } from '../support/staff-sessions.js';
import { siteToday } from '../support/site-today.js';
import { tempDir } from '../services/temp-dirs.js';

let kiosk: KioskFixture;
let supervisor: string;
let operator: string;

const call = (method: string, payload: unknown): Promise<Result<unknown>> => kiosk.services.dispatch(method, payload);
// The sample's rule (reports.json suppressBelow 5), as a preview shows it and the screen sends it back.
const options = {
  from: '2026-11-01',
  to: '2026-11-07',
  format: 'xlsx',
  language: 'fr',
  rule: { site: 5, applied: 5 },
} as const;

beforeEach(async () => {
  kiosk = await startKiosk();
  supervisor = await supervisorToken(call, kiosk.dataDir);
  operator = await operatorToken(call);
});
afterEach(() => kiosk.dispose());

describe('report methods', () => {
  it('are for supervisors only', async () => {
    for (const [method, payload] of [
      ['previewReport', { token: operator, from: '2026-11-01', to: '2026-11-07' }],
      ['exportReport', { token: operator, options }],
      ['listReportDestinations', { token: operator }],
      ['saveReport', { token: operator, options, destination: 'local' }],
    ] as const) {
      expect(await call(method, payload)).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORISED' } });
    }
  });

  it('previews the totals of a period, with logged activity counted', async () => {
    okValue(
      await call('saveActivityEntry', {
        token: supervisor,
        entry: {
          day: siteToday(),
          type: 'talk-group',
          language: 'ht',
          counts: [{ sex: 'female', age: '18-59', count: 7 }],
        },
      }),
    );
    const totals = okValue(await call('previewReport', { token: supervisor, from: siteToday(), to: siteToday() }));
    expect(totals).toMatchObject({ people: 7, talks: 7, entries: 1, days: 1, rule: { site: 5, applied: 5 } });
    expect(await call('previewReport', { token: supervisor, from: '2026-11-07', to: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PERIOD' },
    });
  });

  it('sends the file back for a download, reports progress, and audits the export', async () => {
    const seen: number[] = [];
    const stop = kiosk.services.events.subscribe((event: KioskEvent) => {
      if (event.type === 'reportProgress') seen.push(event.percent);
    });
    const file = okValue(await call('exportReport', { token: supervisor, options })) as {
      fileName: string;
      mime: string;
      base64: string;
      bytes: number;
    };
    stop();
    expect(file.fileName).toBe('redsafe-par-centro-ejemplo-2026-11-01_2026-11-07-fr.xlsx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.byteLength).toBe(file.bytes);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const audit = okValue(await call('getAuditLog', { token: supervisor })) as {
      events: { kind: string; detail: string }[];
    };
    expect(audit.events.find((e) => e.kind === 'export')?.detail).toBe(
      'xlsx 2026-11-01..2026-11-07 fr download; counts below 5 shown as <5 (site rule)',
    );
  });

  it('saves into the kiosk exports folder, and refuses a destination it did not offer', async () => {
    const list = okValue(await call('listReportDestinations', { token: supervisor })) as {
      destinations: { id: string; path: string }[];
    };
    const local = list.destinations.find((d) => d.id === 'local');
    expect(local?.path).toBe(join(kiosk.dataDir, 'exports'));
    const saved = okValue(
      await call('saveReport', { token: supervisor, options: { ...options, format: 'pdf' }, destination: 'local' }),
    ) as {
      path: string;
    };
    expect(saved.path).toBe(join(kiosk.dataDir, 'exports', 'redsafe-par-centro-ejemplo-2026-11-01_2026-11-07-fr.pdf'));
    expect((await readFile(saved.path)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await call('saveReport', { token: supervisor, options, destination: 'drive-gone' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('export destinations', () => {
  it('lists mounted drives under the media folders, then the kiosk folder', async () => {
    const media = await tempDir('kiosk-media-');
    await mkdir(join(media, 'KINGSTON'));
    await mkdir(join(media, 'Mi USB'));
    const list = await listDestinations({
      localDir: '/data/exports',
      mediaRoots: [media, join(media, 'none')],
      windowsDrives: false,
    });
    expect(list).toEqual([
      { id: 'drive-kingston', kind: 'removable', label: 'KINGSTON', path: join(media, 'KINGSTON') },
      { id: 'drive-mi-usb', kind: 'removable', label: 'Mi USB', path: join(media, 'Mi USB') },
      { id: 'local', kind: 'local', label: 'exports', path: '/data/exports' },
    ]);
    expect(await readdir(media)).toHaveLength(2);
  });
});
