import { z } from 'zod';

import { configStatusSchema } from './config-status.js';
import { databaseStatusSchema } from './kiosk-info.js';
import { checkProgressSchema, serviceStatusSchema } from './operations-status.js';
import { printerStatusSchema } from './printer.js';

/** Events pushed from main to the renderer. Later features add members to this union. */
export const kioskEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('configChanged'), status: configStatusSchema }),
  z.strictObject({ type: z.literal('databaseStatus'), status: databaseStatusSchema }),
  z.strictObject({ type: z.literal('printerStatus'), status: printerStatusSchema }),
  // — Operations: incidents, maintenance, checklist, status —
  z.strictObject({ type: z.literal('equipmentCheckProgress'), progress: checkProgressSchema }),
  z.strictObject({ type: z.literal('serviceStatus'), status: serviceStatusSchema }),
  // — Reports and KoboToolbox —
  // KoboToolbox
  z.strictObject({ type: z.literal('koboOutboxChanged') }),
  // Reports: how far the export in progress is (0–100), for the supervisor's progress bar.
  z.strictObject({ type: z.literal('reportProgress'), percent: z.number().min(0).max(100) }),
]);
export type KioskEvent = z.infer<typeof kioskEventSchema>;
export type KioskEventType = KioskEvent['type'];
