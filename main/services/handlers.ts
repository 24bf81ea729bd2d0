import type { MethodName, ParsedRequestOf, ResponseOf, Result } from '../contract/index.js';

/**
 * The services' side of the contract: one function per method, receiving the already validated
 * request. A handler returns errors as data; if it throws anyway, `dispatch` turns that into
 * INTERNAL so nothing crosses the boundary as an exception.
 */
export type KioskHandlers = {
  readonly [M in MethodName]: (request: ParsedRequestOf<M>) => Promise<Result<ResponseOf<M>>>;
};
