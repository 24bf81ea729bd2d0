import { isoDay, ok, type OperationsStatus, type Result, type ServiceStatus } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { EventBus } from '../event-bus.js';
import type { KioskHandlers } from '../handlers.js';
import type { EquipmentCheckService } from '../health/equipment-check-service.js';
import { createIncidentService, type IncidentService } from '../incidents/incident-service.js';
import type { Logger } from '../logger.js';
import type { PrintingService } from '../printing/printing-service.js';

import { createOperationsHandlers, type OperationsMethods } from './operations-handlers.js';
import { operationsStatus, serviceStatus } from './operations-status.js';

export interface OperationsDeps {
  readonly config: ConfigService;
  readonly database: KioskDatabase;
  readonly printing: PrintingService;
  readonly equipment: EquipmentCheckService;
  readonly events: EventBus;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface Operations {
  /** The contract's methods for operations (access is the dispatcher's, as for every area). */
  readonly handlers: Pick<KioskHandlers, OperationsMethods>;
  readonly incidents: IncidentService;
  /** Stops listening to the printer and the checks; waits for writes under way. */
  close(): Promise<void>;
}

/** Before any site.json has been valid there is no site; its days are then UTC days. */
const FALLBACK_TIMEZONE = 'UTC';

/**
 * The point's operations: incidents (from checks, printer faults and staff), maintenance, the
 * manual checklist, and the status shown to staff (status bar) and to visitors (banner).
 */
export function createOperations(deps: OperationsDeps): Operations {
  const { config, database, printing, equipment, events, clock, logger } = deps;
  const timeZone = (): string => config.site()?.timezone ?? FALLBACK_TIMEZONE;
  const today = (): string => isoDay(clock.now(), timeZone());
  const incidents = createIncidentService({ database, clock, logger, timeZone });

  async function readStatus() {
    const [printer, last] = await Promise.all([printing.printerStatus(false), equipment.last()]);
    return { printer, last: last.ok ? last.value : null, today: today(), timeZone: timeZone() };
  }

  const getServiceStatus = async (): Promise<Result<ServiceStatus>> =>
    ok(serviceStatus({ ...(await readStatus()), notOpenUntilChecked: config.operations().notOpenUntilChecked }));

  // Visitors' screens follow the status live: tell them whenever it may have changed.
  let lastSent = '';
  let pending: Promise<void> = Promise.resolve();
  const announce = (): void => {
    pending = pending.then(async () => {
      const status = await getServiceStatus();
      if (!status.ok) return;
      const text = JSON.stringify(status.value);
      if (text === lastSent) return;
      lastSent = text;
      events.emit({ type: 'serviceStatus', status: status.value });
    });
  };

  const stops = [
    incidents.watchPrinter(events),
    events.subscribe((event) => {
      if (event.type === 'printerStatus' || event.type === 'configChanged') announce();
    }),
    equipment.onProgress((progress) => {
      events.emit({ type: 'equipmentCheckProgress', progress });
    }),
    equipment.onFinished(async (check) => {
      const applied = await incidents.applyCheck(check.results);
      if (!applied.ok) logger.warn('check_incidents_not_recorded', { code: applied.error.code });
      announce();
    }),
  ];

  const getOperationsStatus = async (): Promise<Result<OperationsStatus>> => {
    const status = await readStatus();
    const counts = await useDatabase(database, logger, 'operations_counts', async (db) => ({
      open: (await db.get<{ n: number }>('SELECT count(*) AS n FROM incident WHERE closed_at IS NULL'))?.n ?? 0,
      crashes:
        (
          await db.get<{ n: number | null }>(
            "SELECT sum(occurrences) AS n FROM incident WHERE kind = 'renderer_crash' AND opened_day = ?",
            [status.today],
          )
        )?.n ?? 0,
    }));
    if (!counts.ok) return counts;
    return ok(operationsStatus({ ...status, openIncidents: counts.value.open, crashesToday: counts.value.crashes }));
  };

  return {
    handlers: createOperationsHandlers({
      config,
      database,
      clock,
      logger,
      incidents,
      today,
      getServiceStatus,
      getOperationsStatus,
    }),
    incidents,
    async close() {
      for (const stop of stops) stop();
      await Promise.all([pending, incidents.settled()]);
    },
  };
}
