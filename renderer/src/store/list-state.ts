import type { DirectoryStatus } from './directory-slice.js';
import type { TopicsStatus } from './topic-slice.js';

/** What a list screen can say about data fetched in parallel with the first screen. */
export type ListState = 'loading' | 'error' | 'ready';

/**
 * Whether a list can be shown. A list already received stays shown through a failed reload; with
 * none yet, "0 services" or "no topics" would be false: the visitor is told it is coming, or that
 * staff can help.
 */
export function listState(status: DirectoryStatus | TopicsStatus, received: boolean): ListState {
  if (received || status === 'ready') return 'ready';
  return status === 'error' ? 'error' : 'loading';
}
