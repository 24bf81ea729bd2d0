import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { OperatorRole } from '../../main/contract/index.js';

import { REPO_ROOT } from './kiosk-host.js';

export interface StaffAccountSpec {
  readonly role: OperatorRole;
  readonly name: string;
  readonly pin: string;
}

/**
 * Adds a staff account the way an administrator does on the kiosk's machine, before the kiosk
 * starts: `kioskctl staff add`, the PIN written twice on standard input (one line per prompt
 * when it is not a terminal).
 */
export async function provisionStaff(dataDir: string, { role, name, pin }: StaffAccountSpec): Promise<void> {
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'bin', 'kioskctl.js'), 'staff', 'add', '--role', role, '--name', name, '--data', dataDir],
    { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stdin.end(`${pin}\n${pin}\n`);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`kioskctl staff add ${role} "${name}" exited with ${String(code)}:\n${output}`);
}

export const SETUP_CODE_FILE = 'staff-setup-code.txt';

/** The one-time code as the administrator reads it: the file's first line, digits in groups. */
export async function readSetupCode(dataDir: string): Promise<string> {
  const text = await readFile(join(dataDir, SETUP_CODE_FILE), 'utf8');
  const code = (text.split('\n')[0] ?? '').replace(/\s/g, '');
  if (!/^\d{12}$/.test(code)) throw new Error(`${SETUP_CODE_FILE} does not start with a 12-digit code: ${text}`);
  return code;
}
