import {
  outcomeReportSchema,
  type OutcomeReport,
  type PartnerImportProblem,
  type PartnerImportResult,
} from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

import { lookupReferral, recordOutcome } from './referral-ledger.js';

/** The only columns a partner's file may have: nothing else from it is read, let alone kept. */
export const PARTNER_COLUMNS = ['code', 'outcome', 'reason'] as const;
export const PARTNER_MAX_ROWS = 5000;

/** One CSV line as Excel writes it: `,` or `;`, fields optionally in double quotes. */
function fields(line: string, separator: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i] ?? '';
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  out.push(current.trim());
  return out;
}

/**
 * Imports the outcomes a receiving partner sends back: good rows are recorded (source `partner`),
 * each bad row is listed with its line number and why. Only the code, the outcome and the reason
 * are read; a file with any other column is refused whole, so nothing else from it is ever kept.
 */
export async function importPartnerOutcomes(db: SqlExecutor, csv: string, today: string): Promise<PartnerImportResult> {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const header = lines[0] ?? '';
  const separator = header.includes(';') && !header.includes(',') ? ';' : ',';
  const columns = fields(header, separator).map((c) => c.toLowerCase());
  const rejected: { line: number; problem: PartnerImportProblem }[] = [];
  if (columns.join(',') !== PARTNER_COLUMNS.join(',')) {
    return { imported: 0, rejected: [{ line: 1, problem: 'header' }] };
  }
  const rows = lines.slice(1);
  if (rows.filter((l) => l.trim() !== '').length > PARTNER_MAX_ROWS) {
    return { imported: 0, rejected: [{ line: 1, problem: 'too_many_rows' }] };
  }
  const seen = new Set<string>();
  let imported = 0;
  for (const [index, text] of rows.entries()) {
    const line = index + 2;
    if (text.trim() === '') continue;
    const [code = '', outcome = '', reason = '', ...extra] = fields(text, separator);
    if (extra.length > 0) {
      rejected.push({ line, problem: 'columns' });
      continue;
    }
    const report = outcomeReportSchema.safeParse(reason === '' ? { outcome } : { outcome, reason });
    if (!report.success) {
      rejected.push({ line, problem: outcomeProblem(outcome, reason) });
      continue;
    }
    const found = await lookupReferral(db, code);
    if (found.status === 'mistyped') {
      rejected.push({ line, problem: 'code_mistyped' });
      continue;
    }
    if (found.status !== 'found') {
      rejected.push({ line, problem: 'code_unknown' });
      continue;
    }
    if (seen.has(found.record.code)) {
      rejected.push({ line, problem: 'duplicate' });
      continue;
    }
    seen.add(found.record.code);
    await recordOutcome(db, found.record.code, report.data satisfies OutcomeReport, 'partner', today);
    imported += 1;
  }
  return { imported, rejected };
}

function outcomeProblem(outcome: string, reason: string): PartnerImportProblem {
  const bare = outcomeReportSchema.safeParse({ outcome });
  if (['served', 'unknown', 'went_not_served', 'did_not_go'].includes(outcome)) {
    return bare.success && reason !== '' ? 'reason_not_expected' : 'reason';
  }
  return 'outcome';
}
