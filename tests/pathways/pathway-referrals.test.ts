import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type {
  CompletedPathway,
  PathwayReferralCount,
  PathwaySlips,
  PathwaySummary,
  PathwayView,
  PathwayWalk,
  Result,
} from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { openDatabase, DATABASE_FILE } from '../../main/services/db/index.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { validateReferralCode } from '../../main/services/referrals/referral-code.js';
import { okValue } from '../support/result.js';
import { supervisorToken } from '../support/staff-sessions.js';
import { sampleConfigCopy, tempDir } from '../services/temp-dirs.js';

// 2026-11-23 17:00 in Mexico City (UTC-6): the site's day is the 23rd.
const NOW = new Date('2026-11-23T23:00:00Z');

let services: KioskServices;
let dataDir: string;
let token: string;
let logger: ReturnType<typeof createMemoryLogger>;

const call = async <T>(method: string, payload: unknown): Promise<Result<T>> =>
  (await services.dispatch(method, payload)) as Result<T>;

/** The child alone: first step, the "alone" branch, then family contact marked not applicable. */
const CHILD_ALONE: PathwayWalk = [
  { id: 'safety', state: 'done' },
  { id: 'alone', state: 'done' },
  { id: 'family-links', state: 'not_applicable' },
];

beforeEach(async () => {
  const configDir = await sampleConfigCopy();
  dataDir = join(await tempDir('kiosk-pathways-'), 'data');
  logger = createMemoryLogger();
  services = await createKioskServices({
    configDir,
    dataDir,
    appVersion: 'test',
    hostKind: 'web',
    clock: fixedClock(NOW),
    logger,
    watchConfig: false,
  });
  token = await supervisorToken(services.dispatch, dataDir);
});

afterEach(async () => {
  await services.close();
});

