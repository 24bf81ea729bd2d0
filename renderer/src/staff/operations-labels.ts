import type { TFunction } from 'i18next';

import {
  ENDONYMS,
  LANGUAGES,
  MANUAL_INCIDENT_SUBJECTS,
  type Incident,
  type Language,
  type LabelledItem,
  type ManualIncidentSubject,
} from '../../../main/contract/index.js';

const CHECK_NAMES = [
  'config',
  'database',
  'disk',
  'app_version',
  'printer',
  'network',
  'latency',
  'clock',
  'display',
  'audio',
] as const;
type CheckName = (typeof CHECK_NAMES)[number];
const isCheckName = (id: string): id is CheckName => (CHECK_NAMES as readonly string[]).includes(id);

const PRINTER_FAULTS = [
  'paper_end',
  'cover_open',
  'offline',
  'cutter_error',
  'unrecoverable_error',
  'disconnected',
] as const;
type PrinterFault = (typeof PRINTER_FAULTS)[number];
const isPrinterFault = (id: string): id is PrinterFault => (PRINTER_FAULTS as readonly string[]).includes(id);
const isManualSubject = (id: string): id is ManualIncidentSubject =>
  (MANUAL_INCIDENT_SUBJECTS as readonly string[]).includes(id);

/** A check's name for staff; an id the screen does not know is shown as it is. */
export function checkName(t: TFunction, id: string, checklist: readonly LabelledItem[], language: Language): string {
  if (id.startsWith('network:')) return t('operations.check.names.endpoint', { id: id.slice('network:'.length) });
  // Read-aloud figures of one served language: "Sound: Kreyòl ayisyen".
  if (id.startsWith('audio:')) {
    const code = id.slice('audio:'.length);
    const name = LANGUAGES.find((candidate) => candidate === code);
    return `${t('operations.check.names.audio')}: ${name === undefined ? code : ENDONYMS[name]}`;
  }
  if (id.startsWith('manual:')) {
    const item = id.slice('manual:'.length);
    return checklist.find((i) => i.id === item)?.label[language] ?? item;
  }
  // The rights topics' age check: named in the topics' own section of the locale files.
  if (id === 'topics') return t('topics.staff.checkName');
  if (id === 'directory') return t('directoryAdmin.checkName');
  if (id === 'follow_up') return t('followUp.checkName');
  return isCheckName(id) ? t(`operations.check.names.${id}`) : id;
}

/** What an incident is about, in the staff's language. */
export function incidentLabel(
  t: TFunction,
  incident: Incident,
  checklist: readonly LabelledItem[],
  language: Language,
): string {
  switch (incident.kind) {
    case 'check_failed':
      return t('operations.incidents.kinds.check_failed', {
        subject: checkName(t, incident.subject, checklist, language),
      });
    case 'printer_fault':
      return t('operations.incidents.kinds.printer_fault', {
        subject: isPrinterFault(incident.subject)
          ? t(`operations.incidents.faults.${incident.subject}`)
          : incident.subject,
      });
    case 'renderer_crash':
      return t('operations.incidents.kinds.renderer_crash');
    case 'manual':
      return t('operations.incidents.kinds.manual', {
        subject: isManualSubject(incident.subject)
          ? t(`operations.incidents.subjects.${incident.subject}`)
          : incident.subject,
      });
  }
}

/** "25 min", "2 h 5 min": digits, the same in every language but for the hour sign. */
export function formatDuration(t: TFunction, ms: number): string {
  const totalMinutes = Math.floor(ms / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return hours === 0
    ? t('operations.duration.minutes', { minutes })
    : t('operations.duration.hours', { hours, minutes });
}
