// What `kioskctl` prints, kept line by line so a test can read it: the CLI's io with a memory
// logger, as the real entry point gives it a file logger.
import type { CliIo } from '../../main/cli/cli-io.js';
import { createMemoryLogger } from '../../main/services/logger.js';

export interface CapturedCli {
  readonly io: CliIo;
  readonly out: string[];
  readonly err: string[];
}

export function captureCli(): CapturedCli {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (line) => out.push(line), err: (line) => err.push(line), env: {}, logger: createMemoryLogger() },
  };
}
