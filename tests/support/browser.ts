// How tests and benchmarks launch Chromium: CHROMIUM_PATH, then the system Chromium, then
// Playwright's own browser (machines with internet can install it with `npx playwright install`).
import { existsSync } from 'node:fs';

import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

/** Flags for a closed network (Chromium otherwise stalls on update and sync requests). */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-gpu',
    '--disable-sync',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable();
  return executablePath === undefined ? { args: chromiumArgs() } : { executablePath, args: chromiumArgs() };
}
