import type { Content } from 'pdfmake/interfaces.js';

import type { Language } from '../../contract/index.js';

import { categoryLabel, outcomeRows, percent, type ReferralOutcomeData } from './referral-outcome-report.js';
import { REPORT_TEXTS } from './report-texts.js';

/**
 * The PDF's follow-up section: per category, referrals made, outcomes known, served and the
 * served rate, under the same small-count rule as the tiles (services are in the spreadsheet).
 */
export function referralOutcomePdf(
  data: ReferralOutcomeData,
  language: Language,
  suppress: number | undefined,
): Content[] {
  const texts = REPORT_TEXTS[language].referralOutcomes;
  const heading: Content = { text: texts.pdf.heading, bold: true, fontSize: 12, margin: [0, 12, 0, 4] };
  if (data.services.length === 0) return [heading, { text: texts.pdf.none, fontSize: 9, italics: true }];
  const c = texts.columns;
  const cell = (value: string | number, bold = false): Content => ({
    text: String(value),
    fontSize: 9,
    alignment: 'right',
    bold,
  });
  const rows = outcomeRows(data, suppress).filter((row) => row.serviceId === '*');
  return [
    heading,
    {
      table: {
        headerRows: 1,
        widths: ['*', 60, 60, 60, 70],
        body: [
          [c.category, c.made, c.known, c.served, c.servedPercent].map((header) => ({
            text: header,
            fontSize: 8,
            bold: true,
          })),
          ...rows.map((row) => {
            const total = row.category === '*';
            const rate = percent(row.servedRate);
            return [
              { text: categoryLabel(row.category, language), fontSize: 9, bold: total },
              cell(row.made, total),
              cell(row.known, total),
              cell(row.served, total),
              cell(rate === null ? '—' : `${String(rate)} %`, total),
            ];
          }),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: texts.pdf.note, fontSize: 8, color: '#444', margin: [0, 4, 0, 0] },
  ];
}
