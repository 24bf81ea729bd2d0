import {
  outcomeReportSchema,
  type OutcomeReport,
  type PartnerImportProblem,
  type PartnerImportResult,
} from '../../contract/index.js';
import type { Database, SqlExecutor } from '../db/index.js';

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

interface GoodRow {
  readonly code: string;
  readonly report: OutcomeReport;
}

/**
 * Checks a receiving partner's file without writing: each good row with the code the ledger holds,
 * each bad row with its line number and why. Only the code, the outcome and the reason are read; a
 * file with any other column is refused whole, so nothing else from it is ever kept.
 */
export async function checkPartnerOutcomes(
  db: SqlExecutor,
  csv: string,
): Promise<{ good: GoodRow[]; rejected: PartnerImportResult['rejected'] }> {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const header = lines[0] ?? '';
  const separator = header.includes(';') && !header.includes(',') ? ';' : ',';
  const columns = fields(header, separator).map((c) => c.toLowerCase());
  const rejected: { line: number; problem: PartnerImportProblem }[] = [];
  if (columns.join(',') !== PARTNER_COLUMNS.join(',')) return { good: [], rejected: [{ line: 1, problem: 'header' }] };
  const rows = lines.slice(1);
  if (rows.filter((l) => l.trim() !== '').length > PARTNER_MAX_ROWS) {
    return { good: [], rejected: [{ line: 1, problem: 'too_many_rows' }] };
  }
  const good: GoodRow[] = [];
  const seen = new Set<string>();
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
    good.push({ code: found.record.code, report: report.data });
  }
  return { good, rejected };
}

/**
 * Checks the file, and with `apply` records its outcomes (source `partner`) — all of them in one
 * transaction, and only when no row is bad: a file half applied would leave the supervisor to work
 * out which rows to send again.
 */
export async function importPartnerOutcomes(
  db: Database,
  csv: string,
  today: string,
  apply: boolean,
): Promise<PartnerImportResult> {
  const { good, rejected } = await checkPartnerOutcomes(db, csv);
  if (!apply || rejected.length > 0 || good.length === 0) return { imported: 0, ready: good.length, rejected };
  await db.transaction(async (tx) => {
    for (const row of good) await recordOutcome(tx, row.code, row.report, 'partner', today);
  });
  return { imported: good.length, ready: good.length, rejected };
}

function outcomeProblem(outcome: string, reason: string): PartnerImportProblem {
  const bare = outcomeReportSchema.safeParse({ outcome });
  if (['served', 'unknown', 'went_not_served', 'did_not_go'].includes(outcome)) {
    return bare.success && reason !== '' ? 'reason_not_expected' : 'reason';
  }
  return 'outcome';
}
