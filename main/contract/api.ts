import type { KioskEvent } from './events.js';
import type { MethodName } from './method-names.js';
import type { RequestOf, ResponseOf } from './methods.js';
import type { Result } from './result.js';

/** Methods whose request is an empty object may be called without an argument. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "{} extends X" asks whether every field of X is optional.
type Args<M extends MethodName> = {} extends RequestOf<M> ? [request?: RequestOf<M>] : [request: RequestOf<M>];

export type KioskMethods = {
  readonly [M in MethodName]: (...args: Args<M>) => Promise<Result<ResponseOf<M>>>;
};

/**
 * What the renderer talks to: `window.kiosk` in Electron (the preload) or the web client in a
 * browser. Both are built by `createKioskClient` from the same method map.
 */
export interface KioskApi extends KioskMethods {
  /** Listen to main → renderer events; returns the function that stops listening. */
  subscribe(listener: (event: KioskEvent) => void): () => void;
}

/** How a transport sends one call. It must resolve to a Result, never reject. */
export type CallTransport = (method: MethodName, request: unknown) => Promise<Result<unknown>>;
export type SubscribeTransport = (listener: (event: KioskEvent) => void) => () => void;
