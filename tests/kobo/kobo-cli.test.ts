import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { runKioskctl } from '../../main/cli/kioskctl.js';
import { readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';
import { startFakeOpenRosaServer, type FakeOpenRosaServer } from '../support/fake-openrosa-server.js';
import { okValue } from '../support/result.js';
import { captureCli } from '../support/cli-capture.js';
import { testServices } from '../support/test-services.js';

const TOKEN = 'cliCollectorToken42';

let server: FakeOpenRosaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function prepared(withCredential: boolean): Promise<{ configDir: string; dataDir: string }> {
  server = await startFakeOpenRosaServer({ collectorToken: TOKEN });
  const configDir = await sampleConfigCopy();
  const dataDir = await tempDir('kiosk-kobo-cli-');
  const kobo = await readJson(join(configDir, 'kobo.json'));
  await writeJson(join(configDir, 'kobo.json'), { ...kobo, serverUrl: server.url });
  if (withCredential) {
    const services = await testServices({
      configDir,
      dataDir,
    });
    okValue(
      await services.kobo.setCredential(
        { kind: 'collector-token', token: TOKEN },
        { accountId: 'kioskctl', name: 'kioskctl', role: 'supervisor' },
      ),
    );
    await services.close();
  }
  return { configDir, dataDir };
}

describe('kioskctl kobo', () => {
  it('submits a month and lists the outbox, without ever printing the credential', async () => {
    const { configDir, dataDir } = await prepared(true);
    const submit = captureCli();
    expect(await runKioskctl(['kobo', 'submit', '2026-10', '--config', configDir, '--data', dataDir], submit.io)).toBe(
      0,
    );
    expect(submit.out[0]).toMatch(/form aRsParCdmxIndicadores2026, credential ••••en42$/);
    expect(submit.out[1]).toMatch(/^2026-10 {2}SENT .*status 201 .*uuid:/);
    expect(server?.stored).toHaveLength(1);
    const status = captureCli();
    expect(await runKioskctl(['kobo', 'status', '--config', configDir, '--data', dataDir], status.io)).toBe(0);
    expect(status.out.slice(1)).toEqual(submit.out.slice(1));
    expect(JSON.stringify([submit, status])).not.toContain(TOKEN);
  });

  it('exits 1 when nothing could be sent (no credential yet)', async () => {
    const { configDir, dataDir } = await prepared(false);
    const submit = captureCli();
    expect(await runKioskctl(['kobo', 'submit', '--config', configDir, '--data', dataDir], submit.io)).toBe(1);
    expect(submit.out[0]).toMatch(/credential not entered$/);
    expect(submit.out[1]).toMatch(/PENDING/);
    expect(server?.requests).toEqual([]);
  });

  it('says how to use it', async () => {
    const none = captureCli();
    expect(await runKioskctl(['kobo'], none.io)).toBe(2);
    expect(none.err.join('\n')).toContain('kobo submit [YYYY-MM]');
    const badMonth = captureCli();
    expect(await runKioskctl(['kobo', 'submit', 'October'], badMonth.io)).toBe(2);
  });
});
