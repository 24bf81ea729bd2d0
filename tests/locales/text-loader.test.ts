// The loader main reads the slip and report words with: every shipped file passes its schema, and
// a broken or incomplete file is reported by file and key while slips and reports still get words.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { LANGUAGES, type Language } from '../../main/contract/index.js';
import { PATHWAY_TEXT_SET, PATHWAY_TEXT_SOURCE } from '../../main/services/pathways/pathway-texts.js';
import { SLIP_TEXT_SET, SLIP_TEXT_SOURCE } from '../../main/services/printing/slip/slip-texts.js';
import { REPORT_TEXT_SET, REPORT_TEXT_SOURCE, reportTexts } from '../../main/services/reports/report-texts.js';
import { TURN_REPORT_TEXT_SET } from '../../main/services/reports/turn-report-texts.js';
import { CALENDAR_TEXTS } from '../../main/services/texts/calendar-texts.js';
import { TICKET_TEXT_SET } from '../../main/services/turns/ticket-texts.js';
import { logTextProblems, textProblems } from '../../main/services/texts/kiosk-texts.js';
import { findLocalesDir } from '../../main/services/texts/locales-dir.js';
import { loadTexts } from '../../main/services/texts/text-set.js';
import { tempDir } from '../services/temp-dirs.js';

import { flatten, LOCALES_DIR, readLocale } from './locale-files.js';

/** A copy of the package's `locales/`, to break one file in. */
async function localesCopy(): Promise<string> {
  const dir = join(await tempDir('kiosk-locales-'), 'locales');
  await cp(LOCALES_DIR, dir, { recursive: true });
  return dir;
}

async function editJson(file: string, change: (value: Record<string, Record<string, unknown>>) => void): Promise<void> {
  const value = JSON.parse(await readFile(file, 'utf8')) as Record<string, Record<string, unknown>>;
  change(value);
  await writeFile(file, JSON.stringify(value));
}

function recordingLogger(): {
  lines: { event: string; fields: unknown }[];
  logger: Parameters<typeof logTextProblems>[0];
} {
  const lines: { event: string; fields: unknown }[] = [];
  const log = (event: string, fields?: unknown): void => {
    lines.push({ event, fields });
  };
  return { lines, logger: { info: log, warn: log, error: log } };
}

describe('the text files the package ships', () => {
  it('are found from main and all pass their schemas: nothing to report at start', () => {
    expect(findLocalesDir()).toBe(LOCALES_DIR);
    expect(textProblems()).toEqual([]);
    const { lines, logger } = recordingLogger();
    expect(logTextProblems(logger)).toBe(0);
    expect(lines).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every key of the files is one the code reads (no stray or misspelt key)', (language) => {
    const slipFile = readLocale(language, 'slip') as Record<string, unknown>;
    expect([...flatten(SLIP_TEXT_SET.own(language)).keys()]).toEqual([...flatten(slipFile.referral).keys()]);
    expect([...flatten(PATHWAY_TEXT_SET.own(language)).keys()]).toEqual([...flatten(slipFile.pathway).keys()]);
    expect([...flatten(TICKET_TEXT_SET.own(language)).keys()]).toEqual([...flatten(slipFile.ticket).keys()]);
    // The report's own words, and the turns section read by `turn-report-texts.ts`.
    const turnKeys = [...flatten(TURN_REPORT_TEXT_SET.own(language)).keys()].map((key) => `turns.${key}`);
    expect([...flatten(REPORT_TEXT_SET.own(language)).keys(), ...turnKeys].sort()).toEqual(
      [...flatten(readLocale(language, 'reports')).keys()].sort(),
    );
    expect(CALENDAR_TEXTS.own(language)?.months).toHaveLength(12);
  });

  it("gives reports the screens' calendar names, first-of-month form included", () => {
    expect(reportTexts('ht').calendar).toEqual((readLocale('ht') as { calendar: unknown }).calendar);
    expect(reportTexts('fr').calendar.firstDay).toBe('1er');
  });
});

