import { checkResultSchema, ok, type EquipmentCheck, type OperatorRole, type Result } from '../../contract/index.js';
import type { ConfigService } from '../config/index.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { Clock } from '../clock.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import type { Authorise } from '../operator/operator-handlers.js';
import { appendAudit } from '../operator/operator-store.js';
import type { PrintingService } from '../printing/printing-service.js';

import { runChecks, summarise } from './check-runner.js';
import { equipmentCheckDefinitions } from './equipment-checks.js';

export interface EquipmentCheckService {
  /** Runs the automatic checks now and stores the result (`role` null for the command line). */
  run(role: OperatorRole | null): Promise<Result<EquipmentCheck>>;
  last(): Promise<Result<EquipmentCheck | null>>;
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

  async function runOnce(role: OperatorRole | null): Promise<Result<EquipmentCheck>> {
    const startedAt = clock.now();
    const results = await runChecks(equipmentCheckDefinitions({ ...deps, now: () => clock.now() }), () =>
      performance.now(),
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
        await appendAudit(tx, { at: finishedAt, kind: 'equipment_check', role, detail: summary });
        return row?.id ?? 0;
      }),
    );
    return ok({
      id: stored.ok && stored.value > 0 ? stored.value : 1,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      summary,
      results,
    });
  }

  return {
    // One run at a time: a second tap on "Run check" joins the run in progress.
    run(role) {
      running ??= runOnce(role).finally(() => {
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

export function createEquipmentCheckHandlers(
  service: EquipmentCheckService,
  authorise: Authorise,
): Pick<KioskHandlers, 'runEquipmentCheck' | 'getLastEquipmentCheck'> {
  return {
    runEquipmentCheck: async ({ token }) => {
      const role = authorise(token);
      return role.ok ? service.run(role.value) : role;
    },
    getLastEquipmentCheck: async ({ token }) => {
      const role = authorise(token);
      if (!role.ok) return role;
      const last = await service.last();
      return last.ok ? ok({ check: last.value }) : last;
    },
  };
}
