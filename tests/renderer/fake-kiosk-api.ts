import { vi } from 'vitest';

import {
  createKioskClient,
  err,
  ok,
  type ConfigStatus,
  type KioskEvent,
  type KioskInfo,
  type MethodName,
  type Result,
  type SiteView,
} from '../../main/contract/index.js';
import type { SessionEffects } from '../../renderer/src/store/dependencies.js';

export const SAMPLE_SITE: SiteView = {
  id: 'par-test',
  name: { es: 'PAR Prueba', en: 'PAR Test', fr: 'PAR Essai', ht: 'PAR Tès' },
  organisation: 'Test organisation',
  city: 'Ciudad de México',
  timezone: 'America/Mexico_City',
  defaultLanguage: 'es',
  idleTimeoutSeconds: 90,
  idleWarningSeconds: 30,
  emergencyNumbers: [],
  redsafe: {
    webUrl: 'https://redsafe.icrc.org/',
    androidUrl: 'https://play.google.com/store/apps/details?id=org.icrc.redsafe',
    iosUrl: 'https://apps.apple.com/app/redsafe/id0000000000',
    supportEmail: 'redsafesupport@icrc.org',
    noticeUrl: 'https://www.icrc.org/en/redsafe-information-notice',
  },
  isSample: true,
};

export const KIOSK_INFO: KioskInfo = {
  appVersion: '0.0.0-test',
  host: 'web',
  site: null,
  today: '2026-11-22',
  database: { state: 'ok', schemaVersion: 2, notices: [] },
};

export const UNAVAILABLE_CONFIG: ConfigStatus = {
  state: 'unavailable',
  loadedAt: null,
  issues: [{ file: 'site.json', path: 'timezone', code: 'invalid_value', message: 'Unknown timezone' }],
};

type Answers = { [M in MethodName]?: (request: unknown) => Result<unknown> };

/**
 * A KioskApi built by the contract's own `createKioskClient` over a scripted transport: every call
 * is recorded, answers can be changed between steps, and events are pushed by hand.
 */
export function fakeKioskApi(initial: Answers = {}) {
  const answers: Answers = {
    getSiteConfig: () => ok(SAMPLE_SITE),
    getKioskInfo: () => ok(KIOSK_INFO),
    getConfigStatus: () => ok({ state: 'ok', loadedAt: '2026-11-22T10:00:00.000Z', issues: [] }),
    setLanguage: (request) => ok(request),
    recordUsage: () => ok({ day: '2026-11-22', count: 1 }),
    getDirectory: () => ok({ services: [], closures: [], notices: [] }),
    listAudioClips: () => ok({ messageIds: [] }),
    ...initial,
  };
  const calls: { method: MethodName; request: unknown }[] = [];
  const listeners = new Set<(event: KioskEvent) => void>();
  const api = createKioskClient(
    (method, request) => {
      calls.push({ method, request });
      const answer = answers[method];
      return Promise.resolve(answer === undefined ? err('UNKNOWN_METHOD') : answer(request));
    },
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  );
  return {
    api,
    answers,
    calls,
    callsTo: (method: MethodName) => calls.filter((call) => call.method === method).map((call) => call.request),
    emit: (event: KioskEvent) => {
      for (const listener of listeners) listener(event);
    },
    listenerCount: () => listeners.size,
  };
}

export function fakeEffects() {
  const effects = {
    applyLanguage: vi.fn<SessionEffects['applyLanguage']>(),
    clearBrowserTraces: vi.fn<SessionEffects['clearBrowserTraces']>(),
    stopSpeech: vi.fn<SessionEffects['stopSpeech']>(),
    // At once, so the calls it defers can be checked right after the action.
    afterScreen: vi.fn<SessionEffects['afterScreen']>((work) => {
      work();
    }),
  };
  return effects satisfies SessionEffects;
}
