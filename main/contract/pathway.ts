import { z } from 'zod';

import { slugSchema } from './common-schemas.js';
import { serviceEntrySchema } from './directory.js';
import { languageSchema, localizedTextSchema } from './languages.js';
import { operatorTokenSchema } from './operator.js';
import { printerProblemSchema } from './printer.js';

/**
 * How fast the receiving service must hear of the person, fastest first. The same four values as
 * the CHECK constraint of `pathway_referral_count`.
 */
export const URGENCIES = ['immediate', '24h', '72h', '2w'] as const;
export const urgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof urgencySchema>;

/** The more pressing of two urgencies. */
export function higherUrgency(a: Urgency, b: Urgency): Urgency {
  return URGENCIES.indexOf(a) <= URGENCIES.indexOf(b) ? a : b;
}

export const pathwayBranchSchema = z.strictObject({
  label: localizedTextSchema.describe('The situation this branch is for, e.g. "the child is alone"'),
  next: slugSchema.describe('Id of the step this branch leads to'),
});
export type PathwayBranch = z.infer<typeof pathwayBranchSchema>;

/**
 * One step of a pathway. It continues with `next`, or with `branches` when the operator must choose
 * between situations, or with neither: then it ends the pathway.
 */
export const pathwayStepSchema = z.strictObject({
  id: slugSchema.describe('Unique within the pathway; shown on the flowchart'),
  title: localizedTextSchema,
  check: localizedTextSchema.describe('What the operator checks or does at this step'),
  contacts: z.array(slugSchema).describe('Ids of directory.json services to contact at this step'),
  urgency: urgencySchema.describe('How soon the contact must be made'),
  tell: localizedTextSchema.describe('What to tell the person, in plain words'),
  doNot: z.array(localizedTextSchema).describe('What never to do at this step'),
  next: slugSchema.optional().describe('The following step, when there is no choice to make'),
  branches: z.array(pathwayBranchSchema).min(2).optional().describe('Two or more situations, each with its step'),
});
export type PathwayStep = z.infer<typeof pathwayStepSchema>;

/** A protection referral pathway for one profile; it starts at its first step. */
export const pathwaySchema = z.strictObject({
  id: slugSchema.describe('The profile; counted per day in the reports'),
  sample: z.boolean().describe('true while the pathway is an example to verify with local partners'),
  title: localizedTextSchema.describe('The profile, for staff on screen only: never printed'),
  noteLabel: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .describe(
      'Neutral route label printed on the note for the receiving service instead of the profile, e.g. "Ruta de protección P-2" (Spanish, like the note); without it the note says "Ruta de protección"',
    ),
  summary: localizedTextSchema.describe('Who this pathway is for'),
  whatHappensNext: localizedTextSchema.describe(
    'Printed on the visitor slip: say what happens without naming the harm (no "trafficking", "violence", …)',
  ),
  steps: z.array(pathwayStepSchema).min(1),
});
export type Pathway = z.infer<typeof pathwaySchema>;

/** The states an operator gives a step; nothing else about the walk is kept, and only in memory. */
export const STEP_STATES = ['pending', 'done', 'not_applicable'] as const;
export const stepStateSchema = z.enum(STEP_STATES);
export type StepState = z.infer<typeof stepStateSchema>;

export const pathwaySummarySchema = z.strictObject({
  id: slugSchema,
  sample: z.boolean(),
  title: z.string(),
  summary: z.string(),
  /** The most pressing urgency any step can reach. */
  topUrgency: urgencySchema,
  steps: z.number().int().min(1),
});
export type PathwaySummary = z.infer<typeof pathwaySummarySchema>;

export const pathwayViewSchema = z.strictObject({
  pathway: pathwaySchema,
  /** The directory entries the steps name, in the order first named. */
  contacts: z.array(serviceEntrySchema),
  /** The flowchart in the requested language: our own markup, the same as `kioskctl pathway render`. */
  svg: z.string(),
});
export type PathwayView = z.infer<typeof pathwayViewSchema>;

/** The steps walked, in order, from the first to a final one: ids and states, nothing else. */
export const pathwayWalkSchema = z
  .array(z.strictObject({ id: slugSchema, state: stepStateSchema }))
  .min(1)
  .max(100);
export type PathwayWalk = z.infer<typeof pathwayWalkSchema>;

export const completePathwayRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  profile: slugSchema,
  walk: pathwayWalkSchema,
});

export const completedPathwaySchema = z.strictObject({
  profile: slugSchema,
  urgency: urgencySchema,
  /** Ids of the services to refer to (contacts of the steps not marked "not applicable"). */
  contacts: z.array(slugSchema),
  referralCode: z.string().min(4).max(20),
  qrPayload: z.string().min(1).max(200),
  /** The day it was counted on (site timezone). */
  day: z.iso.date(),
});
export type CompletedPathway = z.infer<typeof completedPathwaySchema>;

export const printPathwaySlipsRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  profile: slugSchema,
  walk: pathwayWalkSchema,
  referralCode: z.string().min(4).max(20),
  /** The visitor's language: their slip is in it; the note for the service is always Spanish. */
  language: languageSchema,
});

export const slipOutcomeSchema = z.strictObject({
  /** `limited`: the kiosk's slip limit (printers.json `slipLimit`) is reached; the slip is on screen. */
  outcome: z.enum(['printed', 'previewed', 'not_printed', 'limited']),
  problems: z.array(printerProblemSchema),
  /** The slip as text, to show on screen whatever the printer did. */
  text: z.string(),
});
export type SlipOutcome = z.infer<typeof slipOutcomeSchema>;

export const pathwaySlipsSchema = z.strictObject({
  referralCode: z.string(),
  visitorSlip: slipOutcomeSchema,
  referralNote: slipOutcomeSchema,
});
export type PathwaySlips = z.infer<typeof pathwaySlipsSchema>;

export const pathwayReferralCountSchema = z.strictObject({
  day: z.iso.date(),
  profile: slugSchema,
  urgency: urgencySchema,
  count: z.number().int().min(0),
});
export type PathwayReferralCount = z.infer<typeof pathwayReferralCountSchema>;

export const pathwayCountsRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  from: z.iso.date(),
  to: z.iso.date(),
});
