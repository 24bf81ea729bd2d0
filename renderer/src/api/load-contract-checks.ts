import type * as Checks from './contract-checks.js';

export type ContractChecks = typeof Checks;

let pending: Promise<ContractChecks> | null = null;
let loaded: ContractChecks | null = null;

/** The checks if they have arrived, so callers can stay synchronous after the first moment. */
export function loadedContractChecks(): ContractChecks | null {
  return loaded;
}

/**
 * The web client's zod checks, in a chunk of their own so the first screen's bundle carries no
 * schemas. Fetched once as the client starts; a failed fetch is forgotten so the next call tries again.
 */
export function loadContractChecks(): Promise<ContractChecks> {
  pending ??= import('./contract-checks.js').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
