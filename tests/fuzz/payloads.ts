// Payload generators for fuzzing the contract: valid examples per method, mutations of them that
// are almost valid, and hostile values (wrong types, huge strings, deep nesting, prototype keys).
import fc from 'fast-check';

import { USAGE_KEYS, USAGE_METRICS, type MethodName, type RequestOf } from '../../main/contract/index.js';

/**
 * At least one valid request per method. Typed by the contract, so a new method fails to compile
 * here until it has examples: no method escapes the fuzzing.
 */
export const VALID_EXAMPLES: { readonly [M in MethodName]: readonly RequestOf<M>[] } = {
  getKioskInfo: [{}],
  getConfigStatus: [{}],
  getSiteConfig: [{}],
  setLanguage: [{ language: 'es' }, { language: 'ht' }],
  recordUsage: USAGE_METRICS.map((metric) => {
    const [key] = USAGE_KEYS[metric];
    return key === undefined ? { metric } : { metric, key };
  }),
  getDirectory: [{}],
  showReferral: [{ serviceId: 'comar-asilo', language: 'fr' }],
  printReferral: [{ serviceId: 'comar-asilo', language: 'es' }],
  getPrinterStatus: [{}],
  listAudioClips: [{ language: 'en' }],
  getAudioClip: [{ language: 'ht', messageId: 'home.title' }],
  listRecordings: [{ token: 'b'.repeat(43), language: 'ht' }],
  saveRecording: [
    {
      token: 'b'.repeat(43),
      language: 'ht',
      clipId: 'home.heading',
      mimeType: 'audio/webm',
      base64: 'GkXfo0AgQoaBAUL3gQE=',
      playback: { startSeconds: 0.2, durationSeconds: 1.5, gain: 1.8 },
    },
  ],
  setRecordingScreen: [{ token: 'b'.repeat(43), open: true }],
  deleteRecording: [{ token: 'b'.repeat(43), language: 'fr', clipId: 'home.heading' }],
  exportClipArchive: [{ token: 'b'.repeat(43), language: 'es' }],
  importClipArchive: [{ token: 'b'.repeat(43), language: 'es', base64: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' }],
  getOperatorAccess: [{}],
  setupSupervisor: [{ setupCode: '123456789012', name: 'Ana', pin: '482916' }],
  unlockOperator: [{ accountId: 'abcdefghjkmn', pin: '739150' }],
  lockOperator: [{ token: 'A'.repeat(43) }],
  listStaffAccounts: [{ token: 'b'.repeat(43) }],
  addStaffAccount: [{ token: 'b'.repeat(43), name: 'Rosa', role: 'operator', pin: '604817' }],
  updateStaffAccount: [
    { token: 'b'.repeat(43), accountId: 'abcdefghjkmn', name: 'Rosa M.' },
    { token: 'b'.repeat(43), accountId: 'abcdefghjkmn', disabled: true },
  ],
  setStaffPin: [{ token: 'b'.repeat(43), accountId: 'abcdefghjkmn', pin: '604817' }],
  getAuditLog: [{ token: 'c'.repeat(43), limit: 10 }],
  getActivityTypes: [{ token: 'd'.repeat(43) }],
  saveActivityEntry: [
    {
      token: 'e'.repeat(43),
      entry: {
        day: '2026-11-20',
        type: 'talk-group',
        language: 'ht',
        counts: [{ sex: 'female', age: '18-59', count: 4 }],
      },
    },
  ],
  deleteActivityEntry: [{ token: 'f'.repeat(43), id: 1 }],
  listActivityEntries: [{ token: 'g'.repeat(43), from: '2026-11-01', to: '2026-11-30' }],
  runEquipmentCheck: [
    { token: 'h'.repeat(43) },
    { token: 'h'.repeat(43), screen: { display: { width: 1920, height: 1080, touchPoints: 10 }, audio: 'running' } },
  ],
  getLastEquipmentCheck: [{ token: 'i'.repeat(43) }],
  // — Operations: incidents, maintenance, checklist, status —
  getServiceStatus: [{}],
  getOperationsStatus: [{ token: 'j'.repeat(43) }],
  getOperationsSetup: [{ token: 'k'.repeat(43) }],
  listIncidents: [{ token: 'l'.repeat(43) }],
  openIncident: [{ token: 'm'.repeat(43), subject: 'power' }],
  closeIncident: [{ token: 'n'.repeat(43), id: 1 }],
  saveMaintenanceEntry: [{ token: 'o'.repeat(43), kind: 'paper-roll' }],
  listMaintenanceEntries: [{ token: 'p'.repeat(43) }],
  saveChecklistAnswers: [
    {
      token: 'q'.repeat(43),
      checkId: 1,
      answers: [
        { item: 'screen-clean', answer: 'pass' },
        { item: 'posters', answer: 'fail', note: 'torn corner' },
      ],
    },
  ],
  // — Printer administration and kiosk hardening —
  listPrintJobs: [{ token: 'j'.repeat(43) }, { token: 'j'.repeat(43), limit: 5 }],
  reprintJob: [{ token: 'k'.repeat(43), jobId: 1 }],
  recoverPrinter: [{ token: 'l'.repeat(43) }],
  printTestSlip: [{ token: 'm'.repeat(43) }],
  readPrinterStatus: [{ token: 'n'.repeat(43) }],
  // — Reports and KoboToolbox —
  // KoboToolbox
  getKoboStatus: [{ token: 'k'.repeat(43) }],
  setKoboCredential: [
    { token: 'l'.repeat(43), credential: { kind: 'collector-token', token: 'aB3dE5fG7hJ9kL1m' } },
    { token: 'l'.repeat(43), credential: { kind: 'account', username: 'par_cdmx', password: 'correct horse' } },
  ],
  queueKoboMonth: [{ token: 'm'.repeat(43) }, { token: 'm'.repeat(43), month: '2026-10' }],
  retryKoboNow: [{ token: 'n'.repeat(43) }],
  // Reports
  previewReport: [
    { token: 'i'.repeat(43), from: '2026-11-01', to: '2026-11-30' },
    { token: 'i'.repeat(43), from: '2026-11-01', to: '2026-11-30', suppress: null },
  ],
  exportReport: [
    {
      token: 'i'.repeat(43),
      options: {
        from: '2026-11-01',
        to: '2026-11-30',
        format: 'csv',
        language: 'ht',
        rule: { site: 5, applied: null },
        hxl: true,
        separator: ';',
      },
    },
  ],
  listReportDestinations: [{ token: 'i'.repeat(43) }],
  saveReport: [
    {
      token: 'i'.repeat(43),
      destination: 'local',
      options: { from: '2026-11-01', to: '2026-11-07', format: 'pdf', language: 'es', rule: { site: 5, applied: 5 } },
    },
  ],
  // — Referral pathways —
  listPathways: [{ token: 'j'.repeat(43), language: 'ht' }],
  getPathway: [{ token: 'k'.repeat(43), id: 'unaccompanied-child', language: 'es' }],
  completePathwayReferral: [
    {
      token: 'l'.repeat(43),
      profile: 'unaccompanied-child',
      walk: [
        { id: 'safety', state: 'done' },
        { id: 'alone', state: 'done' },
        { id: 'family-links', state: 'not_applicable' },
      ],
    },
  ],
  printPathwaySlips: [
    {
      token: 'm'.repeat(43),
      profile: 'voluntary-return',
      walk: [
        { id: 'fear-check', state: 'done' },
        { id: 'iom', state: 'pending' },
      ],
      referralCode: '7KQ2-M9XD-F',
      language: 'fr',
    },
  ],
  getPathwayReferralCounts: [{ token: 'n'.repeat(43), from: '2026-11-01', to: '2026-11-30' }],
  getTopics: [{}],
  printTopicSheet: [{ topicId: 'asylum', language: 'ht' }],
  // — Referral follow-up —
  setFollowUpScanner: [{ token: 's'.repeat(43), open: true }],
  setVisitorScanner: [{ open: true }, { open: false }],
  lookupReferral: [{ token: 'p'.repeat(43), code: '7kq2 m9xd 4' }],
  recordReferralOutcome: [
    { token: 'q'.repeat(43), code: '7KQ2-M9XD-4', report: { outcome: 'served' } },
    { token: 'q'.repeat(43), code: '7KQ2-M9XD-4', report: { outcome: 'went_not_served', reason: 'asked_documents' } },
  ],
  importPartnerOutcomes: [
    { token: 'r'.repeat(43), csv: 'code,outcome,reason\n7KQ2-M9XD-4,served,\n', apply: false },
    { token: 'r'.repeat(43), csv: 'code;outcome;reason\r\n7KQ2M9XD4;did_not_go;fear\r\n', apply: true },
  ],
  reportOwnReferralOutcome: [
    { code: '7KQ2-M9XD-4' },
    { code: '7KQ2M9XD4', report: { outcome: 'did_not_go', reason: 'fear' } },
  ],
  getDirectoryAdmin: [{ token: 'm'.repeat(43) }],
  closeDirectoryService: [{ token: 'n'.repeat(43), serviceId: 'comar-asilo', reason: 'holiday', until: '2026-12-24' }],
  reopenDirectoryService: [{ token: 'n'.repeat(43), serviceId: 'comar-asilo' }],
  setDirectoryNotice: [
    {
      token: 'n'.repeat(43),
      serviceId: 'comar-asilo',
      text: {
        es: 'Hoy cierra a las 12:00.',
        en: 'Closes at 12:00 today.',
        fr: 'Ferme à 12 h 00.',
        ht: 'Li fèmen a 12:00.',
      },
      until: '2026-12-10',
    },
  ],
  clearDirectoryNotice: [{ token: 'n'.repeat(43), serviceId: 'comar-asilo' }],
  editDirectoryService: [
    { token: 'n'.repeat(43), serviceId: 'comar-asilo', fields: { phones: [{ number: '55 5209 8800' }] } },
    { token: 'n'.repeat(43), serviceId: 'comar-asilo', fields: { cost: { kind: 'free' }, hoursNote: null } },
  ],
  markDirectoryVerified: [{ token: 'n'.repeat(43), serviceId: 'comar-asilo' }],
  listDirectoryHistory: [{ token: 'n'.repeat(43) }],
  restoreDirectoryCopy: [{ token: 'n'.repeat(43), id: '20261206T142000000Z-000--directory.json' }],
  getDirectorySync: [{ token: 'm'.repeat(43) }],
  syncDirectoryNow: [{ token: 'n'.repeat(43) }],
  // — Turns for people waiting —
  takeTurn: [
    { session: '3f9a1c2b7d4e-2', requestKey: 'k-8c21f0a9', need: 'information', language: 'ht' },
    { session: '3f9a1c2b7d4e-3', requestKey: 'k-8c21f0b0', need: 'urgent_or_private', language: 'es', priority: 'age' },
  ],
  getMyTurn: [{ session: '3f9a1c2b7d4e-2' }],
  getTurnCalls: [{}],
  listTurnQueue: [{ token: 't'.repeat(43) }],
  callNextTurn: [{ token: 't'.repeat(43) }],
  recallTurn: [{ token: 't'.repeat(43), id: 1 }],
  markTurnServed: [{ token: 't'.repeat(43), id: 1 }],
  markTurnNoShow: [{ token: 't'.repeat(43), id: 2 }],
};

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Nested arrays/objects far deeper than any schema, built iteratively (no recursion limits hit here). */
function deeplyNested(depth: number, asObject: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asObject ? { a: value } : [value];
  return value;
}

const hostileScalar = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 2 ** 53, -1),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    'x'.repeat(100_000),
    '\u0000',
    '\uFFFF\uD800',
    '<script>alert(1)</script>',
    "'; DROP TABLE usage_counter; --",
  ),
);

