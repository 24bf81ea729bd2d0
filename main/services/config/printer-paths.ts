import { posix } from 'node:path';

/**
 * Where a configuration may point the printer. The configuration folder may be editable by more
 * people than the kiosk's data, so a path in it must not reach files the kiosk never meant to
 * write: `/dev/../etc/shadow` or a preview file `../../home/…/.bashrc`.
 */

const WINDOWS_COM = /^(?:\\\\\.\\)?COM([1-9][0-9]{0,2})$/i;

/**
 * A serial port as the kiosk opens it: `COMn` on Windows (also written `\\.\COMn`), or a device
 * under `/dev/` with `.` and `..` resolved. Undefined for anything else.
 */
export function normaliseSerialPath(path: string): string | undefined {
  const com = WINDOWS_COM.exec(path);
  if (com !== null) return `COM${String(Number(com[1]))}`;
  if (!path.startsWith('/') || path.includes('\0')) return undefined;
  const normal = posix.normalize(path);
  return normal.startsWith('/dev/') && normal.length > '/dev/'.length ? normal : undefined;
}

export const SERIAL_PATH_RULE = 'expected a device under /dev/ (like /dev/ttyUSB0) or a Windows port like COM3';

const ABSOLUTE = /^(?:[\\/]|[A-Za-z]:)/;

/**
 * A preview file is written inside the data folder: the path must be relative and may not climb
 * out with `..`. Undefined when it is acceptable, else why not.
 */
export function previewFileProblem(file: string): string | undefined {
  if (ABSOLUTE.test(file) || file.includes('\0')) return 'must be a path inside the data folder, not an absolute path';
  if (file.split(/[\\/]/).includes('..')) return 'must stay inside the data folder: ".." is not allowed';
  return undefined;
}
