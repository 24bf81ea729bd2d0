import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';

import { err, ok, type ErrorCode, type Result } from '../../contract/index.js';

/** The file operations a report write uses; tests may give a disk that fails like a full one. */
export type ReportFs = Pick<typeof fsPromises, 'open' | 'rename' | 'unlink' | 'stat'>;

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST']);

export function fileErrorCode(error: unknown): ErrorCode {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (FULL.has(code)) return 'STORAGE_FULL';
  if (NOT_WRITABLE.has(code)) return 'NOT_WRITABLE';
  return 'INTERNAL';
}

async function exists(fs: ReportFs, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** `name.xlsx`, or `name-2.xlsx`, … : an earlier report on the drive is never overwritten. */
async function freeName(fs: ReportFs, dir: string, fileName: string): Promise<string> {
  const dot = fileName.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  let name = fileName;
  for (let n = 2; await exists(fs, join(dir, name)); n += 1) name = `${stem}-${n}${ext}`;
  return name;
}

/**
 * Writes a file so that it either appears whole or not at all: a temporary file in the same
 * folder (same filesystem, so the rename is atomic), flushed to the device, then renamed. A full
 * disk or a drive pulled out mid-write leaves no partial report behind.
 */
export async function writeFileAtomically(
  dir: string,
  fileName: string,
  bytes: Uint8Array,
  fs: ReportFs = fsPromises,
  /** Replace a file of that name (a name given on purpose, as on the command line). */
  replace = false,
): Promise<Result<{ path: string; fileName: string }>> {
  try {
    const info = await fs.stat(dir);
    if (!info.isDirectory()) return err('NOT_WRITABLE', `${dir} is not a folder`);
  } catch (error) {
    return err(fileErrorCode(error), `${dir}: ${(error as Error).message}`);
  }
  let temp: string | undefined;
  try {
    const name = replace ? fileName : await freeName(fs, dir, fileName);
    temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.part`);
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const path = join(dir, name);
    await fs.rename(temp, path);
    temp = undefined;
    return ok({ path, fileName: name });
  } catch (error) {
    if (temp !== undefined) await fs.unlink(temp).catch(() => undefined);
    return err(fileErrorCode(error), (error as Error).message);
  }
}
