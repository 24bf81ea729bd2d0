// Temporary folders for tests that use real files, removed after each test.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach } from 'vitest';

import type { KioskEvent, KioskEventType } from '../../main/contract/index.js';
import type { EventBus } from '../../main/services/event-bus.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE_CONFIG_DIR = join(REPO_ROOT, 'kiosk-config');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');

const created: string[] = [];
afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export async function tempDir(prefix = 'kiosk-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A private copy of the bundled sample configuration, safe to break. */
export async function sampleConfigCopy(): Promise<string> {
  const dir = join(await tempDir('kiosk-config-'), 'config');
  await cp(SAMPLE_CONFIG_DIR, dir, { recursive: true });
  return dir;
}

export async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

/** Resolves with the next event of a type that satisfies `accept`; no sleeping, no polling. */
export function nextEvent<T extends KioskEventType>(
  events: EventBus,
  type: T,
  accept: (event: Extract<KioskEvent, { type: T }>) => boolean = () => true,
): Promise<Extract<KioskEvent, { type: T }>> {
  return new Promise((resolve) => {
    const stop = events.subscribe((event) => {
      if (event.type !== type) return;
      const typed = event as Extract<KioskEvent, { type: T }>;
      if (!accept(typed)) return;
      stop();
      resolve(typed);
    });
  });
}
