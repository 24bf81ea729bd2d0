import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The data folder holds the database, the staff accounts and the machine key: only the kiosk's own
 * account may enter it (0700) or read its files (0600). On Windows the modes are mostly ignored;
 * the folder sits in the kiosk account's own profile there.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // mkdir leaves an existing folder as it was (and the umask trims the mode): set it either way.
  await chmod(dir, PRIVATE_DIR_MODE);
}

/** Sets 0600 on files that exist; a file that does not (yet) is not an error. */
export async function restrictFiles(files: readonly string[]): Promise<void> {
  await Promise.all(files.map((file) => chmod(file, PRIVATE_FILE_MODE).catch(() => undefined)));
}

/**
 * Replaces `file` so that a reader sees the old content or the new one, never half of either, and
 * a power cut after the call keeps the new one: write a temporary file beside it, flush it, rename
 * it over the old one, flush the folder.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(file), `.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    // An administrator running `sudo kioskctl …` must not leave a file the kiosk's own account
    // cannot read: the file belongs to whoever owns the folder.
    if (process.getuid?.() === 0) {
      const folder = await stat(dirname(file));
      if (folder.uid !== 0) await handle.chown(folder.uid, folder.gid);
    }
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDir(dirname(file));
}

async function syncDir(dir: string): Promise<void> {
  // Windows cannot open a folder for flushing; the rename is durable enough there.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Sets 0600 on every file of the data folder (the database and its -wal/-shm, damaged copies moved
 * aside, exports): files created before this version, or by a process with a looser umask.
 */
export async function restrictDataFiles(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
  await restrictFiles(entries.filter((entry) => entry.isFile()).map((entry) => join(dataDir, entry.name)));
}
