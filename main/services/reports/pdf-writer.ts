import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

import { AGE_BRACKETS, formatLongDate, zonedParts, type Language } from '../../contract/index.js';

import { pdfWithFonts } from './pdf-fonts.js';
import { referralOutcomePdf } from './referral-outcome-pdf.js';
import type { ReferralOutcomeData } from './referral-outcome-report.js';
import { barChart, lineChart, stackedBarChart } from './report-charts.js';
import { cellKey, type ReportFigures } from './report-figures.js';
import { activityLabel, ageLabel, suppressionText, type ReportMeta } from './report-tables.js';
import { fill, REPORT_TEXTS, type ReportTexts } from './report-texts.js';
import { chartValue, suppressCount } from './suppression.js';

export interface PdfOptions {
  readonly language: Language;
  readonly suppress: number | undefined;
  readonly paperSize: 'A4' | 'LETTER';
  readonly roles: { readonly informed: string; readonly accounts: string };
  /** Sections another area adds at the end (turns: `turn-report.ts`). */
  readonly extra?: readonly Content[];
  /** The referral follow-up section; left out when absent. */
  readonly referralOutcomes?: ReferralOutcomeData;
}

const MARGIN = 40;
const WIDTH = { A4: 595.28, LETTER: 612 } as const;

export function longDay(day: string, texts: ReportTexts): string {
  // Noon UTC of the day itself: the names come from our texts, the day does not shift.
  return formatLongDate(new Date(`${day}T12:00:00Z`), 'UTC', texts.calendar);
}

export function longInstant(instant: Date, timeZone: string, texts: ReportTexts): string {
  const p = zonedParts(instant, timeZone);
  const time = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  return `${formatLongDate(instant, timeZone, texts.calendar)} ${time}`;
}

function tile(label: string, value: string, note?: string): Content {
  return {
    stack: [
      { text: value, fontSize: 22, bold: true, color: '#b71c1c' },
      { text: label, fontSize: 9 },
      ...(note === undefined ? [] : [{ text: note, fontSize: 8, color: '#555' }]),
    ],
    margin: [6, 6, 6, 6],
  };
}

