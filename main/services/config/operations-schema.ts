import { z } from 'zod';

import {
  activityTypeSchema,
  boundedString,
  labelledItemSchema,
  sexSchema,
  type ActivityType,
  type LabelledItem,
  TEXT_LIMITS,
  type Sex,
} from '../../contract/index.js';

import { duplicateIds, type FieldProblem } from './field-problem.js';
import { schemaKeySchema } from './site-schema.js';
import { DEFAULT_TURNS_SETTINGS, turnsSettingsSchema } from './turns-schema.js';

/**
 * How the attention point records its work. The activity types differ between organisations
 * (each has its own monthly form), so they are configured here, not written into the code.
 */
/**
 * Addresses the daily check fetches. `expectText` must appear in the answer: a captive portal (a
 * hotel or café Wi-Fi login page) answers 200 with its own page, which is not the internet.
 * Plain http is accepted only for this machine (local test services); everything else is https.
 */
const endpointSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,29}$/),
  url: boundedString(TEXT_LIMITS.url)
    .check(z.url({ protocol: /^https?$/ }))
    .refine((url) => url.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url), {
      message: 'expected an https:// address (http only for 127.0.0.1 or localhost)',
    }),
  expectText: z.string().min(1).max(200).optional(),
});

export const equipmentCheckSettingsSchema = z
  .strictObject({
    endpoints: z.array(endpointSchema).max(10),
    timeoutMs: z.number().int().min(500).max(30_000).default(8_000),
    minFreeDiskMb: z.number().int().min(10).default(500),
    maxClockSkewSeconds: z.number().int().min(5).default(120),
    latencyWarnMs: z.number().int().min(50).default(2_000),
  })
  .describe('The automatic part of the daily equipment check');
export type EquipmentCheckSettings = z.infer<typeof equipmentCheckSettingsSchema>;

export const DEFAULT_CHECK_SETTINGS: EquipmentCheckSettings = {
  endpoints: [{ id: 'redsafe', url: 'https://redsafe.icrc.org/', expectText: 'RedSafe' }],
  timeoutMs: 8_000,
  minFreeDiskMb: 500,
  maxClockSkewSeconds: 120,
  latencyWarnMs: 2_000,
};

/** 3 "went, not served" in 30 days: rare for a service that works, quick enough to catch one that stopped. */
const DEFAULT_FOLLOW_UP = { reverifyNotServed: 3, reverifyWindowDays: 30 } as const;

export const operationsFileSchema = z
  .strictObject({
    $schema: schemaKeySchema,
    activityTypes: z.array(activityTypeSchema).min(1).describe('What operators can log, in the order the screen shows'),
    sexes: z
      .array(sexSchema)
      .min(2)
      .describe('female and male always; add "other" and "not_stated" where the site records them'),
    checks: equipmentCheckSettingsSchema.default(DEFAULT_CHECK_SETTINGS),
    checklist: z
      .array(labelledItemSchema)
      .max(40)
      .optional()
      .describe('The manual part of the daily check, in the order the screen shows (pass, fail or not applicable)'),
    maintenanceKinds: z
      .array(labelledItemSchema)
      .max(40)
      .optional()
      .describe('What staff can record as maintenance: paper roll changed, cleaning, …'),
    notOpenUntilChecked: z
      .boolean()
      .default(false)
      .describe('When true, visitor screens show "not yet open" until the day\'s check has run'),
    retention: z
      .strictObject({
        notesDays: z
          .number()
          .int()
          .min(7)
          .max(365)
          .default(30)
          .describe('Free-text checklist notes are deleted after this many days; the screen says so'),
        corruptCopiesDays: z
          .number()
          .int()
          .min(1)
          .max(365)
          .default(30)
          .describe('Damaged database files moved aside (kiosk.sqlite.corrupt-*) are deleted after this many days'),
        referralCodesDays: z
          .number()
          .int()
          .min(7)
          .max(365)
          .default(90)
          .describe(
            'Referral codes and their outcomes are folded into daily totals and the codes deleted after this many days',
          ),
      })
      .default({ notesDays: 30, corruptCopiesDays: 30, referralCodesDays: 90 })
      .describe('How long free text and damaged copies of the database are kept'),
    turns: turnsSettingsSchema.default(DEFAULT_TURNS_SETTINGS),
    followUp: z
      .strictObject({
        reverifyNotServed: z
          .number()
          .int()
          .min(1)
          .max(1000)
          .default(3)
          .describe('A service is flagged for re-verification when this many referrals to it "went, not served"…'),
        reverifyWindowDays: z
          .number()
          .int()
          .min(1)
          .max(365)
          .default(30)
          .describe('…among the referrals given in this many days (today included)'),
      })
      .default(DEFAULT_FOLLOW_UP)
      .describe('Referral follow-up: when the daily check flags a service that keeps turning people away'),
  })
  .describe('Activity types and disaggregation for the activity log');
