// Reads a PDF back with poppler's pdftotext (installed here and in CI), as a person's viewer would.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { tempDir } from '../services/temp-dirs.js';

const run = promisify(execFile);

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const file = join(await tempDir('kiosk-pdf-'), 'report.pdf');
  await writeFile(file, bytes);
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { timeout: 30_000 });
  return stdout;
}
