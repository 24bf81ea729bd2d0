import type { Result } from '../../main/contract/index.js';

/** The value of a Result that must be ok; otherwise the test fails with the error it got. */
export function okValue<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.detail ?? ''}`);
  return result.value;
}
