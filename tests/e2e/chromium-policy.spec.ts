import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type BrowserContext } from '@playwright/test';

import { chromiumArgs, chromiumExecutable } from '../support/browser.js';

import { expect, test } from './fixtures.js';
import { REPO_ROOT } from './kiosk-host.js';

// Browser mode's managed Chromium policy (build/linux/chromium-policy.json) in a real Chromium.
// Chromium reads managed policy only from /etc/chromium/policies/managed, so each browser here is
// started in a mount namespace of its own where a folder of this test is mounted over
// /etc/chromium: /etc itself is never written. The policy names the kiosk's port 8127; the test
// host listens on a free port, so that one origin is replaced.

const SHIPPED_ORIGIN = 'http://127.0.0.1:8127';
const ETC_CHROMIUM = '/etc/chromium';

type Policy = Record<string, unknown>;

let work: string;
let shipped: Policy;

/** A script that starts Chromium seeing `policy` as its managed policy. */
async function chromiumWithPolicy(name: string, policy: Policy): Promise<string> {
  const executable = chromiumExecutable();
  if (executable === undefined) throw new Error('The policy test needs a Chromium that reads /etc/chromium.');
  const etc = join(work, `${name}-etc`);
  await cp(ETC_CHROMIUM, etc, { recursive: true });
  await mkdir(join(etc, 'policies', 'managed'), { recursive: true });
  await writeFile(join(etc, 'policies', 'managed', 'redsafe-par-kiosk.json'), JSON.stringify(policy));
  const script = join(work, `${name}-chromium`);
  const mountThenRun = `mount --bind "$0" ${ETC_CHROMIUM} && exec "$@"`;
  await writeFile(
    script,
    `#!/bin/sh\nexec unshare --mount --propagation private -- sh -c '${mountThenRun}' '${etc}' '${executable}' "$@"\n`,
  );
  await chmod(script, 0o755);
  return script;
}

test.beforeAll(async ({ kioskHost }) => {
  work = await mkdtemp(join(tmpdir(), 'redsafe-policy-'));
  const text = await readFile(join(REPO_ROOT, 'build', 'linux', 'chromium-policy.json'), 'utf8');
  shipped = JSON.parse(text.replaceAll(SHIPPED_ORIGIN, new URL(kioskHost.url).origin)) as Policy;
});

test.afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test('developer tools are refused even to the DevTools protocol: automation cannot attach', async () => {
  const executablePath = await chromiumWithPolicy('shipped', shipped);
  await expect(
    chromium.launchPersistentContext(join(work, 'shipped-profile'), {
      executablePath,
      args: chromiumArgs(),
      timeout: 8_000,
    }),
  ).rejects.toThrow(/Timeout/);
});

test.describe('the rest of the policy, with developer tools left on so the test can drive the browser', () => {
  let context: BrowserContext;
  let foreign: Server;
  let foreignUrl: string;

  test.beforeAll(async () => {
    const { DeveloperToolsAvailability: devtools, ...rest } = shipped;
    expect(devtools).toBe(2);
    const executablePath = await chromiumWithPolicy('drivable', rest);
    foreign = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end('<p id="foreign">another site</p>');
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    foreignUrl = `http://127.0.0.1:${String((foreign.address() as AddressInfo).port)}/`;
    context = await chromium.launchPersistentContext(join(work, 'drivable-profile'), {
      executablePath,
      args: chromiumArgs(),
      viewport: { width: 1920, height: 1080 },
      acceptDownloads: true,
    });
  });

  test.afterAll(async () => {
    await context.close();
    await new Promise((resolve) => foreign.close(resolve));
  });

  test('the kiosk loads from its own origin', async ({ kioskHost }) => {
    const page = await context.newPage();
    await page.goto(kioskHost.url);
    await expect(page.getByTestId('screen-language')).toBeVisible();
    await page.close();
  });

  test('any other site, and the browser’s own pages, are blocked', async () => {
    for (const url of [
      foreignUrl,
      'file:///etc/passwd',
      'chrome://history/',
      'chrome://downloads/',
      'chrome://settings/',
    ]) {
      // A page of its own for each: a blocked browser page may take its tab down with it.
      const page = await context.newPage();
      await expect(page.goto(url), url).rejects.toThrow(/ERR_BLOCKED_BY_ADMINISTRATOR/);
      await page.close();
    }
  });

  test('a report the page makes still downloads (the supervisors’ exports)', async ({ kioskHost }) => {
    const page = await context.newPage();
    await page.goto(kioskHost.url);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob(['a,b\n1,2\n'], { type: 'text/csv' }));
        link.download = 'report.csv';
        document.body.append(link);
        link.click();
      }),
    ]);
    expect(await download.failure()).toBeNull();
    expect(download.suggestedFilename()).toBe('report.csv');
    await page.close();
  });
});
