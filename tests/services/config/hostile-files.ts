// Configuration files that must be refused, written as real files into a sample copy.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Re-saves a file as Windows-1252 ("ANSI" in Notepad): é becomes the single byte 0xE9. */
export async function saveAsWindows1252(dir: string, file: string): Promise<void> {
  const text = await readFile(join(dir, file), 'utf8');
  await writeFile(join(dir, file), Buffer.from(text, 'latin1'));
}

/** The line of the first non-ASCII character: where a Windows-1252 copy first breaks UTF-8. */
export async function firstNonAsciiLine(dir: string, file: string): Promise<number> {
  const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
  const index = lines.findIndex((line) => /[^ -~\t\r]/u.test(line));
  if (index < 0) throw new Error(`${file} has no non-ASCII character to break`);
  return index + 1;
}

/** About 5,000 unclosed "[" in a 5 KB file: it once overflowed the validator's stack. */
export const UNCLOSED_BRACKETS = `{\n  "services": ${'['.repeat(5000)}\n`;
