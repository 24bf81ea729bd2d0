import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { ConfigIssue } from '../../contract/index.js';

import {
  directoryFile,
  directoryLocalFile,
  koboFile,
  operationsFile,
  pathwaysFile,
  printersFile,
  reportsFile,
  siteFile,
  topicsFile,
  type ConfigFileSpec,
} from './config-files.js';
import type { DirectoryConfig } from './directory-schema.js';
import type { DirectoryLocalConfig } from './directory-local-schema.js';
import { decodeConfigBytes } from './config-bytes.js';
import { problemsToConfigIssues, zodIssuesToConfigIssues } from './issues.js';
import { findExcessiveNesting, MAX_CONFIG_DEPTH } from './json-depth.js';
import { lineAndColumn, parseJsonText } from './json-text.js';
import type { KoboConfig } from './kobo-schema.js';
import type { OperationsConfig } from './operations-schema.js';
import { checkPathwaysAgainstDirectory, type PathwaysConfig } from './pathways-schema.js';
import type { PrintersConfig } from './printers-schema.js';
import { checkReportsAgainstOperations, type ReportsConfig } from './reports-schema.js';
import type { SiteConfig } from './site-schema.js';
import { checkTopicsAgainstDirectory, type TopicsConfig } from './topics-schema.js';

export type FileOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Reads, parses and validates one file; every way it can fail becomes a `ConfigIssue`. */
export async function loadConfigFile<T>(dir: string, spec: ConfigFileSpec<T>): Promise<FileOutcome<T>> {
  try {
    return await readAndCheck(dir, spec);
  } catch (error) {
    // Whatever goes wrong, the file is named and the status cannot stay "ok" with a broken file.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ file: spec.file, path: '', code: 'unreadable', message: `cannot be checked (${reason})` }],
    };
  }
}

async function readAndCheck<T>(dir: string, spec: ConfigFileSpec<T>): Promise<FileOutcome<T>> {
  const fail = (code: ConfigIssue['code'], message: string): FileOutcome<T> => ({
    ok: false,
    issues: [{ file: spec.file, path: '', code, message }],
  });
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, spec.file));
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') {
      return spec.whenMissing === undefined
        ? fail('file_missing', `file not found in ${dir}`)
        : { ok: true, value: spec.whenMissing };
    }
    return fail(
      'unreadable',
      `cannot read the file (${code ?? (error instanceof Error ? error.message : 'unknown error')})`,
    );
  }
  const decoded = decodeConfigBytes(bytes);
  if (!decoded.ok) return fail('not_utf8', decoded.message);
  const tooDeep = findExcessiveNesting(decoded.text);
  if (tooDeep !== undefined) {
    const { line, column } = lineAndColumn(decoded.text, tooDeep);
    return fail('too_deep', `nested deeper than ${MAX_CONFIG_DEPTH} levels at line ${line}, column ${column}`);
  }
  const parsed = parseJsonText(decoded.text);
  if (!parsed.ok) return fail('json_syntax', parsed.message);
  // reportInput lets the issue converter tell a missing field from a field of the wrong type.
  const result = spec.schema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) return { ok: false, issues: zodIssuesToConfigIssues(spec.file, result.error.issues) };
  const problems = spec.check(result.data);
  if (problems.length > 0) return { ok: false, issues: problemsToConfigIssues(spec.file, problems) };
  return { ok: true, value: result.data };
}

export interface ConfigFolder {
  readonly site: FileOutcome<SiteConfig>;
  readonly directory: FileOutcome<DirectoryConfig>;
  readonly printers: FileOutcome<PrintersConfig>;
  readonly operations: FileOutcome<OperationsConfig>;
  readonly reports: FileOutcome<ReportsConfig>;
  readonly kobo: FileOutcome<KoboConfig>;
  readonly pathways: FileOutcome<PathwaysConfig>;
  readonly topics: FileOutcome<TopicsConfig>;
  readonly directoryLocal: FileOutcome<DirectoryLocalConfig>;
}

export async function loadConfigFolder(dir: string): Promise<ConfigFolder> {
  const [site, directory, printers, operations, reports, kobo, pathways, topics, directoryLocal] = await Promise.all([
    loadConfigFile(dir, siteFile),
    loadConfigFile(dir, directoryFile),
    loadConfigFile(dir, printersFile),
    loadConfigFile(dir, operationsFile),
    loadConfigFile(dir, reportsFile),
    loadConfigFile(dir, koboFile),
    loadConfigFile(dir, pathwaysFile),
    loadConfigFile(dir, topicsFile),
    loadConfigFile(dir, directoryLocalFile),
  ]);
  return {
    site,
    directory,
    printers,
    operations,
    reports: withRolesChecked(reports, operations.ok ? operations.value : undefined),
    kobo,
    pathways: withContactsChecked(pathways, directory),
    topics: withServicesChecked(topics, directory),
    directoryLocal,
  };
}

/** Pathway contacts name directory services: a check across two files, reported on pathways.json. */
function withContactsChecked(
  pathways: FileOutcome<PathwaysConfig>,
  directory: FileOutcome<DirectoryConfig>,
): FileOutcome<PathwaysConfig> {
  if (!pathways.ok || !directory.ok) return pathways;
  const problems = checkPathwaysAgainstDirectory(pathways.value, directory.value);
  return problems.length === 0 ? pathways : { ok: false, issues: problemsToConfigIssues(pathwaysFile.file, problems) };
}

/** Topics name directory services too: reported on topics.json. */
function withServicesChecked(
  topics: FileOutcome<TopicsConfig>,
  directory: FileOutcome<DirectoryConfig>,
): FileOutcome<TopicsConfig> {
  if (!topics.ok || !directory.ok) return topics;
  const problems = checkTopicsAgainstDirectory(topics.value, directory.value);
  return problems.length === 0 ? topics : { ok: false, issues: problemsToConfigIssues(topicsFile.file, problems) };
}

/**
 * Report activity roles name operations.json's activity types: reported on reports.json. The
 * running kiosk also checks against the operations it serves while operations.json is invalid.
 */
export function withRolesChecked(
  reports: FileOutcome<ReportsConfig>,
  operations: OperationsConfig | undefined,
): FileOutcome<ReportsConfig> {
  if (!reports.ok || operations === undefined) return reports;
  const problems = checkReportsAgainstOperations(reports.value, operations);
  return problems.length === 0 ? reports : { ok: false, issues: problemsToConfigIssues(reportsFile.file, problems) };
}

export function folderIssues(folder: ConfigFolder): ConfigIssue[] {
  return [
    folder.site,
    folder.directory,
    folder.printers,
    folder.operations,
    folder.reports,
    folder.kobo,
    folder.pathways,
    folder.topics,
    folder.directoryLocal,
  ].flatMap((outcome) => (outcome.ok ? [] : outcome.issues));
}
