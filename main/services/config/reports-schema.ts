import { z } from 'zod';

import { CSV_SEPARATORS, MAX_SUPPRESSION, MIN_SUPPRESSION, slugSchema } from '../../contract/index.js';

import type { FieldProblem } from './field-problem.js';
import type { OperationsConfig } from './operations-schema.js';
import { schemaKeySchema } from './site-schema.js';

/** Hidden unless a site says otherwise: a count under 5 can point to one person. */
export const DEFAULT_SUPPRESS_BELOW = 5;

/** How supervisors' activity reports are made: paper size, separators, suppression defaults and HXL tags. Optional: without the file the kiosk uses the defaults below. */
export const reportsFileSchema = z
  .strictObject({
    $schema: schemaKeySchema,
    paperSize: z.enum(['A4', 'LETTER']).default('A4').describe('Paper of the PDF report'),
    separator: z.enum(CSV_SEPARATORS).default(',').describe('CSV separator unless the export chooses one'),
    suppressBelow: z
      .number()
      .int()
      .min(MIN_SUPPRESSION)
      .max(MAX_SUPPRESSION)
      .nullable()
      .default(DEFAULT_SUPPRESS_BELOW)
      .describe(
        'The small-count rule of every export and preview: counts 1 to N−1 shown as "<N" (default 5); null shows exact counts. A supervisor may lower it for one export, which is audited',
      ),
    activityRoles: z
      .strictObject({
        informed: slugSchema.default('informed-redsafe'),
        accounts: slugSchema.default('account-created'),
        talks: z.array(slugSchema).default(['talk-group']),
        referrals: slugSchema.default('referral'),
      })
      .default({
        informed: 'informed-redsafe',
        accounts: 'account-created',
        talks: ['talk-group'],
        referrals: 'referral',
      })
      .describe(
        'Which activity types (operations.json ids) the report counts as people informed, accounts, talks and referrals',
      ),
    hxl: z
      .strictObject({
        adm1: z.string().max(60).optional().describe('Admin level 1 code, e.g. "MX-CMX"'),
        loc: z.string().max(60).optional().describe('Location code or name of the PAR'),
      })
      .default({})
      .describe('Values written in the metadata for HXL #adm1 and #loc'),
  })
  .describe('Supervisor reports');
export type ReportsConfig = z.infer<typeof reportsFileSchema>;

export const DEFAULT_REPORTS: ReportsConfig = {
  paperSize: 'A4',
  separator: ',',
  suppressBelow: DEFAULT_SUPPRESS_BELOW,
  activityRoles: {
    informed: 'informed-redsafe',
    accounts: 'account-created',
    talks: ['talk-group'],
    referrals: 'referral',
  },
  hxl: {},
};

export function checkReports(): FieldProblem[] {
  return [];
}

/**
 * Activity roles must name activity types of operations.json: a typo would make the report count
 * 0 without a word. A check across two files, reported on reports.json (the loader checks each
 * file alone first), so the last good reports.json keeps serving while staff are told.
 */
export function checkReportsAgainstOperations(reports: ReportsConfig, operations: OperationsConfig): FieldProblem[] {
  const known = new Set(operations.activityTypes.map((type) => type.id));
  const { informed, accounts, talks, referrals } = reports.activityRoles;
  const named: { path: (string | number)[]; id: string }[] = [
    { path: ['activityRoles', 'informed'], id: informed },
    { path: ['activityRoles', 'accounts'], id: accounts },
    ...talks.map((id, index) => ({ path: ['activityRoles', 'talks', index], id })),
    { path: ['activityRoles', 'referrals'], id: referrals },
  ];
  return named
    .filter(({ id }) => !known.has(id))
    .map(({ path, id }) => ({
      path,
      code: 'inconsistent' as const,
      message: `unknown activity type "${id}" (not in operations.json activityTypes)`,
    }));
}
