import { z } from 'zod';

import { CSV_SEPARATORS, MAX_SUPPRESSION, MIN_SUPPRESSION, slugSchema } from '../../contract/index.js';

import type { FieldProblem } from './field-problem.js';
import { schemaKeySchema } from './site-schema.js';

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
      .default(null)
      .describe('Default small-cell rule: counts 1 to N−1 shown as "<N"; null shows exact counts'),
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
  suppressBelow: null,
  activityRoles: {
    informed: 'informed-redsafe',
    accounts: 'account-created',
    talks: ['talk-group'],
    referrals: 'referral',
  },
  hxl: {},
};

// Whether the activity roles name configured types is checked against operations.json when a
// report is made: the two files change independently, and a report must still come out.
export function checkReports(): FieldProblem[] {
  return [];
}
