import type { AccessOf, MethodName, ParsedRequestOf, ResponseOf, Result } from '../contract/index.js';

import type { StaffCaller } from './staff-caller.js';

/**
 * One method's handler. A staff method's handler also receives the caller the dispatcher checked
 * against the method's declared access, so it never reads a token; a public one receives nobody.
 */
export type HandlerOf<M extends MethodName> =
  AccessOf<M> extends 'public'
    ? (request: ParsedRequestOf<M>) => Promise<Result<ResponseOf<M>>>
    : (request: ParsedRequestOf<M>, caller: StaffCaller) => Promise<Result<ResponseOf<M>>>;

/**
 * The services' side of the contract: one function per method, receiving the already validated
 * request. A handler returns errors as data; if it throws anyway, `dispatch` turns that into
 * INTERNAL so nothing crosses the boundary as an exception.
 */
export type KioskHandlers = { readonly [M in MethodName]: HandlerOf<M> };
