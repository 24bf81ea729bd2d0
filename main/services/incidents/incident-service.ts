import {
  err,
  isoDay,
  ok,
  type CheckResult,
  type Incident,
  type PrinterProblem,
  type Result,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { useDatabase, type KioskDatabase, type SqlExecutor } from '../db/index.js';
import type { EventBus } from '../event-bus.js';
import type { Logger } from '../logger.js';
import { appendAudit } from '../operator/operator-store.js';
import type { StaffCaller } from '../staff-caller.js';

import { incidentsInPeriod } from './downtime.js';
import {
  closeIncidentById,
  closeOpenIncidents,
  raiseIncident,
  readClosedSince,
  readIncident,
  readOpenIncidents,
  readOverlapping,
} from './incident-store.js';

/** Printer problems that stop slips; "paper near end" is a warning and opens nothing. */
export const PRINTER_FAULTS: ReadonlySet<PrinterProblem> = new Set([
  'paper_end',
  'cover_open',
  'offline',
  'cutter_error',
  'unrecoverable_error',
  'disconnected',
]);

/** How far back the list shows closed incidents. */
const RECENT_DAYS = 7;
const RECENT_LIMIT = 50;
const DAY_MS = 86_400_000;

export interface IncidentServiceDeps {
  readonly database: KioskDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The site's timezone (its days), UTC until a site.json has been valid. */
  readonly timeZone: () => string;
}

export interface IncidentService {
  /** Failed results open (or repeat) incidents; passed ones close theirs, a passed printer its faults. */
  applyCheck(results: readonly CheckResult[]): Promise<Result<number>>;
  /** Opens or repeats one incident (the shell's crash recovery records `renderer_crash` here). */
  record(kind: Incident['kind'], subject: string, detail?: string | null): Promise<Result<boolean>>;
  /** Opens or repeats one incident inside a caller's transaction (checklist answers). */
  raiseIn(tx: SqlExecutor, kind: Incident['kind'], subject: string, detail?: string | null): Promise<boolean>;
  closeIn(tx: SqlExecutor, kind: Incident['kind'], subject: string): Promise<number>;
  /** Opens `printer_fault` incidents from the printer's status events; returns how to stop. */
  watchPrinter(events: EventBus): () => void;
  list(): Promise<Result<{ open: Incident[]; recent: Incident[] }>>;
  openManual(subject: string, by: StaffCaller): Promise<Result<Incident>>;
  close(id: number, by: StaffCaller): Promise<Result<Incident>>;
  /** For reports: incidents overlapping [from, to) with downtime clipped to it. */
  inPeriod(from: Date, to: Date): Promise<Result<(Incident & { periodDowntimeMs: number })[]>>;
  /** Waits for printer events already being written (tests, shutdown). */
  settled(): Promise<void>;
}

export function createIncidentService(deps: IncidentServiceDeps): IncidentService {
  const { database, clock, logger } = deps;
  const db = <T>(operation: string, work: Parameters<typeof useDatabase<T>>[3]): Promise<Result<T>> =>
    useDatabase(database, logger, operation, work);
  const today = (): string => isoDay(clock.now(), deps.timeZone());
  let printerQueue: Promise<unknown> = Promise.resolve();

  const raiseIn: IncidentService['raiseIn'] = async (tx, kind, subject, detail = null) =>
    (await raiseIncident(tx, { kind, subject, at: clock.now(), day: today(), detail })).opened;

  return {
    applyCheck: (results) =>
      db('incident_from_check', (conn) =>
        conn.transaction(async (tx) => {
          let opened = 0;
          for (const result of results) {
            if (result.status === 'fail') {
              if (await raiseIn(tx, 'check_failed', result.id, result.code)) opened += 1;
            } else if (result.status === 'pass') {
              await closeOpenIncidents(tx, 'check_failed', result.id, 'check', clock.now());
              if (result.id === 'printer') await closeOpenIncidents(tx, 'printer_fault', null, 'check', clock.now());
            }
          }
          return opened;
        }),
      ),

    record: (kind, subject, detail = null) =>
      db('incident_record', (conn) => conn.transaction((tx) => raiseIn(tx, kind, subject, detail))),
    raiseIn,
    closeIn: (tx, kind, subject) => closeOpenIncidents(tx, kind, subject, 'check', clock.now()),

    watchPrinter(events) {
      return events.subscribe((event) => {
        if (event.type !== 'printerStatus') return;
        const faults = event.status.problems.filter((problem) => PRINTER_FAULTS.has(problem));
        if (faults.length === 0) return;
        // One write at a time, in the order the printer reported.
        printerQueue = printerQueue.then(async () => {
          const saved = await db('incident_printer_fault', (conn) =>
            conn.transaction(async (tx) => {
              for (const fault of faults) await raiseIn(tx, 'printer_fault', fault);
            }),
          );
          if (!saved.ok) logger.warn('printer_fault_not_recorded', { code: saved.error.code });
        });
      });
    },

    list: () =>
      db('incident_list', async (conn) => {
        const now = clock.now();
        return {
          open: await readOpenIncidents(conn, now),
          recent: await readClosedSince(conn, new Date(now.getTime() - RECENT_DAYS * DAY_MS), RECENT_LIMIT, now),
        };
      }),

    async openManual(subject, by) {
      const saved = await db('incident_open', (conn) =>
        conn.transaction(async (tx) => {
          const raised = await raiseIncident(tx, { kind: 'manual', subject, at: clock.now(), day: today() });
          await appendAudit(tx, {
            at: clock.now(),
            kind: 'incident_opened',
            role: by.role,
            actor: by.name,
            detail: `manual ${subject}`,
          });
          return raised.id;
        }),
      );
      if (!saved.ok) return saved;
      return readOne(saved.value);
    },

    async close(id, by) {
      const closed = await db('incident_close', (conn) =>
        conn.transaction(async (tx): Promise<Result<number>> => {
          const current = await readIncident(tx, id, clock.now());
          if (current === undefined) return err('NOT_FOUND', `no incident ${id}`);
          if (current.closedAt !== null) return err('NOT_EDITABLE', `incident ${id} is already closed`);
          await closeIncidentById(tx, id, by.role, clock.now());
          await appendAudit(tx, {
            at: clock.now(),
            kind: 'incident_closed',
            role: by.role,
            actor: by.name,
            detail: `${current.kind} ${current.subject}`,
          });
          return ok(id);
        }),
      );
      if (!closed.ok) return closed;
      if (!closed.value.ok) return closed.value;
      return readOne(id);
    },

    inPeriod: (from, to) =>
      db('incident_period', async (conn) => {
        const now = clock.now();
        return incidentsInPeriod(await readOverlapping(conn, from, to, now), from, to, now);
      }),

    settled: () => printerQueue.then(() => undefined),
  };

  async function readOne(id: number): Promise<Result<Incident>> {
    const read = await db('incident_read', (conn) => readIncident(conn, id, clock.now()));
    if (!read.ok) return read;
    return read.value === undefined ? err('INTERNAL', `incident ${id} not found after writing`) : ok(read.value);
  }
}
