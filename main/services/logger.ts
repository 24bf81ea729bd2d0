/**
 * Structured log lines for operators and maintainers. Never log request payloads as a whole or
 * anything a visitor could have typed: the kiosk keeps no personal data, logs included.
 */
export interface Logger {
  info(event: string, fields?: Readonly<Record<string, string | number | boolean | null>>): void;
  warn(event: string, fields?: Readonly<Record<string, string | number | boolean | null>>): void;
  error(event: string, fields?: Readonly<Record<string, string | number | boolean | null>>): void;
}

type Level = 'info' | 'warn' | 'error';

/** The line's own keys. A field of the same name is kept under `field_<name>`: a field such as a
 *  lockout's `level` must never pass for the line's level, which is what alerts filter on. */
const OWN_KEYS = new Set(['at', 'level', 'event']);

/** One JSON log line: its own keys first, then the fields, none of which can replace them. */
export function formatLogLine(
  at: Date,
  level: Level,
  event: string,
  fields?: Readonly<Record<string, unknown>>,
): string {
  const line: Record<string, unknown> = { at: at.toISOString(), level, event };
  for (const [name, value] of Object.entries(fields ?? {})) {
    const key = OWN_KEYS.has(name) ? `field_${name}` : name;
    // defineProperty, not assignment: a field named __proto__ stays a plain key.
    Object.defineProperty(line, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify(line);
}

/** JSON lines on stderr, so stdout stays free for the CLI's own output. */
export function createStderrLogger(minLevel: Level = 'info'): Logger {
  const order: Record<Level, number> = { info: 0, warn: 1, error: 2 };
  const write = (level: Level, event: string, fields?: Readonly<Record<string, unknown>>): void => {
    if (order[level] < order[minLevel]) return;
    process.stderr.write(`${formatLogLine(new Date(), level, event, fields)}\n`);
  };
  return {
    info: (event, fields) => {
      write('info', event, fields);
    },
    warn: (event, fields) => {
      write('warn', event, fields);
    },
    error: (event, fields) => {
      write('error', event, fields);
    },
  };
}

/** Keeps lines in memory; for tests that assert what was (not) logged. */
export function createMemoryLogger(): Logger & { lines: { level: Level; event: string; fields: unknown }[] } {
  const lines: { level: Level; event: string; fields: unknown }[] = [];
  return {
    lines,
    info: (event, fields) => lines.push({ level: 'info', event, fields }),
    warn: (event, fields) => lines.push({ level: 'warn', event, fields }),
    error: (event, fields) => lines.push({ level: 'error', event, fields }),
  };
}