describe('pathway methods', () => {
  it('need an unlocked staff session', async () => {
    const stranger = 'x'.repeat(43);
    for (const [method, payload] of [
      ['listPathways', { token: stranger, language: 'es' }],
      ['getPathway', { token: stranger, id: 'trafficking', language: 'es' }],
      ['completePathwayReferral', { token: stranger, profile: 'unaccompanied-child', walk: CHILD_ALONE }],
      ['getPathwayReferralCounts', { token: stranger, from: '2026-11-01', to: '2026-11-30' }],
    ] as const) {
      expect(await call(method, payload), method).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORISED' } });
    }
  });

  it('list the pathways in the asked language, with their most pressing urgency', async () => {
    const { pathways } = okValue(await call<{ pathways: PathwaySummary[] }>('listPathways', { token, language: 'ht' }));
    expect(pathways.map((p) => [p.id, p.topUrgency])).toEqual([
      ['unaccompanied-child', 'immediate'],
      ['gbv-survivor', 'immediate'],
      ['trafficking', 'immediate'],
      ['voluntary-return', '72h'],
      ['asylum-deadline', '24h'],
    ]);
    expect(pathways[0]?.title).toBe('Timoun ki pou kont li oswa ki separe ak fanmi l');
  });

  it('give one pathway with its directory contacts and its flowchart', async () => {
    const view = okValue(await call<PathwayView>('getPathway', { token, id: 'unaccompanied-child', language: 'fr' }));
    expect(view.contacts.map((c) => c.id)).toEqual([
      'dif-proteccion-nna',
      'cndh-quejas',
      'cruz-roja-contacto-familiar',
    ]);
    expect(view.svg.startsWith('<svg')).toBe(true);
    expect(view.svg).toContain('Enfant non accompagné ou séparé');
    expect(await call('getPathway', { token, id: 'no-such', language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('a completed referral', () => {
  it('is counted once per completion by day, profile and highest urgency, and nothing else is stored', async () => {
    const done = okValue(
      await call<CompletedPathway>('completePathwayReferral', {
        token,
        profile: 'unaccompanied-child',
        walk: CHILD_ALONE,
      }),
    );
    // family-links (72 h, Red Cross) was not applicable: neither its urgency nor its contact counts.
    expect(done).toMatchObject({
      profile: 'unaccompanied-child',
      urgency: 'immediate',
      contacts: ['dif-proteccion-nna'],
      day: '2026-11-23',
    });
    expect(validateReferralCode(done.referralCode).valid).toBe(true);

    // The same profile through the relative branch, everything done: 24 h plus the 72 h step → 24 h.
    okValue(
      await call('completePathwayReferral', {
        token,
        profile: 'unaccompanied-child',
        walk: [
          { id: 'safety', state: 'not_applicable' },
          { id: 'relative', state: 'done' },
          { id: 'family-links', state: 'done' },
        ],
      }),
    );
    okValue(await call('completePathwayReferral', { token, profile: 'unaccompanied-child', walk: CHILD_ALONE }));

    const { counts } = okValue(
      await call<{ counts: PathwayReferralCount[] }>('getPathwayReferralCounts', {
        token,
        from: '2026-11-23',
        to: '2026-11-23',
      }),
    );
    expect(counts).toEqual([
      { day: '2026-11-23', profile: 'unaccompanied-child', urgency: '24h', count: 1 },
      { day: '2026-11-23', profile: 'unaccompanied-child', urgency: 'immediate', count: 2 },
    ]);

    // Printing does not count again.
    okValue(
      await call('printPathwaySlips', {
        token,
        profile: 'unaccompanied-child',
        walk: CHILD_ALONE,
        referralCode: done.referralCode,
        language: 'ht',
      }),
    );
    await services.close();

    // Straight from the SQLite file: the counter rows, and the code only in the follow-up ledger,
    // with the day and the pathway, nothing about the walk (docs/follow-up.md).
    const db = await openDatabase(join(dataDir, DATABASE_FILE));
    try {
      const rows = await db.all<Record<string, unknown>>('SELECT * FROM pathway_referral_count ORDER BY urgency');
      expect(rows).toEqual([
        { day: '2026-11-23', profile: 'unaccompanied-child', urgency: '24h', count: 1 },
        { day: '2026-11-23', profile: 'unaccompanied-child', urgency: 'immediate', count: 2 },
      ]);
      const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'");
      for (const { name } of tables) {
        const all = JSON.stringify(await db.all(`SELECT * FROM "${name}"`));
        if (name !== 'referral') expect(all, name).not.toContain(done.referralCode);
        expect(all, name).not.toContain('family-links');
      }
      expect(await db.all('SELECT code, kind, service_id, language, day, outcome FROM referral')).toEqual([
        {
          code: done.referralCode,
          kind: 'pathway',
          service_id: 'unaccompanied-child',
          language: 'ht',
          day: '2026-11-23',
          outcome: 'open',
        },
      ]);
    } finally {
      await db.close();
    }
    expect(JSON.stringify(logger.lines)).not.toContain(done.referralCode);
  });

  it('refuses walks the pathway does not allow, and counts nothing for them', async () => {
    const bad: [string, PathwayWalk][] = [
      [
        'does not start at the first step',
        [
          { id: 'alone', state: 'done' },
          { id: 'family-links', state: 'done' },
        ],
      ],
      [
        'skips a step',
        [
          { id: 'safety', state: 'done' },
          { id: 'family-links', state: 'done' },
        ],
      ],
      [
        'stops before the end',
        [
          { id: 'safety', state: 'done' },
          { id: 'alone', state: 'done' },
        ],
      ],
      [
        'names an unknown step',
        [
          { id: 'safety', state: 'done' },
          { id: 'ghost', state: 'done' },
        ],
      ],
      [
        'where nothing applied',
        [
          { id: 'safety', state: 'not_applicable' },
          { id: 'alone', state: 'not_applicable' },
          { id: 'family-links', state: 'not_applicable' },
        ],
      ],
    ];
    for (const [why, walk] of bad) {
      expect(await call('completePathwayReferral', { token, profile: 'unaccompanied-child', walk }), why).toMatchObject(
        {
          ok: false,
          error: { code: 'INVALID_PAYLOAD' },
        },
      );
    }
    const { counts } = okValue(
      await call<{ counts: PathwayReferralCount[] }>('getPathwayReferralCounts', {
        token,
        from: '2026-11-01',
        to: '2026-11-30',
      }),
    );
    expect(counts).toEqual([]);
  });

  it('prints the visitor slip in their language and the note for the service in Spanish', async () => {
    const walk: PathwayWalk = [
      { id: 'fear-check', state: 'done' },
      { id: 'iom', state: 'done' },
    ];
    const done = okValue(
      await call<CompletedPathway>('completePathwayReferral', { token, profile: 'voluntary-return', walk }),
    );
    const slips = okValue(
      await call<PathwaySlips>('printPathwaySlips', {
        token,
        profile: 'voluntary-return',
        walk,
        referralCode: done.referralCode,
        language: 'ht',
      }),
    );
    // The sample site prints to the preview printer: both slips come back as previews.
    expect(slips.visitorSlip.outcome).toBe('previewed');
    expect(slips.referralNote.outcome).toBe('previewed');
    // Slips wrap at the paper's width and print the code double size (spaced out on screen).
    const flat = (text: string): string => text.replace(/\s+/g, ' ');
    const compact = (text: string): string => text.replace(/\s+/g, '');
    const visitor = flat(slips.visitorSlip.text);
    expect(visitor).toContain('Fèy referans');
    expect(visitor).toContain('Organización Internacional para las Migraciones (OIM)');
    expect(compact(slips.visitorSlip.text)).toContain(done.referralCode);
    expect(visitor).toContain('OIM ap fè yon entèvyou');
    // The visitor's slip does not say why they were referred.
    expect(visitor).not.toContain('retounen nan peyi li');
    const note = flat(slips.referralNote.text);
    expect(note).toContain('Nota de referencia para el servicio que recibe');
    // The note names a neutral route, never the profile: it travels with the person.
    expect(note).toContain('Ruta: Ruta de protección P-4');
    expect(note).not.toContain('Quiere volver a su país');
    expect(note).toContain('Entregar al personal del servicio que recibe.');
    expect(note).toContain('Urgencia: En 2 semanas');
    expect(compact(slips.referralNote.text)).toContain(done.referralCode);
    expect(note).toContain('No contiene datos personales');
  });

  it('will not print a slip for a mistyped referral code', async () => {
    expect(
      await call('printPathwaySlips', {
        token,
        profile: 'voluntary-return',
        walk: [
          { id: 'fear-check', state: 'done' },
          { id: 'iom', state: 'done' },
        ],
        referralCode: '7KQ2-M9XD-5',
        language: 'es',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });
});
