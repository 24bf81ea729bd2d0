import { z } from 'zod';

import { languageSchema, TURN_NEEDS, TURN_PRIORITY_FLAGS } from '../../contract/index.js';

/**
 * Turns for people waiting (operations.json `turns`). Urgent or private needs go first by
 * default; a site may also let visitors tap one priority flag (children, pregnancy, disability,
 * age), which then goes before plain arrival order.
 */
export const turnsSettingsSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('When false, "Ask staff" only tells people to go to the desk'),
    priorityNeeds: z
      .array(z.enum(TURN_NEEDS))
      .max(TURN_NEEDS.length)
      .default(['urgent_or_private'])
      .describe('Needs called before everyone else, in arrival order among themselves'),
    priorityFlags: z
      .array(z.enum(TURN_PRIORITY_FLAGS))
      .max(TURN_PRIORITY_FLAGS.length)
      .default([])
      .describe('Priority a visitor may tap (empty: none offered); called after priority needs, before arrival order'),
    longWaitMinutes: z
      .number()
      .int()
      .min(1)
      .max(480)
      .default(20)
      .describe('The staff status bar shows a badge while someone has waited longer than this'),
  })
  .describe('Turns for people waiting: the queue, its priorities and the long-wait badge');
export type TurnsSettings = z.infer<typeof turnsSettingsSchema>;

export const DEFAULT_TURNS_SETTINGS: TurnsSettings = {
  enabled: true,
  priorityNeeds: ['urgent_or_private'],
  priorityFlags: [],
  longWaitMinutes: 20,
};

/** What a KoboToolbox column may count of the turns: the daily figures, summed over the month. */
export const TURN_MEASURES = ['taken', 'served', 'no_show', 'left_open'] as const;

export const turnIndicatorSourceSchema = z
  .strictObject({
    kind: z.literal('turns'),
    measure: z.enum(TURN_MEASURES).describe('taken: turns given; served; no_show; left_open: still waiting at closing'),
    need: z.enum(TURN_NEEDS).optional(),
    language: languageSchema.optional(),
  })
  .describe('Turns of the waiting queue (daily figures), optionally one need or one language');
export type TurnIndicatorSource = z.infer<typeof turnIndicatorSourceSchema>;
