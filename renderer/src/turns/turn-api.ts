import type { KioskApi } from '../../../main/contract/index.js';
import { resolveKioskApi } from '../api/kiosk-api.js';

let api: KioskApi | undefined;

/**
 * The kiosk API for the turn screens. Turns keep their state in the screens (the visit's turn
 * goes with the visit), so they call the API directly rather than through a store slice; the
 * client is the same kind the store uses and makes no connection until a call is made.
 */
export function turnApi(): KioskApi {
  api ??= resolveKioskApi(window);
  return api;
}

/** Random per page load, so a reload never finds the turn of an earlier visit. */
const screenId = ((): string => {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
})();

/**
 * The visit's id for the turn services: this screen's random id and the visit's number, which
 * grows at every "Finish" and idle reset. It names a visit, never a person.
 */
export function visitId(sessionNumber: number): string {
  return `${screenId}-${sessionNumber}`;
}

/** A key for one "take a number" tap sequence: a second tap with it gets the same turn. */
export function newRequestKey(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `t-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
