import { z } from 'zod';

import { isoDaySchema } from './activity.js';
import { languageSchema } from './languages.js';
import { operatorTokenSchema } from './operator.js';
import { visitorSessionSchema } from './referral.js';
import { TICKET_OUTCOMES, TURN_NEEDS, TURN_PRIORITY_FLAGS, TURN_STATES } from './turn-lists.js';

export const turnNeedSchema = z.enum(TURN_NEEDS);

export const turnPriorityFlagSchema = z.enum(TURN_PRIORITY_FLAGS);

/** The number as people read it: three digits, starting again at 001 every day. */
export const turnNumberSchema = z.string().regex(/^\d{3}$/);

/** Random per "take a turn" screen: a second tap with the same key gets the same turn. */
export const turnRequestKeySchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

export const takeTurnRequestSchema = z.strictObject({
  session: visitorSessionSchema,
  requestKey: turnRequestKeySchema,
  need: turnNeedSchema,
  language: languageSchema,
  priority: turnPriorityFlagSchema.optional(),
});
export type TakeTurnRequest = z.infer<typeof takeTurnRequestSchema>;

/**
 * The visitor's own turn. `ahead`: people who will be called before them now (it can grow when
 * someone with priority arrives). `callId` changes at each call and recall, so a screen chimes
 * once per call.
 */
export const myTurnSchema = z.strictObject({
  number: turnNumberSchema,
  state: z.enum(TURN_STATES),
  ahead: z.number().int().min(0),
  callId: z.number().int().min(0),
});
export type MyTurn = z.infer<typeof myTurnSchema>;

export const takeTurnResponseSchema = z.strictObject({
  turn: myTurnSchema,
  /** True when this session already held an open turn (or the same tap came twice): nothing new. */
  existing: z.boolean(),
  ticket: z.enum(TICKET_OUTCOMES),
});
export type TakeTurnResponse = z.infer<typeof takeTurnResponseSchema>;

export const myTurnRequestSchema = z.strictObject({ session: visitorSessionSchema });
/** The visit's open turn, and what "Ask staff" may offer (the site may have turned turns off). */
export const myTurnResponseSchema = z.strictObject({
  turn: myTurnSchema.nullable(),
  offer: z.strictObject({ enabled: z.boolean(), priorityFlags: z.array(turnPriorityFlagSchema) }),
});
export type MyTurnResponse = z.infer<typeof myTurnResponseSchema>;

/** A turn as staff see it: no session, nothing about the person beyond need, language and flag. */
export const queuedTurnSchema = z.strictObject({
  id: z.number().int().min(1),
  number: turnNumberSchema,
  need: turnNeedSchema,
  language: languageSchema,
  priority: turnPriorityFlagSchema.nullable(),
  state: z.enum(['waiting', 'called']),
  waitingMinutes: z.number().int().min(0),
  calls: z.number().int().min(0),
});
export type QueuedTurn = z.infer<typeof queuedTurnSchema>;

export const turnQueueSchema = z.strictObject({
  /** In the order they will be called; called turns after the waiting ones. */
  turns: z.array(queuedTurnSchema),
  longWaitMinutes: z.number().int().min(1),
  /** Waiting turns older than `longWaitMinutes`: what the staff status bar's badge counts. */
  longWaits: z.number().int().min(0),
});
export type TurnQueue = z.infer<typeof turnQueueSchema>;

export const turnActionRequestSchema = z.strictObject({ token: operatorTokenSchema, id: z.number().int().min(1) });

/** `turn` is null when nobody waits (call next) or the turn is no longer called (recall). */
export const turnActionResponseSchema = z.strictObject({ turn: queuedTurnSchema.nullable() });
/** `closed` is false when the turn was no longer open (someone else closed it, or its day ended). */
export const closeTurnResponseSchema = z.strictObject({ closed: z.boolean() });

/** A call as a display shows it: the number only, newest first. */
export const turnCallSchema = z.strictObject({ number: turnNumberSchema, callId: z.number().int().min(1) });
export const currentCallsSchema = z.strictObject({ calls: z.array(turnCallSchema) });
export type CurrentCalls = z.infer<typeof currentCallsSchema>;

/** One day's anonymous figures once its turns are folded (no per-turn time remains). */
export const turnDayFiguresSchema = z.strictObject({
  day: isoDaySchema,
  byNeed: z.record(turnNeedSchema, z.number().int().min(0)),
  byLanguage: z.record(languageSchema, z.number().int().min(0)),
  served: z.number().int().min(0),
  noShows: z.number().int().min(0),
  /** Still waiting or called, never closed, when the day ended. */
  leftOpen: z.number().int().min(0),
  /** How many waits the median and 90th percentile are taken over. */
  waitsMeasured: z.number().int().min(0),
  waitMedianMinutes: z.number().min(0).nullable(),
  waitP90Minutes: z.number().min(0).nullable(),
});
export type TurnDayFigures = z.infer<typeof turnDayFiguresSchema>;
