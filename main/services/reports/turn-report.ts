import type { Content } from 'pdfmake/interfaces.js';

import { ENDONYMS, LANGUAGES, TURN_NEEDS, type Language, type TurnDayFigures } from '../../contract/index.js';

import type { CellValue, ReportColumn, ReportTable } from './report-tables.js';
import { suppressCount } from './suppression.js';
import { turnReportTexts } from './turn-report-texts.js';

/** Where the reports read the folded daily figures of the turn queue. */
export interface TurnFigureSource {
  figures(from: string, to: string): Promise<readonly TurnDayFigures[]>;
}

/**
 * A day's waiting time is shown only when it rests on enough waits: with a rule of 5, a median of
 * two waits would be nearly one person's own. Under the rule the minutes are left empty.
 */
function waitShown(minutes: number | null, measured: number, suppress: number | undefined): CellValue {
  if (minutes === null) return null;
  return suppress !== undefined && measured < suppress ? null : minutes;
}

/**
 * The turns table (XLSX sheet, `NN-turns.csv`): one row per day that had turns, with turns by need
 * and by language, served, no-shows, those still waiting at closing, and the day's median and
 * 90th-percentile wait. Counts follow the small-count rule; nothing here is about one turn.
 */
export function turnTable(
  days: readonly TurnDayFigures[],
  language: Language,
  suppress: number | undefined,
): ReportTable {
  const texts = turnReportTexts(language);
  const c = texts.columns;
  const n = (count: number): CellValue => suppressCount(count, suppress);
  const col = (header: string, hxl: string, kind: ReportColumn['kind']): ReportColumn => ({ header, hxl, kind });
  const columns: ReportColumn[] = [
    col(c.date, '#date', 'date'),
    col(c.turns, '#indicator +num +turns', 'count'),
    ...TURN_NEEDS.map((need) => col(texts.needs[need], `#indicator +num +turns +${need}`, 'count')),
    ...LANGUAGES.map((code) => col(ENDONYMS[code], `#indicator +num +turns +lang_${code}`, 'count')),
    col(c.served, '#indicator +num +served', 'count'),
    col(c.noShows, '#indicator +num +no_show', 'count'),
    col(c.leftOpen, '#indicator +num +left_open', 'count'),
    col(c.waitsMeasured, '#indicator +num +waits', 'count'),
    col(c.waitMedian, '#indicator +num +wait_median', 'number'),
    col(c.waitP90, '#indicator +num +wait_p90', 'number'),
  ];
  const rows = days.map((day): CellValue[] => {
    const total = TURN_NEEDS.reduce((sum, need) => sum + day.byNeed[need], 0);
    return [
      day.day,
      n(total),
      ...TURN_NEEDS.map((need) => n(day.byNeed[need])),
      ...LANGUAGES.map((code) => n(day.byLanguage[code])),
      n(day.served),
      n(day.noShows),
      n(day.leftOpen),
      n(day.waitsMeasured),
      waitShown(day.waitMedianMinutes, day.waitsMeasured, suppress),
      waitShown(day.waitP90Minutes, day.waitsMeasured, suppress),
    ];
  });
  return { id: 'turns', title: texts.sheet, columns, rows };
}

/** The PDF's turns section: the period's totals by need and language, then the day table's waits. */
export function turnPdfContent(
  days: readonly TurnDayFigures[],
  language: Language,
  suppress: number | undefined,
): Content[] {
  if (days.length === 0) return [];
  const texts = turnReportTexts(language);
  const shown = (count: number): string => String(suppressCount(count, suppress));
  const sum = (pick: (day: TurnDayFigures) => number): number => days.reduce((total, day) => total + pick(day), 0);
  const totals: [string, number][] = [
    [texts.columns.turns, sum((d) => TURN_NEEDS.reduce((s, need) => s + d.byNeed[need], 0))],
    ...TURN_NEEDS.map((need): [string, number] => [texts.needs[need], sum((d) => d.byNeed[need])]),
    ...LANGUAGES.map((code): [string, number] => [ENDONYMS[code], sum((d) => d.byLanguage[code])]),
    [texts.columns.served, sum((d) => d.served)],
    [texts.columns.noShows, sum((d) => d.noShows)],
    [texts.columns.leftOpen, sum((d) => d.leftOpen)],
  ];
  const waits = days.map((day) => {
    const minutes = (value: number | null): string => {
      const cell = waitShown(value, day.waitsMeasured, suppress);
      return cell === null ? '–' : String(cell);
    };
    return [day.day, minutes(day.waitMedianMinutes), minutes(day.waitP90Minutes)];
  });
  return [
    { text: texts.pdf.heading, fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
    {
      table: {
        headerRows: 0,
        widths: ['*', 'auto'],
        body: totals.map(([label, count]) => [label, { text: shown(count), alignment: 'right' }]),
      },
      layout: 'lightHorizontalLines',
    },
    {
      margin: [0, 8, 0, 0],
      table: {
        headerRows: 1,
        widths: ['*', 'auto', 'auto'],
        body: [[texts.columns.date, texts.columns.waitMedian, texts.columns.waitP90], ...waits],
      },
      layout: 'lightHorizontalLines',
    },
    { text: texts.pdf.note, fontSize: 8, color: '#444', margin: [0, 4, 0, 0] },
  ];
}