/** One or two A4/Letter pages: tiles, a bar chart by activity, sex × age, the weekly trend. */
export async function renderPdf(figures: ReportFigures, meta: ReportMeta, options: PdfOptions): Promise<Uint8Array> {
  const texts = REPORT_TEXTS[options.language];
  const { language, suppress } = options;
  const { totals } = figures;
  const tz = figures.data.timeZone;
  const width = WIDTH[options.paperSize] - 2 * MARGIN;
  const shown = (count: number): string => String(suppressCount(count, suppress));
  const people = (type: string): number => totals.byActivity.find((a) => a.type === type)?.people ?? 0;
  const period = fill(texts.pdf.period, {
    from: longDay(totals.from, texts),
    to: longDay(totals.to, texts),
  });
  const footerText = fill(texts.pdf.footer, {
    site: meta.siteName,
    period: `${totals.from} – ${totals.to}`,
    generated: longInstant(meta.generatedAt, tz, texts),
  });

  const tiles: Content = {
    table: {
      widths: ['*', '*', '*'],
      body: [
        [
          tile(texts.pdf.tiles.people, shown(totals.people)),
          tile(texts.pdf.tiles.informed, shown(people(options.roles.informed))),
          tile(texts.pdf.tiles.accounts, shown(people(options.roles.accounts))),
        ],
        [
          tile(texts.pdf.tiles.talks, shown(totals.talks)),
          tile(texts.pdf.tiles.referrals, shown(totals.referrals)),
          tile(
            texts.pdf.tiles.incidents,
            String(totals.incidents),
            fill(texts.pdf.downtime, { minutes: totals.downtimeMinutes }),
          ),
        ],
      ],
    },
    layout: { hLineColor: () => '#dddddd', vLineColor: () => '#dddddd' },
  };

  const activityChart = barChart(
    figures.types.map((t) => activityLabel(figures, t.id, language)),
    figures.types.map((t) => chartValue(people(t.id), suppress)),
    { width, height: 40 + 26 * figures.types.length },
  );
  const sexAgeChart = stackedBarChart(
    AGE_BRACKETS.map((age) => ageLabel(age, texts)),
    figures.sexes.map((sex) => ({
      name: texts.sexes[sex],
      values: AGE_BRACKETS.map((age) =>
        chartValue(
          figures.types.reduce((sum, t) => sum + (figures.cells.get(cellKey(t.id, sex, age)) ?? 0), 0),
          suppress,
        ),
      ),
    })),
    { width, height: 210 },
  );
  const trendChart = lineChart(
    figures.weekly.map((w) => w.week),
    figures.weekly.map((w) => chartValue(w.people, suppress)),
    { width, height: 190 },
  );
  const heading = (text: string): Content => ({ text, bold: true, fontSize: 12, margin: [0, 12, 0, 4] });

  const referrals: Content =
    figures.referrals.length === 0
      ? { text: '—', fontSize: 9 }
      : {
          table: {
            widths: ['*', 60],
            body: figures.referrals.map((r) => [
              { text: (texts.categories as Readonly<Record<string, string>>)[r.category] ?? r.category, fontSize: 9 },
              { text: shown(r.people), fontSize: 9, alignment: 'right' },
            ]),
          },
          layout: 'lightHorizontalLines',
        };

  const definition: TDocumentDefinitions = {
    pageSize: options.paperSize,
    pageMargins: [MARGIN, MARGIN, MARGIN, 50],
    info: { title: `${texts.pdf.title} — ${meta.siteName}`, creator: 'RedSafe PAR kiosk' },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      { text: texts.pdf.title, fontSize: 20, bold: true },
      { text: meta.siteName, fontSize: 13, margin: [0, 2, 0, 0] },
      { text: period, fontSize: 11, color: '#444', margin: [0, 2, 0, 2] },
      // A reader of the paper sees "<5" in the tiles: the rule that made it is said up front.
      {
        text: `${texts.meta.suppression}: ${suppressionText(texts, suppress)}`,
        fontSize: 8,
        color: '#444',
        margin: [0, 0, 0, 10],
      },
      ...(totals.entries === 0 ? [{ text: texts.pdf.noData, italics: true, margin: [0, 0, 0, 8] } as Content] : []),
      tiles,
      heading(texts.pdf.byActivity),
      { svg: activityChart, width },
      heading(texts.pdf.bySexAge),
      { svg: sexAgeChart, width },
      { text: '', pageBreak: 'after' },
      heading(texts.pdf.weeklyTrend),
      { svg: trendChart, width },
      heading(texts.pdf.referralsByCategory),
      referrals,
      ...(options.extra ?? []),
      ...(options.referralOutcomes === undefined
        ? []
        : referralOutcomePdf(options.referralOutcomes, language, suppress)),
    ],
    footer: (page, pages) => ({
      columns: [
        { text: footerText, fontSize: 8, color: '#444' },
        { text: fill(texts.pdf.page, { page, pages }), fontSize: 8, alignment: 'right', width: 90 },
      ],
      margin: [MARGIN, 16, MARGIN, 0],
    }),
  };
  const buffer = await pdfWithFonts().createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * One small document with what a report uses: each chart kind (ECharts sets up each series type
 * on first use), the four faces of the font, a table and a footer. pdfmake and ECharts then have
 * their code loaded and compiled before the first real export (writer-warm-up.ts).
 */
export async function warmPdf(): Promise<void> {
  const size = { width: 200, height: 100 };
  const charts = [
    barChart(['a', 'b'], [1, 2], size),
    stackedBarChart(['a', 'b'], [{ name: 'x', values: [1, 2] }], size),
    lineChart(['a', 'b'], [1, 2], size),
  ];
  await pdfWithFonts()
    .createPdf({
      content: [
        { text: 'ñ é ò', bold: true },
        { text: 'ç œ', italics: true },
        { text: 'è ê', bold: true, italics: true },
        'ç œ',
        { table: { widths: ['*', 'auto'], body: [['a', '1']] }, layout: 'lightHorizontalLines' },
        ...charts.map((svg) => ({ svg, width: 200 })),
      ],
      footer: (page, pages) => ({ text: `${String(page)}/${String(pages)}` }),
    })
    .getBuffer();
}
