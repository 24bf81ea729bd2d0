import {
  checkResultSchema,
  ok,
  type CheckProgress,
  type CheckStatus,
  type EquipmentCheck,
  type Result,
  type ScreenReport,
} from '../../contract/index.js';
import type { ConfigService } from '../config/index.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { Clock } from '../clock.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import { appendAudit } from '../operator/operator-store.js';
import type { StaffCaller } from '../staff-caller.js';
import type { PrintingService } from '../printing/printing-service.js';

import { runChecks, summarise } from './check-runner.js';
import { equipmentCheckDefinitions } from './equipment-checks.js';

export interface EquipmentCheckService {
  /** Runs the automatic checks now and stores the result (`by` null for the command line). */
  run(by: StaffCaller | null, screen?: ScreenReport): Promise<Result<EquipmentCheck>>;
  last(): Promise<Result<EquipmentCheck | null>>;
  /** Every check's state as the run goes (started, then each one done). Returns how to stop. */
  onProgress(listener: (progress: CheckProgress) => void): () => void;
  /** Each stored run, after it is stored (incidents follow the results). Returns how to stop. */
  onFinished(listener: (check: EquipmentCheck) => Promise<void>): () => void;
}

export interface EquipmentCheckDeps {
  readonly config: ConfigService;
  readonly database: KioskDatabase;
  readonly printing: PrintingService;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly dataDir: string;
  readonly appVersion: string;
}

interface CheckRow {
  id: number;
  started_at: string;
  finished_at: string;
  summary: EquipmentCheck['summary'];
  results: string;
}

function fromRow(row: CheckRow): EquipmentCheck {
  const results = checkResultSchema.array().safeParse(JSON.parse(row.results));
  return {
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    summary: row.summary,
    results: results.success ? results.data : [],
  };
}

export function createEquipmentCheckService(deps: EquipmentCheckDeps): EquipmentCheckService {
  const { database, clock, logger } = deps;
  let running: Promise<Result<EquipmentCheck>> | undefined;
  const progressListeners = new Set<(progress: CheckProgress) => void>();
  const finishedListeners = new Set<(check: EquipmentCheck) => Promise<void>>();
  const publish = (progress: CheckProgress): void => {
    for (const listener of progressListeners) listener(progress);
  };

  async function runOnce(by: StaffCaller | null, screen: ScreenReport | undefined): Promise<Result<EquipmentCheck>> {
    const startedAt = clock.now();
    const definitions = equipmentCheckDefinitions({ ...deps, screen, now: () => clock.now() });
    const states = new Map<string, { state: 'running' | 'done'; status: CheckStatus | null }>(
      definitions.map((d) => [d.id, { state: 'running', status: null }]),
    );
    const snapshot = (): CheckProgress => ({
      startedAt: startedAt.toISOString(),
      checks: [...states].map(([id, s]) => ({ id, state: s.state, status: s.status })),
    });
    publish(snapshot());
    const results = await runChecks(
      definitions,
      () => performance.now(),
      (id, done) => {
        states.set(id, { state: 'done', status: summariseStatus(done.map((r) => r.status)) });
        publish(snapshot());
      },
    );
    const finishedAt = clock.now();
    const summary = summarise(results);
    logger.info('equipment_check', { summary, failed: results.filter((r) => r.status === 'fail').length });
    // A check must report even when the database is what failed: store it if possible.
    const stored = await useDatabase(database, logger, 'equipment_check_store', (db) =>
      db.transaction(async (tx) => {
        const row = await tx.get<{ id: number }>(
          'INSERT INTO equipment_check (started_at, finished_at, summary, results) VALUES (?, ?, ?, ?) RETURNING id',
          [startedAt.toISOString(), finishedAt.toISOString(), summary, JSON.stringify(results)],
        );
        await appendAudit(tx, {
          at: finishedAt,
          kind: 'equipment_check',
          role: by?.role ?? null,
          actor: by?.name ?? 'kioskctl',
          detail: summary,
        });
        return row?.id ?? 0;
      }),
    );
    const check: EquipmentCheck = {
      id: stored.ok && stored.value > 0 ? stored.value : 1,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      summary,
      results,
    };
    // Only a stored run may open or close incidents: they point at what was stored.
    if (stored.ok) {
      for (const listener of finishedListeners) {
        await listener(check).catch((error: unknown) => {
          logger.error('equipment_check_listener_failed', {
            error: error instanceof Error ? error.message : String(error),
          });
        });
      }
    }
    return ok(check);
  }

  return {
    onProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    onFinished(listener) {
      finishedListeners.add(listener);
      return () => finishedListeners.delete(listener);
    },
    // One run at a time: a second tap on "Run check" joins the run in progress.
    run(by, screen) {
      running ??= runOnce(by, screen).finally(() => {
        running = undefined;
      });
      return running;
    },
    last: () =>
      useDatabase(database, logger, 'equipment_check_last', async (db) => {
        const row = await db.get<CheckRow>(
          'SELECT id, started_at, finished_at, summary, results FROM equipment_check ORDER BY id DESC LIMIT 1',
        );
        return row === undefined ? null : fromRow(row);
      }),
  };
}

/** The worst of one check's statuses (the network check gives several). */
function summariseStatus(statuses: readonly CheckStatus[]): CheckStatus {
  for (const worst of ['fail', 'unknown', 'warn'] as const) if (statuses.includes(worst)) return worst;
  return 'pass';
}

export interface EquipmentCheckHandlerDeps {
  readonly equipment: EquipmentCheckService;
}

export function createEquipmentCheckHandlers({
  equipment,
}: EquipmentCheckHandlerDeps): Pick<KioskHandlers, 'runEquipmentCheck' | 'getLastEquipmentCheck'> {
  return {
    runEquipmentCheck: ({ screen }, caller) => equipment.run(caller, screen),
    getLastEquipmentCheck: async () => {
      const last = await equipment.last();
      return last.ok ? ok({ check: last.value }) : last;
    },
  };
}
