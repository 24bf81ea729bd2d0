import { z } from 'zod';

import {
  DID_NOT_GO_REASONS,
  NOT_SERVED_REASONS,
  ageBracketSchema,
  boundedString,
  serviceCategorySchema,
  sexSchema,
  slugSchema,
  TEXT_LIMITS,
  usageKeySchema,
  usageMetricSchema,
} from '../../contract/index.js';

import type { DirectoryConfig } from './directory-schema.js';
import type { FieldProblem } from './field-problem.js';
import type { OperationsConfig } from './operations-schema.js';
import { schemaKeySchema } from './site-schema.js';
import { turnIndicatorSourceSchema } from './turns-schema.js';

/**
 * Plain http only for this machine (a local test server); a real KoboToolbox server is https, or
 * the credential would cross the network in the clear.
 */
const serverUrlSchema = boundedString(TEXT_LIMITS.url)
  .check(z.url({ protocol: /^https?$/ }))
  .refine((url) => url.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url), {
    message: 'expected an https:// address (http only for 127.0.0.1 or localhost)',
  })
  .describe("The KoboToolbox server that takes OpenRosa submissions (KoboCAT's host, e.g. https://kc.kobotoolbox.org)");

/** The form's column names become XML element names in the submission, so they must be XML names. */
const columnSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, {
    message: 'expected a form column name: letters, digits and "_", not starting with a digit (up to 64)',
  })
  .refine((column) => column !== 'meta' && !/^xml/i.test(column), { message: 'this name is reserved in OpenRosa' });

export const INCIDENT_KINDS = ['check_failed', 'printer_fault', 'renderer_crash', 'manual'] as const;
export const PATHWAY_URGENCIES = ['immediate', '24h', '72h', '2w'] as const;
export const CHECK_SUMMARIES = ['pass', 'warn', 'fail'] as const;
/**
 * What a referral-outcome column counts over the referrals given in the month: all of them
 * (`made`), those whose outcome is known (anything but `open`), one outcome, or the share of known
 * outcomes that were `served`, as a whole percentage (0 when none is known).
 */
export const REFERRAL_OUTCOME_MEASURES = [
  'made',
  'known',
  'open',
  'served',
  'went_not_served',
  'did_not_go',
  'unknown',
  'servedPercent',
] as const;
export type ReferralOutcomeMeasure = (typeof REFERRAL_OUTCOME_MEASURES)[number];
const OUTCOME_REASONS = [...new Set([...NOT_SERVED_REASONS, ...DID_NOT_GO_REASONS])] as [string, ...string[]];

/** What one column sums over the month. Counts only: no source can reach anything about a person. */
export const indicatorSourceSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('people'),
      activityType: slugSchema.describe('An activity type id of operations.json'),
      sex: sexSchema.optional(),
      age: ageBracketSchema.optional(),
      category: serviceCategorySchema.optional().describe('Referrals only: one service category'),
    })
    .describe('People counted in the activity log, optionally one sex and one age bracket'),
  z
    .strictObject({ kind: z.literal('entries'), activityType: slugSchema })
    .describe('Activity log entries of one type (for example group talks held)'),
  z
    .strictObject({ kind: z.literal('usage'), metric: usageMetricSchema, key: usageKeySchema.optional() })
    .describe("The kiosk's anonymous usage counters"),
  z
    .strictObject({
      kind: z.literal('pathwayReferrals'),
      profile: slugSchema.optional(),
      urgency: z.enum(PATHWAY_URGENCIES).optional(),
    })
    .describe('Referrals made by following a protection pathway'),
  z
    .strictObject({ kind: z.literal('incidents'), incidentKind: z.enum(INCIDENT_KINDS).optional() })
    .describe('Equipment incidents opened in the month'),
  z
    .strictObject({ kind: z.literal('equipmentChecks'), summary: z.enum(CHECK_SUMMARIES).optional() })
    .describe('Equipment checks run in the month'),
  // — Turns for people waiting —
  turnIndicatorSourceSchema,
  z
    .strictObject({
      kind: z.literal('referralOutcomes'),
      measure: z.enum(REFERRAL_OUTCOME_MEASURES),
      reason: z
        .enum(OUTCOME_REASONS)
        .optional()
        .describe('With went_not_served or did_not_go only: one reason of that outcome'),
      category: z
        .union([serviceCategorySchema, z.literal('pathway')])
        .optional()
        .describe('One service category ("pathway": referrals made by a protection pathway)'),
      serviceId: slugSchema.optional().describe('One service of directory.json (or one pathway profile)'),
    })
    .describe('Referrals given in the month, by what became of them (the follow-up ledger and its daily totals)'),
]);
export type IndicatorSource = z.infer<typeof indicatorSourceSchema>;

export const indicatorSchema = z.strictObject({ column: columnSchema, from: indicatorSourceSchema });
export type IndicatorMapping = z.infer<typeof indicatorSchema>;

/**
 * Where and how the monthly indicators are submitted to KoboToolbox, and which form columns they
 * fill. Optional: without the file (or with `$schema` alone) nothing is submitted. Either every
 * submission setting is given or none is.
 */
