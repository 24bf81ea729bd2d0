import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  isoDay,
  serviceEntrySchema,
  type ClosureReason,
  type DirectoryFieldProblem,
  type EditableServiceField,
  type OperatorRole,
  type ServiceEntry,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { directoryFile, directoryLocalFile, type ConfigFileSpec, type ConfigService } from '../config/index.js';
import { writeFileAtomic } from '../secrets/private-files.js';

import { keepCopy, listHistory, readCopy, type HistoryCopy } from './directory-history.js';
import { zodToFieldProblems } from './directory-problems.js';

/** Who saves: the staff account's name goes to the audit log, as with every staff action. */
export interface Steward {
  readonly name: string;
  /** Null for the administrator's command line (`kioskctl`), which has no staff role. */
  readonly role: OperatorRole | null;
}

export interface DirectoryAuditEvent {
  readonly kind: 'directory_edited' | 'directory_restored';
  readonly actor: string;
  readonly role: Steward['role'];
  /** Machine words only: the action, the service id (checked against the file) and field names. */
  readonly detail: string;
}

export type StewardshipOutcome =
  { readonly ok: true } | { readonly ok: false; readonly problems: readonly DirectoryFieldProblem[] };

export interface DirectoryStewardshipDeps {
  readonly configDir: string;
  readonly config: ConfigService;
  readonly clock: Clock;
  readonly audit: (event: DirectoryAuditEvent) => Promise<void>;
  /**
   * The central entry with this id, when a central source is in use. Changing an entry that only
   * the central copy has puts a copy of it in `directory.json`, which from then on takes the
   * central entry's place (docs/directory.md, "The central source").
   */
  readonly centralEntry?: ((serviceId: string) => ServiceEntry | undefined) | undefined;
}

export interface DirectoryStewardship {
  closeService(by: Steward, serviceId: string, reason: ClosureReason, until: string): Promise<StewardshipOutcome>;
  reopenService(by: Steward, serviceId: string): Promise<StewardshipOutcome>;
  setNotice(by: Steward, serviceId: string, text: unknown, until: string): Promise<StewardshipOutcome>;
  clearNotice(by: Steward, serviceId: string): Promise<StewardshipOutcome>;
  editService(
    by: Steward,
    serviceId: string,
    fields: Partial<Record<EditableServiceField, unknown>>,
  ): Promise<StewardshipOutcome>;
  markVerified(by: Steward, serviceId: string): Promise<StewardshipOutcome>;
  history(): Promise<HistoryCopy[]>;
  restore(by: Steward, copyId: string): Promise<StewardshipOutcome>;
  /**
   * Puts a whole list of entries in place of the file's (an import), keeping everything else the
   * file holds. Checked, kept, written, reloaded and audited like every other save.
   */
  replaceServices(by: Steward, services: readonly unknown[], what: string): Promise<StewardshipOutcome>;
}

type RawObject = Record<string, unknown>;

const refused = (field: string, code: DirectoryFieldProblem['code']): StewardshipOutcome => ({
  ok: false,
  problems: [{ field, code }],
});

function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Staff keep the directory true from the kiosk. Each save reads the file as it is on disk, changes
 * one entry, checks the whole file with the very schema and checks `kioskctl config validate`
 * uses, keeps a copy of the previous version, writes atomically, reloads the configuration (the
 * next visitor sees it) and audits who changed what. Saves run one at a time.
 */