export type OperationsConfig = z.infer<typeof operationsFileSchema>;

const text = (es: string, en: string, fr: string, ht: string) => ({ es, en, fr, ht });

/** Used until a valid operations.json has been read: the activities the product brief lists. */
export const DEFAULT_ACTIVITY_TYPES: readonly ActivityType[] = [
  {
    id: 'informed-redsafe',
    label: text(
      'Personas informadas sobre RedSafe',
      'People informed about RedSafe',
      'Personnes informées sur RedSafe',
      'Moun ki resevwa enfòmasyon sou RedSafe',
    ),
    needsCategory: false,
  },
  {
    id: 'account-created',
    label: text(
      'Cuentas creadas con ayuda',
      'Accounts created with help',
      'Comptes créés avec aide',
      'Kont ki kreye avèk èd',
    ),
    needsCategory: false,
  },
  {
    id: 'orientation-individual',
    label: text(
      'Orientación individual',
      'Individual orientation',
      'Orientation individuelle',
      'Oryantasyon pou yon sèl moun',
    ),
    needsCategory: false,
  },
  {
    id: 'talk-group',
    label: text('Charla grupal', 'Group talk', "Séance d'information en groupe", 'Chita pale an gwoup'),
    needsCategory: false,
  },
  {
    id: 'referral',
    label: text('Canalizaciones', 'Referrals', 'Orientations vers un service', 'Referans'),
    needsCategory: true,
  },
  {
    id: 'accompaniment',
    label: text('Acompañamientos', 'Accompaniments', 'Accompagnements', 'Akonpayman'),
    needsCategory: false,
  },
];

/** Used while operations.json lists no checklist of its own. */
export const DEFAULT_CHECKLIST: readonly LabelledItem[] = [
  {
    id: 'screen-clean',
    label: text(
      'La pantalla está limpia y responde al tacto',
      'The screen is clean and responds to touch',
      "L'écran est propre et répond au toucher",
      'Ekran an pwòp epi li reponn lè ou touche l',
    ),
  },
  {
    id: 'test-tone',
    label: text(
      'Se escucha el tono de prueba',
      'The test tone can be heard',
      "On entend le son d'essai",
      'Ou tande son tès la',
    ),
  },
  {
    id: 'paper-spare',
    label: text(
      'Hay un rollo de papel de repuesto',
      'There is a spare paper roll',
      'Il y a un rouleau de papier de rechange',
      'Gen yon woulo papye an plis',
    ),
  },
  {
    id: 'posters',
    label: text(
      'Los carteles de RedSafe están visibles',
      'The RedSafe posters are visible',
      'Les affiches RedSafe sont visibles',
      'Afich RedSafe yo parèt byen',
    ),
  },
];

/** Used while operations.json lists no maintenance kinds of its own. */
export const DEFAULT_MAINTENANCE_KINDS: readonly LabelledItem[] = [
  {
    id: 'paper-roll',
    label: text('Rollo de papel cambiado', 'Paper roll changed', 'Rouleau de papier changé', 'Woulo papye chanje'),
  },
  {
    id: 'cleaning',
    label: text('Limpieza de la pantalla', 'Screen cleaned', 'Écran nettoyé', 'Ekran netwaye'),
  },
  {
    id: 'printer-cleaning',
    label: text('Impresora limpiada', 'Printer cleaned', 'Imprimante nettoyée', 'Enprimant netwaye'),
  },
  {
    id: 'restart',
    label: text('Equipo reiniciado', 'Computer restarted', 'Ordinateur redémarré', 'Òdinatè a rekòmanse'),
  },
];

export const DEFAULT_OPERATIONS: OperationsConfig = {
  activityTypes: [...DEFAULT_ACTIVITY_TYPES],
  sexes: ['female', 'male'] satisfies Sex[],
  checks: DEFAULT_CHECK_SETTINGS,
  notOpenUntilChecked: false,
  retention: { notesDays: 30, corruptCopiesDays: 30, referralCodesDays: 90 },
  turns: DEFAULT_TURNS_SETTINGS,
  followUp: DEFAULT_FOLLOW_UP,
};

export function checkOperations(config: OperationsConfig): FieldProblem[] {
  const problems = duplicateIds(config.activityTypes, ['activityTypes'], 'Activity type');
  for (const required of ['female', 'male'] as const) {
    if (!config.sexes.includes(required)) {
      problems.push({ path: ['sexes'], code: 'invalid_value', message: `"${required}" must be listed` });
    }
  }
  problems.push(...duplicateIds(config.checklist ?? [], ['checklist'], 'Checklist item'));
  problems.push(...duplicateIds(config.maintenanceKinds ?? [], ['maintenanceKinds'], 'Maintenance kind'));
  if (new Set(config.sexes).size !== config.sexes.length) {
    problems.push({ path: ['sexes'], code: 'inconsistent', message: 'a value is listed twice' });
  }
  return problems;
}
