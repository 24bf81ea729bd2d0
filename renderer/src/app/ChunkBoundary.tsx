import { useCallback, useEffect, useState, type ComponentType, type ReactNode } from 'react';

import type { Chunk } from './chunk.js';

/**
 * How long a chunk may take before the wait turns into the failure message. A host that accepts
 * the request and never answers would otherwise leave the person on "One moment…" for good.
 */
export const CHUNK_WAIT_MS = 15_000;

/** A screen or frame with no props of its own, as both chunks hold. */
type ChunkComponent = ComponentType;

type ChunkState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly Component: ChunkComponent }
  | { readonly kind: 'failed' };

function arrivedOrLoading(chunk: Chunk<ChunkComponent>): ChunkState {
  const Component = chunk.loaded();
  return Component === null ? { kind: 'loading' } : { kind: 'ready', Component };
}

export interface ChunkBoundaryProps {
  readonly chunk: Chunk<ChunkComponent>;
  /** Shown while the chunk is on its way. */
  readonly loading: ReactNode;
  /** Shown when it could not be fetched (or took longer than CHUNK_WAIT_MS); `retry` fetches again. */
  readonly failed: (retry: () => void) => ReactNode;
}

/**
 * Draws a component that lives in a chunk of its own. A chunk that has already arrived (the
 * normal case: it was prefetched when the page was idle) is drawn in this same render, with no
 * loading frame in between. Otherwise the caller's wait is shown, then the component, or the
 * caller's failure message: never a blank screen, never an endless wait.
 */
export function ChunkBoundary({ chunk, loading, failed }: ChunkBoundaryProps): ReactNode {
  const [state, setState] = useState<ChunkState>(() => arrivedOrLoading(chunk));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (state.kind !== 'loading') return undefined;
    let live = true;
    const giveUp = window.setTimeout(() => {
      live = false;
      setState({ kind: 'failed' });
    }, CHUNK_WAIT_MS);
    chunk.load().then(
      (Component) => {
        if (live) setState({ kind: 'ready', Component });
      },
      () => {
        if (live) setState({ kind: 'failed' });
      },
    );
    return () => {
      live = false;
      window.clearTimeout(giveUp);
    };
  }, [chunk, state.kind, attempt]);

  // A chunk that arrived after a failure (a late answer, another caller's load) is drawn at once.
  const retry = useCallback(() => {
    setState(arrivedOrLoading(chunk));
    setAttempt((n) => n + 1);
  }, [chunk]);

  if (state.kind === 'ready') return <state.Component />;
  if (state.kind === 'loading') return loading;
  return failed(retry);
}