export const koboFileSchema = z
  .strictObject({
    $schema: schemaKeySchema,
    serverUrl: serverUrlSchema.optional(),
    formId: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/, { message: "expected the form's id (its asset uid or id_string)" })
      .optional()
      .describe("The form's id: the root element of the submission and its `id` attribute"),
    formVersion: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("The deployed form version (the `version` attribute); leave out if the form's XML has none"),
    auth: z
      .enum(['collector-token', 'account'])
      .optional()
      .describe(
        '"collector-token": a data collector token, posted to /collector/{token}/submission (least privilege); "account": a KoboToolbox account with basic auth on /submission',
      ),
    monthColumn: columnSchema
      .optional()
      .describe('A form column that receives the month (YYYY-MM) the figures are for, if the form has one'),
    siteColumn: columnSchema
      .optional()
      .describe("A form column that receives the attention point's id (site.json), if the form has one"),
    timeoutMs: z.number().int().min(1_000).max(120_000).default(30_000).describe('Time allowed for each request'),
    indicators: z
      .array(indicatorSchema)
      .min(1)
      .max(200)
      .optional()
      .describe("The form's columns and what each one counts over the month"),
  })
  .describe('Monthly indicators submitted to KoboToolbox (OpenRosa)');
export type KoboConfig = z.infer<typeof koboFileSchema>;

export const DEFAULT_KOBO: KoboConfig = { timeoutMs: 30_000 };

/** The settings of a configured submission, all present. */
export interface KoboSettings {
  readonly serverUrl: string;
  readonly formId: string;
  readonly formVersion: string | undefined;
  readonly auth: 'collector-token' | 'account';
  readonly monthColumn: string | undefined;
  readonly siteColumn: string | undefined;
  readonly timeoutMs: number;
  readonly indicators: readonly IndicatorMapping[];
}

const REQUIRED = ['serverUrl', 'formId', 'auth', 'indicators'] as const;

/** The submission settings, or undefined while the file leaves submission unset. */
export function koboSettings(config: KoboConfig): KoboSettings | undefined {
  const { serverUrl, formId, auth, indicators } = config;
  if (serverUrl === undefined || formId === undefined || auth === undefined || indicators === undefined) {
    return undefined;
  }
  return {
    serverUrl,
    formId,
    formVersion: config.formVersion,
    auth,
    monthColumn: config.monthColumn,
    siteColumn: config.siteColumn,
    timeoutMs: config.timeoutMs,
    indicators,
  };
}

export function checkKobo(config: KoboConfig): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const given = REQUIRED.filter((key) => config[key] !== undefined);
  if (given.length > 0 || config.formVersion !== undefined) {
    for (const key of REQUIRED) {
      if (config[key] === undefined) {
        problems.push({
          path: [key],
          code: 'inconsistent',
          message: `required with ${given.length > 0 ? given.join(', ') : 'formVersion'}`,
        });
      }
    }
  }
  const seen = new Set<string>([config.monthColumn, config.siteColumn].filter((c) => c !== undefined));
  if (config.monthColumn !== undefined && config.monthColumn === config.siteColumn) {
    problems.push({ path: ['siteColumn'], code: 'inconsistent', message: 'must differ from monthColumn' });
  }
  (config.indicators ?? []).forEach((indicator, index) => {
    const reasonProblem = referralReasonProblem(indicator.from);
    if (reasonProblem !== undefined) {
      problems.push({ path: ['indicators', index, 'from', 'reason'], code: 'inconsistent', message: reasonProblem });
    }
    if (seen.has(indicator.column)) {
      problems.push({
        path: ['indicators', index, 'column'],
        code: 'inconsistent',
        message: `column "${indicator.column}" is listed twice`,
      });
    }
    seen.add(indicator.column);
  });
  return problems;
}

/** A reason belongs to one outcome's list: a reason for `served`, or `fear` for "not served", counts nothing. */
function referralReasonProblem(source: IndicatorSource): string | undefined {
  if (source.kind !== 'referralOutcomes' || source.reason === undefined) return undefined;
  const list: readonly string[] | undefined =
    source.measure === 'went_not_served'
      ? NOT_SERVED_REASONS
      : source.measure === 'did_not_go'
        ? DID_NOT_GO_REASONS
        : undefined;
  if (list === undefined) return `a reason goes with measure went_not_served or did_not_go, not ${source.measure}`;
  return list.includes(source.reason) ? undefined : `"${source.reason}" is not a reason of ${source.measure}`;
}

/**
 * Problems that need operations.json too: an indicator naming an activity type or a sex the site
 * does not record would silently submit 0. The service runs this when it reports its status and
 * before it queues a month (the configuration loader checks one file at a time).
 */
export function koboIndicatorProblems(
  config: KoboConfig,
  operations: OperationsConfig,
  directory?: DirectoryConfig,
): string[] {
  const types = new Map(operations.activityTypes.map((type) => [type.id, type]));
  const services = new Set(directory?.services.map((service) => service.id));
  const problems: string[] = [];
  for (const { column, from } of config.indicators ?? []) {
    // A referral's service is a directory service, or a pathway's profile (category "pathway").
    if (
      from.kind === 'referralOutcomes' &&
      directory !== undefined &&
      from.serviceId !== undefined &&
      from.category !== 'pathway' &&
      !services.has(from.serviceId)
    ) {
      problems.push(`${column}: unknown service "${from.serviceId}" (not in directory.json)`);
    }
    if (from.kind !== 'people' && from.kind !== 'entries') continue;
    const type = types.get(from.activityType);
    if (type === undefined) {
      problems.push(`${column}: unknown activity type "${from.activityType}"`);
      continue;
    }
    if (from.kind === 'people' && from.sex !== undefined && !operations.sexes.includes(from.sex)) {
      problems.push(`${column}: this site does not record sex "${from.sex}"`);
    }
    if (from.kind === 'people' && from.category !== undefined && !type.needsCategory) {
      problems.push(`${column}: "${from.activityType}" takes no service category`);
    }
  }
  return problems;
}
