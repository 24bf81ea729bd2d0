import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { LANGUAGES, type Language } from '../contract/index.js';
import { formatIssue, loadConfigFolder } from '../services/config/index.js';
import { pathwaySvg } from '../services/pathways/pathway-svg.js';

import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io.js';

export const PATHWAY_USAGE = `  pathway list [--config DIR]
                            List the referral pathways of pathways.json.
  pathway render --profile ID [--lang es|en|fr|ht] [--config DIR] [--out FILE.svg]
                            Draw a pathway as an SVG flowchart (to stdout without --out).`;

export type PathwayCliOutcome = number | { readonly usageError: string } | undefined;

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** `kioskctl pathway …`; undefined when the command is not one of these. */
export async function runPathwayCommand(
  command: string,
  subcommand: string | undefined,
  rest: readonly string[],
  io: CliIo,
  context: { readonly configDir: string; readonly help: () => number },
): Promise<PathwayCliOutcome> {
  if (command !== 'pathway') return undefined;
  if (subcommand !== 'list' && subcommand !== 'render') {
    return { usageError: `Unknown command "pathway ${subcommand ?? ''}".`.replace(' ".', '".') };
  }
  let values: { config?: string; profile?: string; lang?: string; out?: string; help?: boolean };
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: {
        config: { type: 'string' },
        profile: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    });
    values = parsed.values;
  } catch (error) {
    return { usageError: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) return context.help();
  const language = values.lang ?? 'es';
  if (!isLanguage(language)) return { usageError: `--lang must be one of ${LANGUAGES.join(', ')}, not "${language}".` };
  if (subcommand === 'render' && values.profile === undefined)
    return { usageError: 'pathway render needs --profile ID.' };

  const folder = await loadConfigFolder(resolve(values.config ?? context.configDir));
  if (!folder.pathways.ok) {
    for (const issue of folder.pathways.issues) io.err(formatIssue(issue));
    io.err('pathways.json is not valid: fix it first ("kioskctl config validate").');
    return EXIT_FAILED;
  }
  const { pathways } = folder.pathways.value;
  if (subcommand === 'list') {
    for (const p of pathways) io.out(`${p.id}\t${p.sample ? 'sample\t' : ''}${p.title[language]}`);
    return EXIT_OK;
  }
  const pathway = pathways.find((p) => p.id === values.profile);
  if (pathway === undefined) {
    io.err(`No pathway "${values.profile ?? ''}". Known: ${pathways.map((p) => p.id).join(', ') || '(none)'}.`);
    return EXIT_FAILED;
  }
  // Contact names come from the directory; without a valid one the flowchart shows service ids.
  const services = new Map(folder.directory.ok ? folder.directory.value.services.map((s) => [s.id, s]) : []);
  const svg = pathwaySvg({ pathway, language, services });
  if (values.out === undefined) {
    io.out(svg);
    return EXIT_OK;
  }
  const out = resolve(values.out);
  try {
    await writeFile(out, `${svg}\n`, 'utf8');
  } catch (error) {
    io.err(`Cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILED;
  }
  io.out(`Wrote ${out} (${pathway.steps.length} steps, ${language}).`);
  return EXIT_OK;
}
