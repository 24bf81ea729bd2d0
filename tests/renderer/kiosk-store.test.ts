import { describe, expect, it } from 'vitest';

import { err, ok, usageKeySchema, type DatabaseStatus } from '../../main/contract/index.js';
import { SCREEN_NAMES, usageForRoute } from '../../renderer/src/navigation/routes.js';
import { selectDatabaseNotices } from '../../renderer/src/store/kiosk-slice.js';
import { createKioskStore } from '../../renderer/src/store/kiosk-store.js';
import { initialSessionState, sessionPart } from '../../renderer/src/store/session-state.js';

import { fakeEffects, fakeKioskApi, SAMPLE_SITE, UNAVAILABLE_CONFIG } from './fake-kiosk-api.js';

async function startedStore(answers: Parameters<typeof fakeKioskApi>[0] = {}) {
  const fake = fakeKioskApi(answers);
  const effects = fakeEffects();
  const store = createKioskStore({ api: fake.api, effects });
  const disconnect = store.getState().connect();
  await store.getState().start();
  return { store, fake, effects, disconnect };
}

const sessionOf = sessionPart;

/** What a visitor does first: choose a language on the first screen, one tap. */
function begin(
  store: ReturnType<typeof createKioskStore>,
  language: Parameters<ReturnType<ReturnType<typeof createKioskStore>['getState']>['chooseLanguage']>[0],
) {
  store.getState().chooseLanguage(language);
}

describe('start', () => {
  it('loads the site and follows its default language before anyone chooses, counting nothing', async () => {
    const { store, fake, effects } = await startedStore();
    expect(store.getState().siteStatus).toEqual({ kind: 'ready' });
    expect(store.getState().site).toEqual(SAMPLE_SITE);
    expect(effects.applyLanguage).toHaveBeenCalledWith('es');
    // setLanguage counts a visitor's choice on the services' side: no visitor chose yet.
    expect(fake.callsTo('setLanguage')).toEqual([]);
    expect(fake.callsTo('recordUsage')).toEqual([]);
    expect(fake.callsTo('getDirectory')).toEqual([{}]);
    expect(sessionOf(store.getState())).toEqual(initialSessionState());
  });
});

