import { watch, type FSWatcher } from 'node:fs';

import type { ConfigIssue, ConfigStatus } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';

import { CONFIG_FILES } from './config-files.js';
import { EMPTY_DIRECTORY, type DirectoryConfig } from './directory-schema.js';
import { EMPTY_DIRECTORY_LOCAL, type DirectoryLocalConfig } from './directory-local-schema.js';
import { folderIssues, loadConfigFolder, withRolesChecked } from './load-config.js';
import { DEFAULT_KOBO, type KoboConfig } from './kobo-schema.js';
import { DEFAULT_OPERATIONS, type OperationsConfig } from './operations-schema.js';
import { DEFAULT_PATHWAYS, type PathwaysConfig } from './pathways-schema.js';
import type { PrintersConfig } from './printers-schema.js';
import { DEFAULT_REPORTS, type ReportsConfig } from './reports-schema.js';
import type { SiteConfig } from './site-schema.js';
import { DEFAULT_TOPICS, type TopicsConfig } from './topics-schema.js';

export interface ConfigService {
  status(): ConfigStatus;
  /** The last valid site.json, or undefined if it has never been valid ("out of service"). */
  site(): SiteConfig | undefined;
  /** The last valid directory.json; empty if it has never been valid. */
  directory(): DirectoryConfig;
  /** The last valid printers.json, or undefined if it has never been valid (no printer: slips are shown, not printed). */
  printers(): PrintersConfig | undefined;
  /** The last valid operations.json, or the built-in activity types until one has been valid. */
  operations(): OperationsConfig;
  /** The last valid reports.json, or the defaults. */
  reports(): ReportsConfig;
  /** The last valid kobo.json, or the defaults (no submission configured). */
  kobo(): KoboConfig;
  /** The last valid pathways.json, or the defaults (no pathway). */
  pathways(): PathwaysConfig;
  /** The last valid topics.json, or the defaults (no topic). */
  topics(): TopicsConfig;
  /** The last valid directory-local.json (closures and notices), or none. */
  directoryLocal(): DirectoryLocalConfig;
  /** Reads every file again now (the watcher calls this after a change settles). */
  reload(): Promise<ConfigStatus>;
  /** Stops watching; pending reloads are dropped. */
  close(): void;
}

export interface ConfigServiceOptions {
  readonly dir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly watch: boolean;
  /** Called after every reload, including the first, with the new status. */
  readonly onChange: (status: ConfigStatus) => void;
  /** Quiet time after the last change before reloading (editors write in several steps). */
  readonly debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 250;
const WATCHED_FILES: ReadonlySet<string> = new Set(CONFIG_FILES.map((spec) => spec.file));

/**
 * Loads the configuration folder and keeps it current. An invalid file never blanks the kiosk: the
 * last version of that file that was valid keeps serving (state `degraded`) and the issues say
 * what is wrong. Only a site.json that has never been valid makes the kiosk `unavailable`.
 */
export async function createConfigService(options: ConfigServiceOptions): Promise<ConfigService> {
  const { dir, clock, logger, onChange } = options;
  let site: SiteConfig | undefined;
  let directory: DirectoryConfig | undefined;
  let printers: PrintersConfig | undefined;
  let operations: OperationsConfig | undefined;
  let reports: ReportsConfig | undefined;
  let kobo: KoboConfig | undefined;
  let pathways: PathwaysConfig | undefined;
  let topics: TopicsConfig | undefined;
  let directoryLocal: DirectoryLocalConfig | undefined;
  let issues: readonly ConfigIssue[] = [];
  let loadedAt: string | null = null;
  let closed = false;

  const status = (): ConfigStatus => ({
    state: site === undefined ? 'unavailable' : issues.length > 0 ? 'degraded' : 'ok',
    loadedAt,
    issues: issues.map((issue) => ({ ...issue })),
  });

  async function loadOnce(): Promise<void> {
    const loaded = await loadConfigFolder(dir);
    // While operations.json is invalid its last good version serves: the roles must match that one.
    const folder = loaded.operations.ok ? loaded : { ...loaded, reports: withRolesChecked(loaded.reports, operations) };
    if (folder.site.ok) site = folder.site.value;
    if (folder.directory.ok) directory = folder.directory.value;
    if (folder.printers.ok) printers = folder.printers.value;
    if (folder.operations.ok) operations = folder.operations.value;
    if (folder.reports.ok) reports = folder.reports.value;
    if (folder.kobo.ok) kobo = folder.kobo.value;
    if (folder.pathways.ok) pathways = folder.pathways.value;
    if (folder.topics.ok) topics = folder.topics.value;
    if (folder.directoryLocal.ok) directoryLocal = folder.directoryLocal.value;
    issues = folderIssues(folder);
    if (issues.length === 0) loadedAt = clock.now().toISOString();
    for (const issue of issues) logger.warn('config_issue', { file: issue.file, path: issue.path, code: issue.code });
    const current = status();
    logger.info('config_loaded', { state: current.state, issues: issues.length });
    onChange(current);
  }

  // One reload at a time. A change noticed during a reload asks for one more pass afterwards, so
  // the last write always gets read, however the events interleave.
  let running: Promise<void> | undefined;
  let again = false;
  // A function, not the bare variable, so the loop condition re-reads what other calls set meanwhile.
  const askedAgain = (): boolean => again && !closed;
  function reload(): Promise<ConfigStatus> {
    if (running !== undefined) {
      again = true;
      return running.then(status);
    }
    running = (async () => {
      do {
        again = false;
        await loadOnce().catch((error: unknown) => {
          logger.error('config_reload_failed', { error: error instanceof Error ? error.message : String(error) });
        });
      } while (askedAgain());
    })().finally(() => {
      running = undefined;
    });
    return running.then(status);
  }

  await reload();

  // The folder is watched, not the files: editors that save by writing a temporary file and
  // renaming it over the original replace the file's inode, which a per-file watch would lose.
  let watcher: FSWatcher | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (options.watch) {
    try {
      watcher = watch(dir, { persistent: false }, (_event, filename) => {
        if (closed || (filename !== null && !WATCHED_FILES.has(filename))) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          void reload();
        }, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
      });
      watcher.on('error', (error) => {
        logger.warn('config_watch_failed', { error: error.message });
      });
    } catch (error) {
      logger.warn('config_watch_unavailable', { error: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    status,
    site: () => site,
    directory: () => directory ?? EMPTY_DIRECTORY,
    printers: () => printers,
    operations: () => operations ?? DEFAULT_OPERATIONS,
    reports: () => reports ?? DEFAULT_REPORTS,
    kobo: () => kobo ?? DEFAULT_KOBO,
    pathways: () => pathways ?? DEFAULT_PATHWAYS,
    topics: () => topics ?? DEFAULT_TOPICS,
    directoryLocal: () => directoryLocal ?? EMPTY_DIRECTORY_LOCAL,
    reload,
    close: () => {
      closed = true;
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
