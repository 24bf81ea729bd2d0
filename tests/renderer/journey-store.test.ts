import { describe, expect, it } from 'vitest';

import { err, ok, type PrintReferralResponse, type Referral } from '../../main/contract/index.js';
import { createKioskStore } from '../../renderer/src/store/kiosk-store.js';
import { initialSessionState, sessionPart } from '../../renderer/src/store/session-state.js';

import { fakeEffects, fakeKioskApi } from './fake-kiosk-api.js';
import { sampleServices } from './sample-directory.js';

const services = sampleServices();
const REFERRAL: Referral = { serviceId: 'comar-asilo', referralCode: 'K7QX-3M', qrPayload: 'RS1:K7QX-3M:comar-asilo' };

async function visit(answers: Parameters<typeof fakeKioskApi>[0] = {}) {
  const fake = fakeKioskApi({ getDirectory: () => ok({ services, closures: [], notices: [] }), ...answers });
  const effects = fakeEffects();
  const store = createKioskStore({ api: fake.api, effects });
  await store.getState().start();
  store.getState().chooseLanguage('fr');
  return { store, fake, effects, state: () => store.getState() };
}

const printed = (outcome: PrintReferralResponse['outcome'], extra: Partial<PrintReferralResponse> = {}) =>
  ok<PrintReferralResponse>({ referral: REFERRAL, outcome, jobId: 7, problems: [], previewText: null, ...extra });

describe('services', () => {
  it('loads the directory at start and counts a viewed service by its category only', async () => {
    const { fake, state } = await visit();
    expect(state().services).toHaveLength(services.length);
    state().open({ screen: 'services' });
    state().open({ screen: 'service', serviceId: 'comar-asilo' });
    expect(fake.callsTo('recordUsage').slice(-2)).toEqual([
      { metric: 'topic_opened', key: 'services' },
      { metric: 'service_viewed', key: 'asylum-refuge' },
    ]);
  });

  it('keeps the typed query and filters within the visit, within bounds', async () => {
    const { state } = await visit();
    for (const key of [' ', 'é', 'd', 'u', ' ', ' ', 'c']) state().typeKey(key);
    expect(state().browse.query).toBe('édu c');
    state().typeKey('ab'); // one character at a time only
    state().deleteKey();
    expect(state().browse.query).toBe('édu ');
    for (let i = 0; i < 50; i += 1) state().typeKey('a');
    expect(state().browse.query).toHaveLength(30);
    state().toggleFilter('free');
    state().toggleFilter('women');
    state().toggleFilter('free');
    expect(state().browse.filters).toEqual(['women']);
    state().chooseCategory('legal-aid');
    state().clearQuery();
    expect(state().browse).toEqual({ category: 'legal-aid', query: '', filters: ['women'] });
  });

  it('moves through the account guide without piling up history, and counts the guide once', async () => {
    const { fake, state } = await visit();
    state().open({ screen: 'account-guide' });
    for (let step = 1; step < 5; step += 1) state().replaceRoute({ screen: 'account-guide', step });
    expect(state().route).toEqual({ screen: 'account-guide', step: 4 });
    expect(state().history).toEqual([{ screen: 'home' }]);
    expect(fake.callsTo('recordUsage').filter((r) => (r as { key?: string }).key === 'account-guide')).toHaveLength(1);
  });
});