const hostileValue = fc.oneof(
  { weight: 3, arbitrary: hostileScalar },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: false }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 3_000 }).map((d) => deeplyNested(d, d % 2 === 0)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...PROTOTYPE_KEYS).map((key) => JSON.parse(`{"${key}": {"polluted": true}}`) as unknown),
  },
);

/** Mutations of a valid object: one key dropped, added, retyped, or made hostile. */
function nearValid(example: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(example);
  const mutations: fc.Arbitrary<unknown>[] = [
    fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS, 'extra', 'name', 'nationality'), hostileValue).map(([key, value]) => {
      const copy: Record<string, unknown> = JSON.parse(JSON.stringify(example)) as Record<string, unknown>;
      Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
      return copy;
    }),
  ];
  if (keys.length > 0) {
    mutations.push(
      fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...example, [key]: value })),
      fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(example).filter(([k]) => k !== key))),
    );
  }
  return fc.oneof(...mutations);
}

export type PayloadKind = 'valid' | 'near-valid' | 'hostile';

/** Payloads for one method, labelled so the test knows what answer each deserves. */
export function payloadsFor(method: MethodName): fc.Arbitrary<{ kind: PayloadKind; payload: unknown }> {
  const examples = VALID_EXAMPLES[method] as readonly Record<string, unknown>[];
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...examples).map((payload) => ({ kind: 'valid' as const, payload })) },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(...examples)
        .chain(nearValid)
        .map((payload) => ({ kind: 'near-valid' as const, payload })),
    },
    { weight: 4, arbitrary: hostileValue.map((payload) => ({ kind: 'hostile' as const, payload })) },
  );
}
