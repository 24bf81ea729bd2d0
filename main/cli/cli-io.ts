import { promptSecret } from './secret-prompt.js';
import type { Logger } from '../services/logger.js';

/**
 * Where a command writes and what it may read from its surroundings. `main` passes the real
 * process; tests pass their own, so commands run in-process without touching global streams.
 */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Asks for a secret (a PIN) without showing what is typed. */
  readSecret?(question: string): Promise<string>;
  /** Structured log lines of long-running commands (serve); stderr by default. */
  readonly logger?: Logger;
}

/** Exit codes: 0 success, 1 the check found problems or the command failed, 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function processIo(): CliIo {
  return {
    out: (line) => {
      process.stdout.write(`${line}\n`);
    },
    err: (line) => {
      process.stderr.write(`${line}\n`);
    },
    env: process.env,
    readSecret: promptSecret,
  };
}
