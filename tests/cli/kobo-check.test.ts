// `kioskctl kobo check`: the mapping checked against the site's configuration, each column's figure
// for a month printed from the real database, and the columns compared with the deployed form,
// fetched over real HTTP from the fake OpenRosa server (form list, then the XForm) with the stored
// credential, or with a copy given as a file. Nothing is ever submitted.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { runKioskctl } from '../../main/cli/kioskctl.js';
import { fixedClock } from '../../main/services/clock.js';
import { openKioskDatabase } from '../../main/services/db/index.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { newReferralCode } from '../../main/services/referrals/referral-code.js';
import { recordOutcome, recordReferral } from '../../main/services/referrals/referral-ledger.js';
import { connected } from '../services/db/connected.js';
import { readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';
import { startFakeOpenRosaServer, type FakeOpenRosaServer } from '../support/fake-openrosa-server.js';
import { captureCli } from '../support/cli-capture.js';

let server: FakeOpenRosaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The sample configuration pointed at the fake server, and a database with October's referrals. */
async function prepared(): Promise<{ configDir: string; dataDir: string; columns: string[] }> {
  server = await startFakeOpenRosaServer({ collectorToken: 'checkToken42' });
  const configDir = await sampleConfigCopy();
  const dataDir = await tempDir('kiosk-kobo-check-');
  const kobo = await readJson(join(configDir, 'kobo.json'));
  await writeJson(join(configDir, 'kobo.json'), { ...kobo, serverUrl: server.url });
  const kiosk = await openKioskDatabase({
    dataDir,
    clock: fixedClock(new Date('2026-11-02T18:00:00Z')),
    logger: createMemoryLogger(),
  });
  const db = connected(kiosk);
  const reports = [
    { outcome: 'served' },
    { outcome: 'served' },
    { outcome: 'did_not_go', reason: 'cost' },
    null,
  ] as const;
  for (const [i, report] of reports.entries()) {
    const code = newReferralCode();
    const day = `2026-10-${String(10 + i)}`;
    await recordReferral(db, {
      code,
      kind: 'slip',
      serviceId: 'comar-asilo',
      category: 'asylum-refuge',
      language: 'es',
      day,
    });
    if (report !== null) await recordOutcome(db, code, report, 'staff', day);
  }
  await kiosk.close();
  const indicators = (kobo.indicators as { column: string }[]).map((i) => i.column);
  return { configDir, dataDir, columns: indicators };
}

/** An XForm whose binds give each column a type. */
function xform(types: Readonly<Record<string, string>>): string {
  const binds = Object.entries(types)
    .map(([name, type]) => `    <bind nodeset="/aRsParCdmxIndicadores2026/${name}" type="${type}" required="true()"/>`)
    .join('\n');
  return `<?xml version="1.0"?>\n<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">\n  <h:head><model>\n${binds}\n  </model></h:head>\n</h:html>\n`;
}

describe('kioskctl kobo check', () => {
  it('prints what each column would send for the month, from the ledger too, and sends nothing', async () => {
    const { configDir, dataDir, columns } = await prepared();
    const run = captureCli();
    expect(await runKioskctl(['kobo', 'check', '2026-10', '--config', configDir, '--data', dataDir], run.io)).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out[0]).toBe(
      'KoboToolbox form aRsParCdmxIndicadores2026: what 2026-10 would send (nothing is sent by this command)',
    );
    const line = (column: string) =>
      run.out
        .find((l) => l.trimStart().startsWith(`${column} `))
        ?.trim()
        .split(/\s+/);
    expect(line('mes_reporte')?.slice(0, 2)).toEqual(['mes_reporte', '2026-10']);
    expect(line('par')?.slice(0, 2)).toEqual(['par', 'par-centro-ejemplo']);
    expect(line('canalizaciones_dadas')).toEqual(['canalizaciones_dadas', '4', 'referralOutcomes', 'measure=made']);
    expect(line('canalizaciones_atendidas')?.[1]).toBe('2');
    expect(line('canalizaciones_no_acudieron')?.[1]).toBe('1');
    expect(line('porcentaje_canalizaciones_atendidas')?.[1]).toBe('67');
    expect(line('personas_informadas_total')).toEqual([
      'personas_informadas_total',
      '0',
      'people',
      'activityType=informed-redsafe',
    ]);
    for (const column of columns) expect(line(column), column).toBeDefined();
    // No credential stored: the mapping is OK, the deployed form is said to be unchecked.
    expect(run.out.at(-2)).toBe(`OK: ${String(columns.length)} columns, every source known.`);
    expect(run.out.at(-1)).toMatch(/^NOT CHECKED: the deployed form \(no KoboToolbox credential is stored/);
    expect(server?.requests).toEqual([]);
  });

  it('exits 1 on a mapping that names an unknown source, activity type or service', async () => {
    const { configDir, dataDir } = await prepared();
    const kobo = await readJson(join(configDir, 'kobo.json'));
    const indicators = kobo.indicators as unknown[];
    await writeJson(join(configDir, 'kobo.json'), {
      ...kobo,
      indicators: [...indicators, { column: 'karaoke', from: { kind: 'karaoke' } }],
    });
    const unknownKind = captureCli();
    expect(
      await runKioskctl(['kobo', 'check', '2026-10', '--config', configDir, '--data', dataDir], unknownKind.io),
    ).toBe(1);
    expect(unknownKind.err[0]).toMatch(
      new RegExp(`^kobo.json indicators\\[${String(indicators.length)}\\]\\.from\\.kind: `),
    );
    expect(unknownKind.err.at(-1)).toMatch(/nothing would be sent/);
    expect(unknownKind.out).toEqual([]);

    await writeJson(join(configDir, 'kobo.json'), {
      ...kobo,
      indicators: [
        ...indicators,
        { column: 'karaoke', from: { kind: 'people', activityType: 'karaoke' } },
        { column: 'atendidas_x', from: { kind: 'referralOutcomes', measure: 'served', serviceId: 'no-such-service' } },
      ],
    });
    const unknownNames = captureCli();
    expect(
      await runKioskctl(['kobo', 'check', '2026-10', '--config', configDir, '--data', dataDir], unknownNames.io),
    ).toBe(1);
    expect(unknownNames.err).toEqual([
      'Problem: karaoke: unknown activity type "karaoke"',
      'Problem: atendidas_x: unknown service "no-such-service" (not in directory.json)',
    ]);
    expect(unknownNames.out.at(-1)).not.toMatch(/^OK/);
  });

  it('with --form: passes a form that has every column as a number, names what a mismatching one lacks', async () => {
    const { configDir, dataDir, columns } = await prepared();
    const types = Object.fromEntries([
      ['mes_reporte', 'string'],
      ['par', 'string'],
      ...columns.map((column) => [column, 'int']),
    ]) as Record<string, string>;
    const form = join(await tempDir('kiosk-xform-'), 'form.xml');
    await writeFile(form, xform(types));
    const matching = captureCli();
    const args = ['kobo', 'check', '2026-10', '--form', form, '--config', configDir, '--data', dataDir];
    expect(await runKioskctl(args, matching.io)).toBe(0);
    expect(matching.err).toEqual([]);
    expect(matching.out.at(-1)).toBe(
      `OK: ${String(columns.length)} columns, every source known; the form file ${form} has every column, each taking a number.`,
    );

    const without = Object.fromEntries(Object.entries(types).filter(([name]) => name !== 'canalizaciones_dadas'));
    await writeFile(form, xform({ ...without, porcentaje_canalizaciones_atendidas: 'string' }));
    const mismatching = captureCli();
    expect(await runKioskctl(args, mismatching.io)).toBe(1);
    expect(mismatching.err).toEqual([
      'Problem: canalizaciones_dadas: the form has no such column',
      'Problem: porcentaje_canalizaciones_atendidas: the form takes "string" here, the kiosk sends a whole number',
    ]);
    expect(server?.requests).toEqual([]);
  });

  it('refuses --form or --offline on another kobo command, both together, and a month that is not YYYY-MM', async () => {
    const wrong = captureCli();
    expect(await runKioskctl(['kobo', 'status', '--form', 'x.xml'], wrong.io)).toBe(2);
    expect(await runKioskctl(['kobo', 'submit', '--offline'], wrong.io)).toBe(2);
    const both = captureCli();
    expect(await runKioskctl(['kobo', 'check', '--offline', '--form', 'x.xml'], both.io)).toBe(2);
    expect(both.err[0]).toMatch(/one or the other/);
    const month = captureCli();
    expect(await runKioskctl(['kobo', 'check', 'october'], month.io)).toBe(2);
    expect(month.err[0]).toMatch(/YYYY-MM/);
  });
});
