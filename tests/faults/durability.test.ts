import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { inspectDatabase, openDatabase } from '../../main/services/db/index.js';
import { REPO_ROOT } from '../support/kiosk-fixture.js';

// A writer process is killed with SIGKILL at random moments, again and again, on the same data
// folder. Every write it reported as committed must still be there, and the database must pass
// quick_check every time. (SIGKILL is a crash of the process; the operating system keeps what
// SQLite handed it, which is what "committed" promises here.)
const KILLS = Number(process.env.FAULT_KILLS ?? 100);
const WRITER = join(REPO_ROOT, 'tests', 'faults', 'durability-writer.ts');

type Kind = 'usage' | 'activity' | 'job';

/** Runs the writer until it has committed something, waits a random moment more, then kills it. */
function runAndKill(dataDir: string, extraMs: number): Promise<Record<Kind, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed: Record<Kind, number> = { usage: 0, activity: 0, job: 0 };
    let buffer = '';
    let stderr = '';
    let scheduled = false;
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`writer made no progress within 20 s: ${stderr}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^COMMITTED (usage|activity|job) (\d+)$/.exec(line);
        if (match === null) continue;
        committed[match[1] as Kind] = Number(match[2]);
        if (!scheduled) {
          scheduled = true;
          setTimeout(() => child.kill('SIGKILL'), extraMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // 'close', not 'exit': it comes after the pipes are drained, so no COMMITTED line is missed.
    child.on('close', (code, signal) => {
      clearTimeout(deadline);
      if (signal === 'SIGKILL') resolve({ ...committed });
      else reject(new Error(`writer ended by itself (${String(code)}): ${stderr}`));
    });
  });
}

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe('durability under SIGKILL', () => {
  it(`keeps every committed write and passes quick_check after ${KILLS} kills`, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-durability-'));
    folders.push(dataDir);
    const seen: Record<Kind, number> = { usage: 0, activity: 0, job: 0 };
    for (let kill = 1; kill <= KILLS; kill += 1) {
      const committed = await runAndKill(dataDir, Math.floor(Math.random() * 150));
      const inspection = await inspectDatabase(dataDir);
      expect(inspection.kind, `after kill ${kill}`).toBe('healthy');
      const db = await openDatabase(join(dataDir, 'kiosk.sqlite'));
      try {
        const usage = await db.get<{ count: number }>("SELECT count FROM usage_counter WHERE key = 'durability'");
        const activity = await db.get<{ id: number | null }>('SELECT MAX(id) AS id FROM activity_entry');
        const job = await db.get<{ id: number | null }>('SELECT MAX(id) AS id FROM print_job');
        const orphans = await db.get<{ n: number }>(
          'SELECT COUNT(*) AS n FROM activity_count c LEFT JOIN activity_entry e ON e.id = c.entry_id WHERE e.id IS NULL',
        );
        expect(usage?.count ?? 0, `usage after kill ${kill}`).toBeGreaterThanOrEqual(
          Math.max(committed.usage, seen.usage),
        );
        expect(activity?.id ?? 0, `activity after kill ${kill}`).toBeGreaterThanOrEqual(committed.activity);
        expect(job?.id ?? 0, `jobs after kill ${kill}`).toBeGreaterThanOrEqual(committed.job);
        expect(orphans?.n).toBe(0);
        seen.usage = usage?.count ?? 0;
      } finally {
        await db.close();
      }
    }
    expect(seen.usage).toBeGreaterThan(KILLS);
  }, 600_000);
});
