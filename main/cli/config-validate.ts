import { statSync } from 'node:fs';
import { resolve } from 'node:path';

import { CONFIG_FILES, folderIssues, formatIssue, loadConfigFolder } from '../services/config/index.js';
import { koboIndicatorProblems } from '../services/config/kobo-schema.js';
import { paperWarnings } from '../services/config/paper-texts.js';
import { topicPaperWarnings } from '../services/config/topics-schema.js';

import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io.js';

/** `kioskctl config validate [DIR]`: the same loader and messages as the kiosk's operator screen. */
export async function configValidate(dir: string, io: CliIo): Promise<number> {
  const folder = resolve(dir);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    io.err(`No configuration folder at ${folder}.`);
    return EXIT_FAILED;
  }
  const loaded = await loadConfigFolder(folder);
  // The kiosk checks these when it submits (and shows them on the KoboToolbox screen); here they
  // are found before the file is deployed.
  const kobo =
    loaded.kobo.ok && loaded.operations.ok ? koboIndicatorProblems(loaded.kobo.value, loaded.operations.value) : [];
  const issues = [
    ...folderIssues(loaded).map(formatIssue),
    ...kobo.map((problem) => `kobo.json: indicators: ${problem}`),
  ];
  // Printed texts that could tell why someone came: reported, but they do not fail the folder.
  const warnings =
    loaded.site.ok && loaded.directory.ok && loaded.pathways.ok
      ? paperWarnings({ site: loaded.site.value, directory: loaded.directory.value, pathways: loaded.pathways.value })
      : [];
  if (loaded.topics.ok) {
    warnings.push(...topicPaperWarnings(loaded.topics.value, loaded.site.ok ? loaded.site.value.sensitiveTerms : []));
  }
  for (const warning of warnings) io.out(warning);
  if (issues.length === 0) {
    const services = loaded.directory.ok ? loaded.directory.value.services.length : 0;
    const files = CONFIG_FILES.map((spec) => spec.file);
    const named = `${files.slice(0, -1).join(', ')} and ${files.at(-1) ?? ''}`;
    const warned = warnings.length === 0 ? '' : `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
    io.out(`OK: ${folder}: ${named} are valid (${services} services${warned}).`);
    return EXIT_OK;
  }
  for (const issue of issues) io.out(issue);
  io.err(`${issues.length} problem${issues.length === 1 ? '' : 's'} found in ${folder}.`);
  return EXIT_FAILED;
}