describe('a bad text file', () => {
  it('is reported with its file and key, and its language prints in Spanish rather than not at all', async () => {
    const dir = await localesCopy();
    await editJson(join(dir, 'slip', 'ht.json'), (file) => {
      delete file.referral?.title;
    });
    const loaded = loadTexts(dir, SLIP_TEXT_SOURCE);
    expect(loaded.problems).toEqual([
      { file: 'locales/slip/ht.json', key: 'referral.title', message: expect.any(String) as unknown },
    ]);
    expect(loaded.own.ht).toBeUndefined();
    expect(loaded.byLanguage.ht.title).toBe('Hoja de referencia');
    expect(loaded.byLanguage.fr.title).toBe("Fiche d'orientation");
  });

  it('is refused for a {single} brace placeholder or a missing {{placeholder}}', async () => {
    const dir = await localesCopy();
    await editJson(join(dir, 'slip', 'es.json'), (file) => {
      if (file.pathway !== undefined) file.pathway.noteBody = 'Referencia hecha en {par} el {{date}}.';
    });
    await editJson(join(dir, 'reports', 'fr.json'), (file) => {
      if (file.pdf !== undefined) file.pdf.footer = '{{site}} · {{period}}';
    });
    const pathway = loadTexts(dir, PATHWAY_TEXT_SOURCE);
    // Two faults in one text: the old syntax, and so the placeholder `{{par}}` is missing.
    expect(pathway.problems.map((p) => [p.file, p.key])).toEqual([
      ['locales/slip/es.json', 'pathway.noteBody'],
      ['locales/slip/es.json', 'pathway.noteBody'],
    ]);
    const messages = pathway.problems.map((p) => p.message);
    expect(messages[0]).toContain('{single} brace');
    expect(messages[1]).toContain('{{date, par}}');
    // Spanish is bad, so Spanish falls back to the next valid language, English.
    expect(pathway.byLanguage.es.noteBody).toContain('Referred at {{par}}');
    const reports = loadTexts(dir, REPORT_TEXT_SOURCE);
    expect(reports.problems).toEqual([
      { file: 'locales/reports/fr.json', key: 'pdf.footer', message: expect.stringMatching(/generated/) as unknown },
    ]);
  });

  it('is reported when it is not JSON, and a sheet name Excel refuses is caught before a workbook is written', async () => {
    const dir = await localesCopy();
    await writeFile(join(dir, 'reports', 'ht.json'), '{ "tables": ');
    await editJson(join(dir, 'reports', 'en.json'), (file) => {
      if (file.tables !== undefined) file.tables.usage = 'Kiosk use: sessions/day';
    });
    const reports = loadTexts(dir, REPORT_TEXT_SOURCE);
    expect(reports.problems.map((p) => [p.file, p.key])).toEqual([
      ['locales/reports/en.json', 'tables.usage'],
      ['locales/reports/ht.json', ''],
    ]);
    expect(reports.byLanguage.ht.pdf.title).toBe('Informe de actividades');
  });

  it('never throws: with no locales folder at all every text shows its key', async () => {
    const dir = await localesCopy();
    await rm(dir, { recursive: true });
    const loaded = loadTexts(dir, SLIP_TEXT_SOURCE);
    expect(loaded.problems).toHaveLength(LANGUAGES.length);
    const ht = loaded.byLanguage.ht;
    expect(ht.title).toBe('title');
    expect(ht.receivingNote).toBe('receivingNote');
    for (const [key, value] of flatten(ht)) expect(value, key).toBe(key);
    const reports = loadTexts(undefined, REPORT_TEXT_SOURCE);
    expect(reports.byLanguage.es.pdf.tiles.people).toBe('pdf.tiles.people');
    expect(reports.byLanguage.es.urgencies['24h']).toBe('urgencies.24h');
  });
});

describe('every language', () => {
  it.each(LANGUAGES)('%s has its own valid words for slips, pathway slips and reports', (language: Language) => {
    expect(SLIP_TEXT_SET.own(language)).toBeDefined();
    expect(PATHWAY_TEXT_SET.own(language)).toBeDefined();
    expect(REPORT_TEXT_SET.own(language)).toBeDefined();
  });
});
