import { copyFile, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Previous versions of `directory.json` and `directory-local.json`, kept beside them in
 * `directory-history/` so a supervisor can undo a wrong edit from the kiosk and an administrator
 * can find them with a file manager. A copy is taken before each save; the oldest go.
 */
export const HISTORY_DIR = 'directory-history';
export const HISTORY_KEEP = 10;

export interface HistoryCopy {
  /** File name inside the history folder: `<stamp>--<file>`, sortable by time. */
  readonly id: string;
  /** Which configuration file it is a copy of. */
  readonly file: 'directory.json' | 'directory-local.json';
  readonly savedAt: string;
}

const COPY_NAME = /^(\d{8}T\d{9}Z)-(\d{3})--(directory(?:-local)?\.json)$/;

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

function parseCopy(name: string): HistoryCopy | undefined {
  const match = COPY_NAME.exec(name);
  if (match === null) return undefined;
  const [, when = '', , file = ''] = match;
  const savedAt = `${when.slice(0, 4)}-${when.slice(4, 6)}-${when.slice(6, 8)}T${when.slice(9, 11)}:${when.slice(11, 13)}:${when.slice(13, 15)}.${when.slice(15, 18)}Z`;
  return { id: name, file: file === 'directory.json' ? file : 'directory-local.json', savedAt };
}

/** Newest first. */
export async function listHistory(configDir: string): Promise<HistoryCopy[]> {
  const names = await readdir(join(configDir, HISTORY_DIR)).catch(() => [] as string[]);
  return names
    .map(parseCopy)
    .filter((copy): copy is HistoryCopy => copy !== undefined)
    .sort((a, b) => (a.id < b.id ? 1 : -1));
}

/** Copies the current file (if any) into the history and trims that file's copies to the limit. */
export async function keepCopy(configDir: string, file: string, at: Date): Promise<void> {
  const folder = join(configDir, HISTORY_DIR);
  await mkdir(folder, { recursive: true });
  const existing = await listHistory(configDir);
  // Saves within one millisecond (a fake clock in tests) still get distinct names, in order.
  const prefix = `${stamp(at)}-`;
  const sequence = existing
    .filter((copy) => copy.id.startsWith(prefix))
    .reduce((next, copy) => Math.max(next, Number(copy.id.slice(prefix.length, prefix.length + 3)) + 1), 0);
  const name = `${prefix}${String(Math.min(sequence, 999)).padStart(3, '0')}--${file}`;
  try {
    await copyFile(join(configDir, file), join(folder, name));
  } catch (error) {
    // Nothing to keep before the first save of an optional file.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return;
  }
  const ofFile = (await listHistory(configDir)).filter((copy) => copy.file === file);
  await Promise.all(ofFile.slice(HISTORY_KEEP).map((copy) => unlink(join(folder, copy.id))));
}

export async function readCopy(configDir: string, id: string): Promise<{ file: string; text: string } | undefined> {
  const copy = parseCopy(id);
  if (copy === undefined) return undefined;
  const text = await readFile(join(configDir, HISTORY_DIR, copy.id), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : { file: copy.file, text };
}