describe('session', () => {
  it('counts a session at the first language choice and opens the home screen', async () => {
    const { store, fake, effects } = await startedStore();
    expect(store.getState().route).toEqual({ screen: 'language' });
    begin(store, 'fr');
    expect(sessionOf(store.getState())).toEqual({
      ...initialSessionState(),
      language: 'fr',
      route: { screen: 'home' },
    });
    expect(effects.applyLanguage).toHaveBeenLastCalledWith('fr');
    // language_chosen is counted once, by the services, when told through setLanguage.
    expect(fake.callsTo('setLanguage')).toEqual([{ language: 'fr' }]);
    expect(fake.callsTo('recordUsage')).toEqual([{ metric: 'session_started', key: 'fr' }]);
    expect(fake.callsTo('listAudioClips')).toEqual([{ language: 'fr' }]);
  });

  it('leaves the bookkeeping of a tap (language, counters, clip list) for after the next screen, in order', async () => {
    const { store, fake, effects } = await startedStore();
    const held: (() => void)[] = [];
    effects.afterScreen.mockImplementation((work) => {
      held.push(work);
    });
    begin(store, 'fr');
    store.getState().open({ screen: 'privacy' });
    // The screens changed at once; nothing was sent yet.
    expect(store.getState().route).toEqual({ screen: 'privacy' });
    expect(fake.callsTo('setLanguage')).toEqual([]);
    expect(fake.callsTo('recordUsage')).toEqual([]);
    expect(fake.callsTo('listAudioClips')).toEqual([]);
    for (const work of held) work();
    expect(fake.callsTo('setLanguage')).toEqual([{ language: 'fr' }]);
    expect(fake.callsTo('recordUsage')).toEqual([
      { metric: 'session_started', key: 'fr' },
      { metric: 'topic_opened', key: 'privacy' },
    ]);
    expect(fake.callsTo('listAudioClips')).toEqual([{ language: 'fr' }]);
  });

  it('switches language in place later in the visit, without counting a new session', async () => {
    const { store, fake } = await startedStore();
    begin(store, 'es');
    store.getState().open({ screen: 'privacy' });
    store.getState().chooseLanguage('ht');
    expect(store.getState().route).toEqual({ screen: 'privacy' });
    expect(store.getState().language).toBe('ht');
    expect(
      fake.callsTo('recordUsage').filter((r) => (r as { metric: string }).metric === 'session_started'),
    ).toHaveLength(1);
  });

  it('counts topics and help requests, goes back, and goes home', async () => {
    const { store, fake } = await startedStore();
    const state = () => store.getState();
    begin(store, 'en');
    state().open({ screen: 'privacy' });
    state().open({ screen: 'urgent-help' });
    state().open({ screen: 'urgent-help' });
    state().open({ screen: 'ask-staff' });
    expect(state().history).toEqual([{ screen: 'home' }, { screen: 'privacy' }, { screen: 'urgent-help' }]);
    expect(fake.callsTo('recordUsage').slice(1)).toEqual([
      { metric: 'topic_opened', key: 'privacy' },
      { metric: 'help_requested', key: 'urgent-help' },
      { metric: 'help_requested', key: 'ask-staff' },
    ]);

    state().back();
    expect(state().route).toEqual({ screen: 'urgent-help' });
    state().goHome();
    expect(state().route).toEqual({ screen: 'home' });
    expect(state().history).toEqual([]);
    state().back();
    expect(state().route).toEqual({ screen: 'home' });
  });

  it('lets urgent help open from the language screen and come back to it', async () => {
    const { store } = await startedStore();
    store.getState().open({ screen: 'urgent-help' });
    store.getState().back();
    expect(store.getState().route).toEqual({ screen: 'language' });
    store.getState().open({ screen: 'urgent-help' });
    store.getState().goHome();
    expect(sessionOf(store.getState())).toEqual({ ...initialSessionState(), route: { screen: 'language' } });
  });

  it('"Finish" puts the session back to its initial state and wipes the browser traces', async () => {
    const { store, effects } = await startedStore();
    begin(store, 'ht');
    store.getState().open({ screen: 'privacy' });
    const before = store.getState().sessionNumber;

    store.getState().resetSession();

    expect(sessionOf(store.getState())).toEqual(initialSessionState());
    expect(store.getState().sessionNumber).toBe(before + 1);
    expect(effects.clearBrowserTraces).toHaveBeenCalledOnce();
    expect(effects.stopSpeech).toHaveBeenCalledOnce();
    expect(effects.applyLanguage).toHaveBeenLastCalledWith(SAMPLE_SITE.defaultLanguage);
    // The site is not the visitor's: it stays loaded for the next one.
    expect(store.getState().site).toEqual(SAMPLE_SITE);
  });

  it('an idle timeout is counted, then wipes like "Finish"', async () => {
    const { store, fake, effects } = await startedStore();
    begin(store, 'es');
    store.getState().expireSession();
    expect(fake.callsTo('recordUsage').at(-1)).toEqual({ metric: 'idle_reset' });
    expect(sessionOf(store.getState())).toEqual(initialSessionState());
    expect(effects.clearBrowserTraces).toHaveBeenCalledOnce();
  });

  it('keeps working when counting fails', async () => {
    const { store } = await startedStore({ recordUsage: () => err('DATABASE_UNAVAILABLE') });
    begin(store, 'es');
    store.getState().open({ screen: 'services' });
    expect(store.getState().route).toEqual({ screen: 'services' });
  });
});