describe('referral slips', () => {
  it('shows the printed slip, the on-screen preview, or the code when the printer fails', async () => {
    for (const [answer, kind] of [
      [printed('printed'), 'printed'],
      [printed('previewed', { previewText: 'SLIP', jobId: null }), 'previewed'],
      [printed('not_printed', { problems: ['paper_end'] }), 'not_printed'],
    ] as const) {
      const { state, fake } = await visit({ printReferral: () => answer });
      await state().requestReferral('comar-asilo', 'print');
      const referral = state().referral;
      expect(referral.kind === 'done' ? referral.outcome.kind : referral.kind).toBe(kind);
      // The visit is named (the screen's random id and its session number), never the person.
      expect(fake.callsTo('printReferral')).toEqual([
        { serviceId: 'comar-asilo', language: 'fr', session: expect.stringMatching(/^[0-9a-f]{12}-0$/) as unknown },
      ]);
      // The printing service counts print outcomes; the screen does not count them again.
      expect(fake.callsTo('recordUsage').some((r) => /slip/.test((r as { metric: string }).metric))).toBe(false);
    }
  });

  it('falls back to a code on screen when printing is not available, and to the details when nothing answers', async () => {
    const codeOnly = await visit({ printReferral: () => err('INTERNAL'), showReferral: () => ok(REFERRAL) });
    await codeOnly.state().requestReferral('comar-asilo', 'print');
    expect(codeOnly.state().referral).toEqual({
      kind: 'done',
      serviceId: 'comar-asilo',
      action: 'print',
      outcome: { kind: 'not_printed', referral: REFERRAL, problems: [] },
    });

    // The kiosk's slip limit: the code on screen, told as such (not as a printer failure).
    const limited = await visit({ printReferral: () => err('SLIP_LIMIT'), showReferral: () => ok(REFERRAL) });
    await limited.state().requestReferral('comar-asilo', 'print');
    const held = limited.state().referral;
    expect(held.kind === 'done' ? held.outcome : held).toEqual({ kind: 'limited', referral: REFERRAL });
    expect(limited.fake.callsTo('showReferral')).toEqual([{ serviceId: 'comar-asilo', language: 'fr' }]);

    const nothing = await visit({ printReferral: () => err('INTERNAL'), showReferral: () => err('TIMEOUT') });
    await nothing.state().requestReferral('comar-asilo', 'print');
    const referral = nothing.state().referral;
    expect(referral.kind === 'done' ? referral.outcome : referral).toEqual({ kind: 'no_code' });
  });

  it('names a new visitor session after "Finish", so the services count each visit apart', async () => {
    const { state, fake } = await visit({ printReferral: () => printed('printed') });
    await state().requestReferral('comar-asilo', 'print');
    state().resetSession();
    await state().requestReferral('comar-asilo', 'print');
    const sessions = fake.callsTo('printReferral').map((r) => (r as { session: string }).session);
    expect(sessions).toHaveLength(2);
    const [first, second] = sessions.map((id) => /^([0-9a-f]{12})-(\d+)$/.exec(id));
    expect(first?.[1]).toBe(second?.[1]);
    expect(Number(second?.[2])).toBe(Number(first?.[2]) + 1);
  });

  it('"Show on screen" shows the code, leaving the count to the printing service', async () => {
    const { state, fake } = await visit({ showReferral: () => ok(REFERRAL) });
    await state().requestReferral('comar-asilo', 'show');
    const referral = state().referral;
    expect(referral.kind === 'done' ? referral.outcome : referral).toEqual({ kind: 'shown', referral: REFERRAL });
    expect(fake.callsTo('recordUsage').some((r) => /slip/.test((r as { metric: string }).metric))).toBe(false);
    state().dismissReferral();
    expect(state().referral).toEqual({ kind: 'none' });
  });

  it('holds "working" while the print is in flight (the idle reset waits on it), and drops an answer that comes after Finish', async () => {
    let answer: (value: ReturnType<typeof printed>) => void = () => undefined;
    const { store, fake, state } = await visit();
    fake.answers.printReferral = () => printed('printed');
    // A print that takes its time: the transport resolves when the test says so.
    const slow = new Promise<ReturnType<typeof printed>>((resolve) => {
      answer = resolve;
    });
    const original = fake.api.printReferral;
    Object.assign(fake.api, { printReferral: () => slow });
    const request = state().requestReferral('comar-asilo', 'print');
    expect(state().referral).toEqual({ kind: 'working', serviceId: 'comar-asilo', action: 'print' });
    // A second press while printing does nothing.
    await state().requestReferral('comar-asilo', 'print');
    state().resetSession();
    answer(printed('printed'));
    await request;
    expect(sessionPart(store.getState())).toEqual(initialSessionState());
    Object.assign(fake.api, { printReferral: original });
  });
});

describe('a whole visit', () => {
  it('leaves nothing after Finish: the session equals its initial state', async () => {
    const { store, state } = await visit({ showReferral: () => ok(REFERRAL) });
    state().open({ screen: 'services' });
    state().typeKey('a');
    state().toggleFilter('open-now');
    state().chooseCategory('asylum-refuge');
    state().open({ screen: 'service', serviceId: 'comar-asilo' });
    await state().requestReferral('comar-asilo', 'show');
    state().open({ screen: 'account-guide' });
    state().replaceRoute({ screen: 'account-guide', step: 3 });
    expect(sessionPart(store.getState())).not.toEqual(initialSessionState());

    state().resetSession();
    expect(sessionPart(store.getState())).toEqual(initialSessionState());
    // The directory is the site's, not the visitor's: it stays for the next person.
    expect(state().services).toHaveLength(services.length);
  });

  it('asks for the recorded clips of each chosen language', async () => {
    const { state, fake } = await visit({ listAudioClips: () => ok({ messageIds: ['home.heading'] }) });
    await expect.poll(() => state().clips.fr).toEqual(['home.heading']);
    state().chooseLanguage('ht');
    expect(fake.callsTo('listAudioClips')).toEqual([{ language: 'fr' }, { language: 'ht' }]);
  });
});
