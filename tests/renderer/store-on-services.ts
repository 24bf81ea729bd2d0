// The visitor store driven straight against real services (no HTTP between them), started as the
// renderer starts it: what a journey does reaches the real database.
import { createKioskClient } from '../../main/contract/index.js';
import type { KioskServices } from '../../main/services/kiosk-services.js';
import { createKioskStore } from '../../renderer/src/store/kiosk-store.js';

import { fakeEffects } from './fake-kiosk-api.js';

export async function storeOnServices(services: KioskServices): Promise<ReturnType<typeof createKioskStore>> {
  const api = createKioskClient(
    (method, request) => services.dispatch(method, request),
    () => () => undefined,
  );
  const store = createKioskStore({ api, effects: fakeEffects() });
  await store.getState().start();
  return store;
}
