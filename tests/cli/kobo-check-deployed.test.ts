// `kioskctl kobo check` against the deployed form: the fake OpenRosa server on 127.0.0.1 lists the
// form (OpenRosa Form List API) and serves its XForm; the check fetches both with the credential a
// supervisor stored, compares the columns, and fails clearly when the form cannot be had.
import { rename } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { runKioskctl } from '../../main/cli/kioskctl.js';
import type { KoboCredential } from '../../main/contract/index.js';
import { PLAIN_KEY_FILE, SEALED_KEY_FILE } from '../../main/services/secrets/machine-key.js';
import { readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';
import {
  startFakeOpenRosaServer,
  type DeployedFakeForm,
  type FakeOpenRosaServer,
} from '../support/fake-openrosa-server.js';
import { okValue } from '../support/result.js';
import { captureCli } from '../support/cli-capture.js';
import { testServices } from '../support/test-services.js';

const TOKEN = 'deployedFormToken42';
const FORM_ID = 'aRsParCdmxIndicadores2026';

let server: FakeOpenRosaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** An XForm (as KoboToolbox deploys one) whose binds give each column a type. */
function xform(types: Readonly<Record<string, string>>): string {
  const binds = Object.entries(types)
    .map(([name, type]) => `      <bind nodeset="/${FORM_ID}/${name}" type="${type}" required="true()"/>`)
    .join('\n');
  const fields = Object.keys(types)
    .map((name) => `<${name}/>`)
    .join('');
  return (
    `<?xml version="1.0"?>\n<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">\n` +
    `  <h:head><h:title>Indicadores PAR</h:title>\n    <model>\n` +
    `      <instance><${FORM_ID} id="${FORM_ID}" version="3">${fields}<meta><instanceID/></meta></${FORM_ID}></instance>\n` +
    `${binds}\n      <bind nodeset="/${FORM_ID}/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>\n` +
    `    </model>\n  </h:head>\n  <h:body></h:body>\n</h:html>\n`
  );
}

interface Prepared {
  readonly configDir: string;
  readonly dataDir: string;
  readonly columns: string[];
  /** Every column of kobo.json with the type the kiosk needs. */
  readonly types: Record<string, string>;
  readonly args: string[];
}

async function prepared(
  credential: KoboCredential | undefined,
  serverOptions: Parameters<typeof startFakeOpenRosaServer>[0] = { collectorToken: TOKEN },
  koboChanges: Record<string, unknown> = {},
): Promise<Prepared> {
  server = await startFakeOpenRosaServer(serverOptions);
  const configDir = await sampleConfigCopy();
  const dataDir = await tempDir('kiosk-kobo-deployed-');
  const kobo = await readJson(join(configDir, 'kobo.json'));
  await writeJson(join(configDir, 'kobo.json'), { ...kobo, serverUrl: server.url, ...koboChanges });
  if (credential !== undefined) {
    const services = await testServices({
      configDir,
      dataDir,
    });
    okValue(
      await services.kobo.setCredential(credential, { accountId: 'kioskctl', name: 'kioskctl', role: 'supervisor' }),
    );
    await services.close();
  }
  const columns = (kobo.indicators as { column: string }[]).map((i) => i.column);
  const types = Object.fromEntries([
    ['mes_reporte', 'string'],
    ['par', 'string'],
    ...columns.map((column) => [column, column.startsWith('porcentaje') ? 'decimal' : 'int']),
  ]) as Record<string, string>;
  return {
    configDir,
    dataDir,
    columns,
    types,
    args: ['kobo', 'check', '2026-10', '--config', configDir, '--data', dataDir],
  };
}

function deploy(xml: string, formId = FORM_ID): DeployedFakeForm {
  return { formId, name: 'Indicadores PAR CDMX', version: '3', xml };
}

const TOKEN_CREDENTIAL: KoboCredential = { kind: 'collector-token', token: TOKEN };

describe('kioskctl kobo check against the deployed form', () => {
  it('fetches the form list and the XForm with the stored token, passes a matching form, submits nothing', async () => {
    const { args, types, columns } = await prepared(TOKEN_CREDENTIAL);
    server?.forms.push(deploy(xform({ other_form_field: 'int' }), 'otraEncuesta'), deploy(xform(types)));
    const run = captureCli();
    expect(await runKioskctl(args, run.io)).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out[0]).toMatch(/^KoboToolbox form aRsParCdmxIndicadores2026: what 2026-10 would send/);
    const figures = run.out.filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s+/)[0]);
    expect(figures).toEqual(['mes_reporte', 'par', ...columns]);
    expect(run.out.at(-1)).toBe(
      `OK: ${String(columns.length)} columns, every source known; the deployed form "${FORM_ID}" (version 3) has every column, each taking a number.`,
    );
    expect(server?.requests.map((r) => [r.method, r.path, r.status, r.openRosaVersion])).toEqual([
      ['GET', `/collector/${TOKEN}/formList`, 200, '1.0'],
      ['GET', `/collector/${TOKEN}/forms/${FORM_ID}/form.xml`, 200, '1.0'],
    ]);
    expect(server?.stored).toEqual([]);
    expect(JSON.stringify(run)).not.toContain(TOKEN);
  });

  it('uses basic auth on /formList for an account credential', async () => {
    const account = { username: 'par_cdmx', password: 'correct horse' };
    const { args, types } = await prepared({ kind: 'account', ...account }, { account }, { auth: 'account' });
    server?.forms.push(deploy(xform(types)));
    const run = captureCli();
    expect(await runKioskctl(args, run.io)).toBe(0);
    expect(server?.requests.map((r) => r.path)).toEqual(['/formList', `/forms/${FORM_ID}/form.xml`]);
    expect(JSON.stringify(run)).not.toContain('correct horse');
  });

  it('exits 1 naming a column the deployed form lacks and one it takes as text', async () => {
    const { args, types } = await prepared(TOKEN_CREDENTIAL);
    const without = Object.fromEntries(Object.entries(types).filter(([name]) => name !== 'canalizaciones_atendidas'));
    server?.forms.push(deploy(xform({ ...without, personas_informadas_total: 'string', par: 'string' })));
    const run = captureCli();
    expect(await runKioskctl(args, run.io)).toBe(1);
    expect(run.err).toEqual([
      'Problem: personas_informadas_total: the form takes "string" here, the kiosk sends a whole number',
      'Problem: canalizaciones_atendidas: the form has no such column',
    ]);
    expect(run.out.some((l) => l.startsWith('OK'))).toBe(false);
    // The figures are still printed, so the supervisor sees what would have gone.
    expect(run.out.some((l) => l.trim().startsWith('canalizaciones_dadas '))).toBe(true);
  });

  it('exits 1 when kobo.json names another version than the deployed one', async () => {
    const { args, types } = await prepared(TOKEN_CREDENTIAL, { collectorToken: TOKEN }, { formVersion: '2' });
    server?.forms.push(deploy(xform(types)));
    const run = captureCli();
    expect(await runKioskctl(args, run.io)).toBe(1);
    expect(run.err).toEqual(['Problem: formVersion: kobo.json sends "2", the deployed form is version "3"']);
  });

  it('exits 1 when the form is not in the list, naming what the list holds', async () => {
    const { args, types } = await prepared(TOKEN_CREDENTIAL);
    server?.forms.push(deploy(xform(types), 'otraEncuesta'));
    const run = captureCli();
    expect(await runKioskctl(args, run.io)).toBe(1);
    expect(run.err).toEqual([
      `Problem: the deployed form could not be checked: Form "${FORM_ID}" is not in the server's form list (it lists otraEncuesta): is it deployed, and shared with this credential?`,
    ]);
  });

  it('exits 1 with a clear message on a wrong credential (401)', async () => {
    const { args, types } = await prepared({ kind: 'collector-token', token: 'notTheRightToken' });
    server?.forms.push(deploy(xform(types)));
    const run = captureCli();
    expect(await runKioskctl(args, run.io)).toBe(1);
    expect(run.err).toEqual([
      `Problem: the deployed form could not be checked: ${server?.url ?? ''} refused the stored credential (HTTP 401) for the form list: enter it again on the KoboToolbox screen.`,
    ]);
    expect(JSON.stringify(run)).not.toContain('notTheRightToken');
  });

  it('exits 1 on a wrong server address (404) and on an XForm that is not XML', async () => {
    const wrongPath = await prepared(TOKEN_CREDENTIAL);
    const first = server;
    const { args, configDir, types } = await prepared(TOKEN_CREDENTIAL);
    await first?.close();
    // The first kiosk's data folder (its credential) against a server address with a wrong path.
    const kobo = await readJson(join(configDir, 'kobo.json'));
    await writeJson(join(wrongPath.configDir, 'kobo.json'), { ...kobo, serverUrl: `${server?.url ?? ''}/api/v2` });
    server?.forms.push(deploy(xform(types)));
    const notFound = captureCli();
    expect(await runKioskctl(wrongPath.args, notFound.io)).toBe(1);
    expect(notFound.err[0]).toMatch(/has no form list here \(HTTP 404\): is kobo\.json serverUrl the OpenRosa address/);

    server?.forms.splice(0, 1, deploy(xform(types).replace('</model>', '')));
    const garbled = captureCli();
    expect(await runKioskctl(args, garbled.io)).toBe(1);
    expect(garbled.err).toEqual([
      `Problem: the deployed form could not be checked: The form definition of "${FORM_ID}" is not an XForm (unparsable XML, or no <model>).`,
    ]);
  });

  it('exits 1 with a clear message when the server is down, and when it does not answer in time', async () => {
    const { args, types, configDir } = await prepared(TOKEN_CREDENTIAL);
    server?.forms.push(deploy(xform(types)));
    const kobo = await readJson(join(configDir, 'kobo.json'));
    await writeJson(join(configDir, 'kobo.json'), { ...kobo, timeoutMs: 1000 });
    if (server !== undefined) server.mode = 'hang';
    const started = performance.now();
    const hung = captureCli();
    expect(await runKioskctl(args, hung.io)).toBe(1);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(hung.err).toEqual([
      `Problem: the deployed form could not be checked: ${server?.url ?? ''} did not answer with the form list within 1 s (timeout).`,
    ]);

    const url = server?.url ?? '';
    await server?.close();
    server = undefined;
    const down = captureCli();
    expect(await runKioskctl(args, down.io)).toBe(1);
    expect(down.err).toEqual([
      `Problem: the deployed form could not be checked: ${url} cannot be reached for the form list (ECONNREFUSED).`,
    ]);
  });

  it('with --offline fetches nothing and says the deployed form was not checked', async () => {
    const { args, types, columns } = await prepared(TOKEN_CREDENTIAL);
    server?.forms.push(deploy(xform(types)));
    const run = captureCli();
    expect(await runKioskctl([...args, '--offline'], run.io)).toBe(0);
    expect(run.out.slice(-2)).toEqual([
      `OK: ${String(columns.length)} columns, every source known.`,
      'NOT CHECKED: the deployed form (--offline; give --form XFORM_FILE to compare with a copy).',
    ]);
    expect(server?.requests).toEqual([]);
  });

  it("says the deployed form was not checked when the credential is sealed for the kiosk's own account", async () => {
    const { args, types, dataDir } = await prepared(TOKEN_CREDENTIAL);
    server?.forms.push(deploy(xform(types)));
    // On the Electron kiosk the machine key is sealed by the OS; kioskctl cannot open it.
    await rename(join(dataDir, PLAIN_KEY_FILE), join(dataDir, SEALED_KEY_FILE));
    const run = captureCli();
    expect(await runKioskctl(args, run.io)).toBe(0);
    expect(run.out.at(-1)).toMatch(
      /^NOT CHECKED: the deployed form \(the stored credential is sealed .*--form XFORM_FILE\)\.$/,
    );
    expect(run.out.some((l) => /^OK: .*deployed form/.test(l))).toBe(false);
    expect(server?.requests).toEqual([]);
  });
});
