import { PRINTER_PROBLEMS, type PrinterProblem } from './printer.js';

/**
 * Every reason an automatic equipment check can give, as `<kind>.<code>`, with the figures it
 * carries (`params`). The screen shows `checkDetails.<kind>.<code>` from the locale files with
 * those figures, so staff read "300 MB libres…" in their own language rather than the services'
 * English `detail`. `kind` is the check id (`disk`, `printer`, …), `endpoint` for `network:<id>`,
 * `audio` for `audio:<language>`;
 * `any.<code>` is what the runner itself reports for any check (it ran out of time, it threw).
 */
const PRINTER_DETAILS = Object.fromEntries(
  PRINTER_PROBLEMS.map((problem) => [`printer.${problem}`, []]),
) as unknown as Readonly<Record<`printer.${PrinterProblem}`, readonly []>>;

export const CHECK_DETAILS = {
  'any.timeout': ['ms'],
  'any.error': ['message'],
  'config.valid': [],
  'config.degraded': ['files'],
  'config.unavailable': ['files'],
  'database.unavailable': [],
  'database.integrity': [],
  'database.recovered': [],
  'database.integrity_ok': [],
  'disk.low_disk': ['free', 'needed'],
  'disk.enough_space': ['free'],
  'app_version.version': ['version'],
  'printer.ready': ['printer'],
  'printer.preview_only': [],
  'printer.warning': [],
  'printer.not_ready': [],
  ...PRINTER_DETAILS,
  'network.not_configured': [],
  'endpoint.dns_failed': ['host'],
  'endpoint.timeout': ['host'],
  'endpoint.unreachable': ['host'],
  'endpoint.http_status': ['host', 'status'],
  'endpoint.captive_portal': ['host'],
  'endpoint.reachable': ['host', 'ms'],
  'latency.no_answer': [],
  'latency.slow': ['ms', 'limit'],
  'latency.ok': ['ms'],
  'clock.no_reference': [],
  'clock.skew': ['seconds', 'limit'],
  'clock.in_time': ['seconds'],
  'display.not_reported': [],
  'display.small_display': ['width', 'height', 'touchPoints'],
  'display.no_touch': ['width', 'height', 'touchPoints'],
  'display.display_ok': ['width', 'height', 'touchPoints'],
  'audio.not_reported': [],
  'audio.audio_ok': [],
  'audio.audio_suspended': [],
  'audio.audio_unavailable': [],
  // Read-aloud coverage of one served language (`audio:<lang>`).
  'audio.clips_complete': ['language', 'present', 'expected', 'stale'],
  'audio.clips_partial': ['language', 'present', 'expected', 'stale'],
  'audio.clips_silent': ['language', 'present', 'expected', 'stale', 'screens'],
  'topics.no_topics': [],
  'topics.verified': ['count'],
  'topics.reverify': ['topics', 'days'],
  'directory.no_services': [],
  'directory.verified': ['count'],
  'directory.reverify': ['services', 'days'],
  // The central source: not confirmed for more than a day, or never received while failing.
  'directory.central_failing': ['hours'],
  'directory.central_never': [],
  'follow_up.no_ledger': [],
  'follow_up.no_flags': ['threshold', 'days'],
  'follow_up.reverify': ['services', 'threshold', 'days'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type CheckDetailKey = keyof typeof CHECK_DETAILS;

/** The codes a check may report (the part after the kind): a new one must be listed above first. */
export type CheckCode = CheckDetailKey extends `${string}.${infer Code}` ? Code : never;

/** Figures for a check's sentence, e.g. `{ free: 300, needed: 500 }`. */
export type CheckParams = Readonly<Record<string, string | number>>;

/** `disk`, `printer`, … ; `endpoint` for every `network:<id>`. */
export function checkKind(id: string): string {
  if (id.startsWith('network:')) return 'endpoint';
  // The sound check's read-aloud figures, one per served language, share its sentences.
  return id.startsWith('audio:') ? 'audio' : id;
}

const isDetailKey = (key: string): key is CheckDetailKey => Object.hasOwn(CHECK_DETAILS, key);

/** The sentence a result is shown with, or undefined for a code this version does not know. */
export function checkDetailKey(id: string, code: string): CheckDetailKey | undefined {
  return [`${checkKind(id)}.${code}`, `any.${code}`].find(isDetailKey);
}
