/**
 * A part of the renderer kept out of the first screen's bundle and fetched with `import()`: staff
 * mode, the visitor's follow-up screen. Each is made once, at module level, so every caller shares
 * one load and one remembered result.
 */
export interface Chunk<T> {
  /** What the chunk gave, if it has already arrived: the caller can draw it in the same render. */
  loaded(): T | null;
  /** Fetches the chunk once; a failed fetch (host unreachable) is forgotten so the next call tries again. */
  load(): Promise<T>;
  /** Fetches the chunk once the page is idle, so it is there before anyone asks for it. */
  prefetchWhenIdle(page: IdleWindow): void;
}

/** The page's idle and timer functions: `window`, or a test's own. */
export interface IdleWindow {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

/** Longest wait for an idle moment before a chunk is fetched anyway. */
export const PREFETCH_DEADLINE_MS = 5_000;

/**
 * `load` is the `import()` itself, written out where the chunk is declared: the bundler sees only
 * literal `import()` calls, so the path cannot be a parameter here.
 *
 * Prefetching matters because the kiosk page stays open for days: once a module is in the page's
 * module map, it opens even if the web host's network goes away later. A service worker would also
 * cover a reload while offline, but then the page itself would not load either; it would add a
 * second cache to keep in step with every build, for no case the kiosk meets. In Electron the
 * chunks are local files anyway.
 */
export function createChunk<T>(load: () => Promise<T>): Chunk<T> {
  let arrived: { readonly value: T } | null = null;
  let pending: Promise<T> | null = null;

  const loadOnce = (): Promise<T> => {
    pending ??= load().then(
      (value) => {
        arrived = { value };
        return value;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };

  return {
    loaded: () => (arrived === null ? null : arrived.value),
    load: loadOnce,
    prefetchWhenIdle(page) {
      const fetchChunk = (): void => {
        loadOnce().catch(() => {
          // Nobody is waiting yet: whoever opens the chunk later tries again and shows its own message.
        });
      };
      if (page.requestIdleCallback !== undefined)
        page.requestIdleCallback(fetchChunk, { timeout: PREFETCH_DEADLINE_MS });
      else page.setTimeout(fetchChunk, 0);
    },
  };
}
