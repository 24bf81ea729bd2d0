import type { z } from 'zod';

import { checkDirectory, directoryFileSchema, type DirectoryConfig } from './directory-schema.js';
import type { FieldProblem } from './field-problem.js';
import { checkOperations, operationsFileSchema, type OperationsConfig } from './operations-schema.js';
import { checkPrinters, printersFileSchema, type PrintersConfig } from './printers-schema.js';
import { checkSite, siteFileSchema, type SiteConfig } from './site-schema.js';

/** One file of `kiosk-config/`: its name, its schema, and the checks that span several fields. */
export interface ConfigFileSpec<T> {
  /** Name inside the configuration folder, as issues and the watcher see it. */
  readonly file: string;
  /** Base name of the generated JSON Schema: `schema/<schemaName>.schema.json`. */
  readonly schemaName: string;
  readonly schema: z.ZodType<T>;
  check(value: T): FieldProblem[];
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

/** Every configuration file; later features (checklist, indicators) add theirs here. */
export const CONFIG_FILES = [siteFile, directoryFile, printersFile, operationsFile] as const;
