import { isoDay, type Result } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import { raiseIncident } from '../incidents/incident-store.js';
import type { Logger } from '../logger.js';

/**
 * What happened to the kiosk's screen: its renderer process went away (Electron's
 * `render-process-gone` reason and exit code), or it stopped answering and was crashed on purpose
 * (`unresponsive` from Electron, or `heartbeat` when the page's heartbeat stopped).
 */
export type RendererFault =
  | { readonly kind: 'gone'; readonly reason: string; readonly exitCode: number }
  | { readonly kind: 'hung'; readonly source: 'unresponsive' | 'heartbeat' };

export interface RendererIncident {
  readonly id: number;
  readonly openedAt: string;
  /** How many crashes and hangs this open incident has counted. */
  readonly occurrences: number;
  readonly detail: string | null;
}

export interface RendererCrashes {
  /** One open `renderer_crash` incident for the screen; each repeat raises its `occurrences`. */
  record(fault: RendererFault): Promise<Result<RendererIncident>>;
  /** The open incident, if any (staff close it from the operator screens). */
  open(): Promise<Result<RendererIncident | null>>;
}

export const RENDERER_SUBJECT = 'renderer';

/** Electron's reasons are a short closed set; anything else is cut down to what a log line needs. */
function describe(fault: RendererFault): string {
  switch (fault.kind) {
    case 'gone': {
      const reason = fault.reason.replace(/[^a-z-]/g, '').slice(0, 32) || 'unknown';
      return `gone: ${reason} (exit ${String(Math.trunc(fault.exitCode))})`;
    }
    case 'hung':
      return fault.source === 'heartbeat' ? 'hung: heartbeat stopped' : 'hung: unresponsive';
  }
}

interface Row {
  id: number;
  opened_at: string;
  occurrences: number;
  detail: string | null;
}

const toIncident = (row: Row): RendererIncident => ({
  id: row.id,
  openedAt: row.opened_at,
  occurrences: row.occurrences,
  detail: row.detail,
});

const SELECT_INCIDENT = 'SELECT id, opened_at, occurrences, detail FROM incident';
const SELECT_OPEN = `${SELECT_INCIDENT} WHERE kind = 'renderer_crash' AND subject = ? AND closed_at IS NULL`;

/**
 * Writes renderer crashes and hangs to the incident table (migration 0007), where the operator
 * status reads them, with the incidents' own rule: a repeat while one is open raises its
 * `occurrences`, so a crash loop cannot open a row per crash.
 */
export function createRendererCrashes(deps: {
  readonly database: KioskDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The site's timezone, for the incident's day; UTC before any site.json has been valid. */
  readonly timeZone: () => string | undefined;
}): RendererCrashes {
  const { database, clock, logger } = deps;
  return {
    async record(fault) {
      const now = clock.now();
      const detail = describe(fault);
      const recorded = await useDatabase(database, logger, 'renderer_crash', (db) =>
        db.transaction(async (tx) => {
          const day = isoDay(now, deps.timeZone() ?? 'UTC');
          const { id } = await raiseIncident(tx, {
            kind: 'renderer_crash',
            subject: RENDERER_SUBJECT,
            at: now,
            day,
            detail,
          });
          const row = await tx.get<Row>(`${SELECT_INCIDENT} WHERE id = ?`, [id]);
          if (row === undefined) throw new Error('renderer incident not found after writing it');
          return toIncident(row);
        }),
      );
      if (recorded.ok) logger.warn('renderer_incident', { occurrences: recorded.value.occurrences, detail });
      return recorded;
    },
    open: () =>
      useDatabase(database, logger, 'renderer_crash_read', async (db) => {
        const row = await db.get<Row>(SELECT_OPEN, [RENDERER_SUBJECT]);
        return row === undefined ? null : toIncident(row);
      }),
  };
}