describe('site availability', () => {
  it('goes out of service with the configuration issues, and recovers on configChanged', async () => {
    const { store, fake } = await startedStore({
      getSiteConfig: () => err('CONFIG_UNAVAILABLE'),
      getConfigStatus: () => ok(UNAVAILABLE_CONFIG),
    });
    expect(store.getState().siteStatus).toEqual({ kind: 'out_of_service' });
    expect(store.getState().configStatus).toEqual(UNAVAILABLE_CONFIG);

    fake.answers.getSiteConfig = () => ok(SAMPLE_SITE);
    fake.emit({ type: 'configChanged', status: { state: 'ok', loadedAt: '2026-11-22T10:05:00.000Z', issues: [] } });
    await expect.poll(() => store.getState().siteStatus).toEqual({ kind: 'ready' });
    expect(store.getState().site).toEqual(SAMPLE_SITE);
  });

  it('stays out of service while configChanged still says unavailable', async () => {
    const { store, fake } = await startedStore();
    fake.emit({ type: 'configChanged', status: UNAVAILABLE_CONFIG });
    expect(store.getState().siteStatus).toEqual({ kind: 'out_of_service' });
    expect(store.getState().configStatus).toEqual(UNAVAILABLE_CONFIG);
  });

  it('shows "temporarily unavailable" when the services do not answer, until a retry succeeds', async () => {
    const { store, fake } = await startedStore({ getSiteConfig: () => err('TRANSPORT_UNAVAILABLE') });
    expect(store.getState().siteStatus).toEqual({ kind: 'unreachable', code: 'TRANSPORT_UNAVAILABLE' });
    fake.answers.getSiteConfig = () => ok(SAMPLE_SITE);
    await store.getState().loadSite();
    expect(store.getState().siteStatus).toEqual({ kind: 'ready' });
  });

  it('keeps the last configuration through a passing outage', async () => {
    const { store, fake } = await startedStore();
    fake.answers.getSiteConfig = () => err('TIMEOUT');
    await store.getState().loadSite();
    expect(store.getState().siteStatus).toEqual({ kind: 'ready' });
    expect(store.getState().site).toEqual(SAMPLE_SITE);
  });
});

describe('operator notices', () => {
  it('follow getKioskInfo, then every databaseStatus event', async () => {
    const { store, fake, disconnect } = await startedStore();
    expect(selectDatabaseNotices(store.getState())).toEqual([]);
    expect(selectDatabaseNotices(store.getState())).toBe(selectDatabaseNotices(store.getState()));

    const recovered: DatabaseStatus = {
      state: 'recovered',
      schemaVersion: 2,
      notices: [{ code: 'corrupt_moved_aside', at: '2026-11-22T10:00:00.000Z', detail: 'kiosk.sqlite.corrupt-1' }],
    };
    fake.emit({ type: 'databaseStatus', status: recovered });
    expect(selectDatabaseNotices(store.getState())).toEqual(recovered.notices);

    disconnect();
    expect(fake.listenerCount()).toBe(0);
  });
});

describe('usageForRoute', () => {
  it('counts help screens as help, information screens as topics, and nothing else', () => {
    const routeOf = (screen: (typeof SCREEN_NAMES)[number]) =>
      screen === 'service'
        ? { screen, serviceId: 'comar-asilo' }
        : screen === 'topic'
          ? { screen, topicId: 'asylum' }
          : { screen };
    const counted = SCREEN_NAMES.map((screen) => [
      screen,
      usageForRoute(routeOf(screen) as never, () => 'asylum-refuge'),
    ]);
    expect(Object.fromEntries(counted)).toEqual({
      language: null,
      service: { metric: 'service_viewed', key: 'asylum-refuge' },
      home: null,
      'about-redsafe': { metric: 'topic_opened', key: 'about-redsafe' },
      'account-guide': { metric: 'topic_opened', key: 'account-guide' },
      services: { metric: 'topic_opened', key: 'services' },
      'urgent-help': { metric: 'help_requested', key: 'urgent-help' },
      privacy: { metric: 'topic_opened', key: 'privacy' },
      'ask-staff': { metric: 'help_requested', key: 'ask-staff' },
      topics: { metric: 'topic_opened', key: 'topics' },
      topic: { metric: 'topic_opened', key: 'asylum' },
      'follow-up': null,
    });
    for (const [, usage] of counted) {
      if (usage !== null && typeof usage === 'object') expect(usageKeySchema.safeParse(usage.key).success).toBe(true);
    }
  });
});
