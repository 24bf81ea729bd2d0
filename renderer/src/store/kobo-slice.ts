import {
  type KoboCredential,
  type KoboStatus,
  type KoboSubmission,
  type Result,
} from '../../../main/contract/index.js';

import { fireAndForget, type StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

export interface KoboSlice {
  /** The KoboToolbox screen's last answer; null until it has loaded once. */
  readonly koboStatus: KoboStatus | null;
  readonly loadKoboStatus: () => Promise<Result<KoboStatus>>;
  readonly setKoboCredential: (credential: KoboCredential) => Promise<Result<KoboStatus>>;
  /** Last month (the services' default). */
  readonly queueKoboMonth: () => Promise<Result<{ outcome: 'queued' | 'unchanged'; submission: KoboSubmission }>>;
  readonly retryKoboNow: () => Promise<Result<KoboStatus>>;
  /** The outbox changed in the background: refresh while the screen shows it. */
  readonly onKoboOutboxChanged: () => void;
}

/** Supervisor calls for the KoboToolbox screen; the token is the staff session's. */
export function createKoboSlice({ api }: StoreDependencies): KioskSliceCreator<KoboSlice> {
  return (set, get) => {
    const supervised = <T>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> => get().callAsStaff(call);
    const keep = (result: Result<KoboStatus>): Result<KoboStatus> => {
      if (result.ok) set({ koboStatus: result.value });
      return result;
    };

    return {
      koboStatus: null,
      loadKoboStatus: async () => keep(await supervised((token) => api.getKoboStatus({ token }))),
      setKoboCredential: async (credential) =>
        keep(await supervised((token) => api.setKoboCredential({ token, credential }))),
      async queueKoboMonth() {
        const result = await supervised((token) => api.queueKoboMonth({ token }));
        if (result.ok) fireAndForget(get().loadKoboStatus());
        return result;
      },
      retryKoboNow: async () => keep(await supervised((token) => api.retryKoboNow({ token }))),
      onKoboOutboxChanged() {
        if (get().staff.screen.kind === 'kobo') fireAndForget(get().loadKoboStatus());
      },
    };
  };
}
