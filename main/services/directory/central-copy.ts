import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { z } from 'zod';

import {
  centralSyncStatusSchema,
  CENTRAL_FORMATS,
  type CentralSyncStatus,
  type ServiceEntry,
} from '../../contract/index.js';
import { checkDirectory, directoryFileSchema } from '../config/directory-schema.js';
import type { Logger } from '../logger.js';
import { writeFileAtomic } from '../secrets/private-files.js';

/** The data folder's own place for the central directory: never the configuration folder. */
export const CENTRAL_FOLDER = 'directory-central';
const COPY_FILE = 'last-good.json';
const STATUS_FILE = 'status.json';

/** The last document that was valid as a whole, as the kiosk's own entries, and what it came with. */
export interface CentralCopy {
  /** The address it came from: its ETag is sent back only to that address. */
  readonly url: string;
  readonly format: (typeof CENTRAL_FORMATS)[number];
  readonly etag: string | null;
  readonly fetchedAt: string;
  readonly services: readonly ServiceEntry[];
}

const copyFileSchema = z.object({
  url: z.string(),
  format: z.enum(CENTRAL_FORMATS),
  etag: z.string().nullable(),
  fetchedAt: z.string(),
  services: z.array(z.unknown()),
});

/** What is remembered between starts about the attempts (the counts are worked out afresh). */
export type SyncRecord = Pick<
  CentralSyncStatus,
  'lastAttemptAt' | 'lastSyncedAt' | 'lastChangedAt' | 'outcome' | 'reason' | 'detail'
>;

export const NO_RECORD: SyncRecord = {
  lastAttemptAt: null,
  lastSyncedAt: null,
  lastChangedAt: null,
  outcome: null,
  reason: null,
  detail: null,
};

const recordSchema = centralSyncStatusSchema.pick({
  lastAttemptAt: true,
  lastSyncedAt: true,
  lastChangedAt: true,
  outcome: true,
  reason: true,
  detail: true,
});

export interface CentralStore {
  /** The copy in use; undefined before the first good document. */
  copy(): CentralCopy | undefined;
  record(): SyncRecord;
  /** Writes the copy (atomically) before it is used, so a restart finds what visitors saw. */
  replace(copy: CentralCopy): Promise<void>;
  /** Updates the copy's ETag and time without touching its entries (a 304). */
  keep(etag: string | null, at: string): Promise<void>;
  saveRecord(record: SyncRecord): Promise<void>;
}

/**
 * Reads the last good copy from the data folder. A copy that no longer passes today's schema (a
 * newer kiosk version, a damaged disk) is left aside, logged, and the kiosk waits for the source:
 * a bad copy must never reach visitors.
 */
export async function openCentralStore(dataDir: string, logger: Logger): Promise<CentralStore> {
  const folder = join(dataDir, CENTRAL_FOLDER);
  let copy = await readCopy(join(folder, COPY_FILE), logger);
  let record = await readRecord(join(folder, STATUS_FILE));

  async function writeJson(file: string, value: unknown): Promise<void> {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFileAtomic(join(folder, file), `${JSON.stringify(value, null, 1)}\n`);
  }

  return {
    copy: () => copy,
    record: () => record,
    async replace(next) {
      await writeJson(COPY_FILE, next);
      copy = next;
    },
    async keep(etag, at) {
      if (copy === undefined) return;
      const next = { ...copy, etag, fetchedAt: at };
      // The same ETag: nothing a restart needs has changed, so the (possibly large) copy is not rewritten.
      if (etag !== copy.etag) await writeJson(COPY_FILE, next);
      copy = next;
    },
    async saveRecord(next) {
      record = next;
      // The record is for staff: a disk that refuses it must not stop the copy from serving.
      await writeJson(STATUS_FILE, next).catch((error: unknown) => {
        logger.warn('central_status_not_saved', { error: error instanceof Error ? error.message : String(error) });
      });
    },
  };
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function readCopy(file: string, logger: Logger): Promise<CentralCopy | undefined> {
  try {
    const text = await readText(file);
    if (text === undefined) return undefined;
    const outer = copyFileSchema.safeParse(JSON.parse(text));
    if (!outer.success) throw new Error('not a central copy');
    const directory = directoryFileSchema.safeParse({ services: outer.data.services });
    if (!directory.success || checkDirectory(directory.data).length > 0) throw new Error('entries no longer valid');
    return { ...outer.data, services: directory.data.services };
  } catch (error) {
    logger.error('central_copy_unreadable', { error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/** The last attempts' record as on disk, for the daily check (which has the data folder, not the sync). */
export function readSyncRecord(dataDir: string): Promise<SyncRecord> {
  return readRecord(join(dataDir, CENTRAL_FOLDER, STATUS_FILE));
}

async function readRecord(file: string): Promise<SyncRecord> {
  try {
    const text = await readText(file);
    if (text === undefined) return NO_RECORD;
    const parsed = recordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : NO_RECORD;
  } catch {
    return NO_RECORD;
  }
}
