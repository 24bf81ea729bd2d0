import {
  isoDay,
  type DegradedReason,
  type EquipmentCheck,
  type NetworkState,
  type OperationsStatus,
  type PrinterStatus,
  type ServiceStatus,
} from '../../contract/index.js';

/** What the last check found of the internet: any endpoint reached is enough. */
export function networkState(check: EquipmentCheck | null): NetworkState {
  const endpoints = check?.results.filter((r) => r.id.startsWith('network:')) ?? [];
  if (endpoints.length === 0) return 'unknown';
  if (endpoints.some((r) => r.status === 'pass')) return 'ok';
  if (endpoints.some((r) => r.code === 'captive_portal')) return 'captive';
  return endpoints.every((r) => r.status === 'fail') ? 'down' : 'unknown';
}

export function checkedToday(check: EquipmentCheck | null, today: string, timeZone: string): boolean {
  return check !== null && isoDay(new Date(check.finishedAt), timeZone) === today;
}

export function operationsStatus(input: {
  printer: PrinterStatus;
  last: EquipmentCheck | null;
  today: string;
  timeZone: string;
  openIncidents: number;
  crashesToday: number;
}): OperationsStatus {
  const { last } = input;
  return {
    printer: input.printer,
    network: networkState(last),
    lastCheck:
      last === null
        ? null
        : {
            id: last.id,
            finishedAt: last.finishedAt,
            summary: last.summary,
            today: checkedToday(last, input.today, input.timeZone),
          },
    openIncidents: input.openIncidents,
    crashesToday: input.crashesToday,
  };
}

/**
 * What a visitor must know, and nothing more: whether the point is open, and which services are
 * down (a printer that cannot print now; no internet at today's check).
 */
export function serviceStatus(input: {
  printer: PrinterStatus;
  last: EquipmentCheck | null;
  today: string;
  timeZone: string;
  notOpenUntilChecked: boolean;
}): ServiceStatus {
  const today = checkedToday(input.last, input.today, input.timeZone);
  const degraded: DegradedReason[] = [];
  if (input.printer.state === 'not_ready') degraded.push('printer');
  const network = networkState(input.last);
  if (today && (network === 'down' || network === 'captive')) degraded.push('network');
  return { open: !input.notOpenUntilChecked || today, degraded };
}
