import { randomInt, timingSafeEqual } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import { SETUP_CODE_FILE } from '../../contract/index.js';
import { writeFileAtomic } from '../secrets/private-files.js';

export { SETUP_CODE_FILE };

/**
 * The one-time code that lets the first supervisor be created on screen, for sites whose
 * administrator has no terminal on the kiosk. It is written to an owner-only file in the data
 * folder (readable by the kiosk's account and the machine's administrators, never shown on screen)
 * and deleted once used. Twelve digits typed on the PIN pad, with the PIN lockout on wrong tries:
 * guessing it from the screen is hopeless.
 */
const DIGITS = 12;

export function setupCodePath(dataDir: string): string {
  return join(dataDir, SETUP_CODE_FILE);
}

export function newSetupCode(): string {
  return Array.from({ length: DIGITS }, () => String(randomInt(10))).join('');
}

/** How the file reads to a person: the code in groups of four, and what to do with it. */
function fileText(code: string): string {
  const grouped = code.replace(/(\d{4})(?=\d)/g, '$1 ');
  return `${grouped}\n\nOne-time code to create the first supervisor on the kiosk's screen.\nIt works once; delete this file if you provision staff with "kioskctl staff add" instead.\n`;
}

export async function readSetupCode(dataDir: string): Promise<string | undefined> {
  try {
    const text = await readFile(setupCodePath(dataDir), 'utf8');
    const digits = (text.split('\n')[0] ?? '').replace(/\s/g, '');
    return /^\d{12}$/.test(digits) ? digits : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a new code (replacing any other) and answers it. */
export async function writeSetupCode(dataDir: string): Promise<string> {
  const code = newSetupCode();
  await writeFileAtomic(setupCodePath(dataDir), fileText(code));
  return code;
}

export async function removeSetupCode(dataDir: string): Promise<void> {
  await unlink(setupCodePath(dataDir)).catch(() => undefined);
}

export function codesMatch(typed: string, expected: string): boolean {
  const a = Buffer.from(typed);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