export function createDirectoryStewardship(deps: DirectoryStewardshipDeps): DirectoryStewardship {
  const { configDir, config, clock, audit } = deps;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const today = (): string => isoDay(clock.now(), config.site()?.timezone ?? 'UTC');

  async function readRaw<T>(spec: ConfigFileSpec<T>): Promise<RawObject> {
    let text: string;
    try {
      text = await readFile(join(configDir, spec.file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && spec.whenMissing !== undefined) return {};
      throw error;
    }
    const parsed: unknown = JSON.parse(text);
    if (!isObject(parsed)) throw new Error(`${spec.file} is not a JSON object`);
    return parsed;
  }

  /** Validates like the loader does, then keeps a copy, writes, reloads. */
  async function save<T>(spec: ConfigFileSpec<T>, raw: RawObject, prefix: string): Promise<StewardshipOutcome> {
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) return { ok: false, problems: zodToFieldProblems(parsed.error.issues, prefix) };
    const problems = spec.check(parsed.data);
    if (problems.length > 0) {
      return {
        ok: false,
        problems: problems.map((problem) => ({
          field: problem.path.map(String).join('.'),
          code: problem.path.includes('openingHours') ? 'hours_overlap' : 'invalid',
        })),
      };
    }
    await keepCopy(configDir, spec.file, clock.now());
    await writeFileAtomic(join(configDir, spec.file), `${JSON.stringify(raw, null, 2)}\n`);
    await config.reload();
    return { ok: true };
  }

  const knows = (serviceId: string): boolean => config.directory().services.some((s) => s.id === serviceId);

  async function changeLocal(
    by: Steward,
    serviceId: string,
    action: string,
    change: (local: { closures: RawObject[]; notices: RawObject[] }) => void,
  ): Promise<StewardshipOutcome> {
    if (!knows(serviceId)) return refused('serviceId', 'unknown_service');
    const raw = await readRaw(directoryLocalFile);
    const closures = Array.isArray(raw.closures) ? (raw.closures as RawObject[]) : [];
    const notices = Array.isArray(raw.notices) ? (raw.notices as RawObject[]) : [];
    const local = { closures, notices };
    change(local);
    const next = { ...raw, closures: local.closures, notices: local.notices };
    const outcome = await save(directoryLocalFile, next, '');
    if (outcome.ok)
      await audit({ kind: 'directory_edited', actor: by.name, role: by.role, detail: `${action} ${serviceId}` });
    return outcome;
  }

  async function changeEntry(
    by: Steward,
    serviceId: string,
    action: string,
    change: (entry: RawObject) => void,
  ): Promise<StewardshipOutcome> {
    const raw = await readRaw(directoryFile);
    const services = Array.isArray(raw.services) ? (raw.services as unknown[]) : [];
    const index = services.findIndex((entry) => isObject(entry) && entry.id === serviceId);
    const fromCentral = index < 0 ? deps.centralEntry?.(serviceId) : undefined;
    const current = fromCentral ?? services[index];
    if (!isObject(current)) return refused('serviceId', 'unknown_service');
    // A structured copy: the central entry in memory is shared and must not change under visitors.
    const entry = structuredClone(current);
    change(entry);
    // The entry first, on its own, so problems name fields of the entry ("phones.0.number").
    const alone = serviceEntrySchema.safeParse(entry);
    if (!alone.success) return { ok: false, problems: zodToFieldProblems(alone.error.issues) };
    const next = {
      ...raw,
      services: index < 0 ? [...services, entry] : services.map((item, at) => (at === index ? entry : item)),
    };
    const outcome = await save(directoryFile, next, '');
    if (outcome.ok)
      await audit({ kind: 'directory_edited', actor: by.name, role: by.role, detail: `${action} ${serviceId}` });
    return outcome;
  }

  return {
    closeService: (by, serviceId, reason, until) =>
      serial(() => {
        if (until < today()) return Promise.resolve(refused('until', 'in_past'));
        return changeLocal(by, serviceId, `close(${reason},${until})`, (local) => {
          local.closures = [...local.closures.filter((c) => c.serviceId !== serviceId), { serviceId, reason, until }];
        });
      }),
    reopenService: (by, serviceId) =>
      serial(() =>
        changeLocal(by, serviceId, 'reopen', (local) => {
          local.closures = local.closures.filter((c) => c.serviceId !== serviceId);
        }),
      ),
    setNotice: (by, serviceId, text, until) =>
      serial(() => {
        if (until < today()) return Promise.resolve(refused('until', 'in_past'));
        const notice: RawObject = { serviceId, text, until };
        return changeLocal(by, serviceId, `notice(${until})`, (local) => {
          local.notices = [...local.notices.filter((n) => n.serviceId !== serviceId), notice];
        }).then((outcome) => (outcome.ok ? outcome : { ok: false, problems: onlyNoticeFields(outcome.problems) }));
      }),
    clearNotice: (by, serviceId) =>
      serial(() =>
        changeLocal(by, serviceId, 'notice_removed', (local) => {
          local.notices = local.notices.filter((n) => n.serviceId !== serviceId);
        }),
      ),
    editService: (by, serviceId, fields) =>
      serial(() => {
        const names = Object.keys(fields).sort();
        if (names.length === 0) return Promise.resolve({ ok: true } as const);
        return changeEntry(by, serviceId, `edit(${names.join(',')})`, (entry) => {
          for (const name of names) {
            const value = (fields as RawObject)[name];
            // An optional field left empty is removed, not saved as an empty text.
            if (value === undefined || value === null) Reflect.deleteProperty(entry, name);
            else entry[name] = value;
          }
        });
      }),
    markVerified: (by, serviceId) =>
      serial(() =>
        changeEntry(by, serviceId, 'verified', (entry) => {
          entry.verifiedOn = today();
        }),
      ),
    history: () => listHistory(configDir),
    replaceServices: (by, services, what) =>
      serial(async () => {
        const raw = await readRaw(directoryFile);
        const outcome = await save(directoryFile, { ...raw, services: [...services] }, '');
        if (outcome.ok) {
          await audit({ kind: 'directory_edited', actor: by.name, role: by.role, detail: `import(${what})` });
        }
        return outcome;
      }),
    restore: (by, copyId) =>
      serial(async () => {
        const copy = await readCopy(configDir, copyId);
        if (copy === undefined) return refused('copy', 'invalid');
        const spec = (copy.file === directoryFile.file ? directoryFile : directoryLocalFile) as ConfigFileSpec<unknown>;
        let raw: unknown;
        try {
          raw = JSON.parse(copy.text);
        } catch {
          return refused('copy', 'invalid');
        }
        if (!isObject(raw)) return refused('copy', 'invalid');
        const outcome = await save(spec, raw, '');
        if (outcome.ok) {
          await audit({ kind: 'directory_restored', actor: by.name, role: by.role, detail: `restore ${copy.file}` });
        }
        return outcome;
      }),
  };
}

/** A notice's problems come back as paths inside the file (`notices.3.text.ht`): keep `text.ht`. */
function onlyNoticeFields(problems: readonly DirectoryFieldProblem[]): DirectoryFieldProblem[] {
  return problems.map((problem) => ({ ...problem, field: problem.field.replace(/^notices\.\d+\./, '') }));
}
