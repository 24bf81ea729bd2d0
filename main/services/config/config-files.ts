import type { z } from 'zod';

import {
  checkDirectoryLocal,
  directoryLocalFileSchema,
  EMPTY_DIRECTORY_LOCAL,
  type DirectoryLocalConfig,
} from './directory-local-schema.js';
import { checkDirectory, directoryFileSchema, type DirectoryConfig } from './directory-schema.js';
import type { FieldProblem } from './field-problem.js';
import { checkKobo, DEFAULT_KOBO, koboFileSchema, type KoboConfig } from './kobo-schema.js';
import { checkOperations, operationsFileSchema, type OperationsConfig } from './operations-schema.js';
import { checkPathways, DEFAULT_PATHWAYS, pathwaysFileSchema, type PathwaysConfig } from './pathways-schema.js';
import { checkPrinters, printersFileSchema, type PrintersConfig } from './printers-schema.js';
import { checkReports, DEFAULT_REPORTS, reportsFileSchema, type ReportsConfig } from './reports-schema.js';
import { checkSite, siteFileSchema, type SiteConfig } from './site-schema.js';
import { checkTopics, DEFAULT_TOPICS, topicsFileSchema, type TopicsConfig } from './topics-schema.js';

/** One file of `kiosk-config/`: its name, its schema, and the checks that span several fields. */
export interface ConfigFileSpec<T> {
  /** Name inside the configuration folder, as issues and the watcher see it. */
  readonly file: string;
  /** Base name of the generated JSON Schema: `schema/<schemaName>.schema.json`. */
  readonly schemaName: string;
  readonly schema: z.ZodType<T>;
  check(value: T): FieldProblem[];
  /**
   * For files a site may leave out: the value used while the file does not exist. A missing file
   * is then no issue; a present but invalid one still is.
   */
  readonly whenMissing?: T;
}

export const siteFile: ConfigFileSpec<SiteConfig> = {
  file: 'site.json',
  schemaName: 'site',
  schema: siteFileSchema,
  check: checkSite,
};

export const directoryFile: ConfigFileSpec<DirectoryConfig> = {
  file: 'directory.json',
  schemaName: 'directory',
  schema: directoryFileSchema,
  check: checkDirectory,
};

/** Optional: without it nothing is closed and no notice shows. */
export const directoryLocalFile: ConfigFileSpec<DirectoryLocalConfig> = {
  file: 'directory-local.json',
  schemaName: 'directory-local',
  schema: directoryLocalFileSchema,
  check: checkDirectoryLocal,
  whenMissing: EMPTY_DIRECTORY_LOCAL,
};

export const printersFile: ConfigFileSpec<PrintersConfig> = {
  file: 'printers.json',
  schemaName: 'printers',
  schema: printersFileSchema,
  check: checkPrinters,
};

export const operationsFile: ConfigFileSpec<OperationsConfig> = {
  file: 'operations.json',
  schemaName: 'operations',
  schema: operationsFileSchema,
  check: checkOperations,
};

export const reportsFile: ConfigFileSpec<ReportsConfig> = {
  file: 'reports.json',
  schemaName: 'reports',
  schema: reportsFileSchema,
  check: checkReports,
  whenMissing: DEFAULT_REPORTS,
};

export const koboFile: ConfigFileSpec<KoboConfig> = {
  file: 'kobo.json',
  schemaName: 'kobo',
  schema: koboFileSchema,
  check: checkKobo,
  whenMissing: DEFAULT_KOBO,
};

export const pathwaysFile: ConfigFileSpec<PathwaysConfig> = {
  file: 'pathways.json',
  schemaName: 'pathways',
  schema: pathwaysFileSchema,
  check: checkPathways,
  whenMissing: DEFAULT_PATHWAYS,
};

export const topicsFile: ConfigFileSpec<TopicsConfig> = {
  file: 'topics.json',
  schemaName: 'topics',
  schema: topicsFileSchema,
  check: checkTopics,
  whenMissing: DEFAULT_TOPICS,
};

/** Every configuration file. */
export const CONFIG_FILES = [
  siteFile,
  directoryFile,
  printersFile,
  operationsFile,
  reportsFile,
  koboFile,
  pathwaysFile,
  topicsFile,
  directoryLocalFile,
] as const;
