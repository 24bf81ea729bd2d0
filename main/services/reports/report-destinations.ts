import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';

import type { ReportDestination } from '../../contract/index.js';

export interface DestinationOptions {
  /** The kiosk's own exports folder (in its data folder), always offered. */
  readonly localDir: string;
  /** Folders whose sub-folders are mounted drives; default: /media/<user> and /run/media/<user>. */
  readonly mediaRoots?: readonly string[];
  /** Look for Windows drive letters D: to Z:; default: on Windows. */
  readonly windowsDrives?: boolean;
}

function defaultMediaRoots(): string[] {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No user name (a container without /etc/passwd): only the kiosk's own folder is offered.
  }
  return user === '' ? [] : [join('/media', user), join('/run/media', user)];
}

const idFor = (label: string): string =>
  `drive-${
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'usb'
  }`;

/**
 * Where a supervisor can save a report: the removable drives mounted now (desktop Linux mounts
 * them under /media/<user>/<label> or /run/media/<user>/<label>; Windows gives them a letter),
 * then the kiosk's own exports folder. Read again at each call: drives come and go.
 */
export async function listDestinations(options: DestinationOptions): Promise<ReportDestination[]> {
  const found: ReportDestination[] = [];
  const taken = new Set<string>(['local']);
  const add = (label: string, path: string): void => {
    let id = idFor(label);
    for (let n = 2; taken.has(id); n += 1) id = `${idFor(label).slice(0, 60)}-${n}`;
    taken.add(id);
    found.push({ id, kind: 'removable', label, path });
  };
  for (const root of options.mediaRoots ?? defaultMediaRoots()) {
    const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) add(entry.name, join(root, entry.name));
    }
  }
  if (options.windowsDrives ?? process.platform === 'win32') {
    for (let code = 'D'.charCodeAt(0); code <= 'Z'.charCodeAt(0); code += 1) {
      const letter = `${String.fromCharCode(code)}:`;
      if (existsSync(`${letter}\\`)) add(letter, `${letter}\\`);
    }
  }
  found.push({ id: 'local', kind: 'local', label: 'exports', path: options.localDir });
  return found;
}

/** The destination's folder, the kiosk's own one created on first use. */
export async function destinationDir(destination: ReportDestination): Promise<string> {
  if (destination.kind === 'local') await mkdir(destination.path, { recursive: true });
  return destination.path;
}
