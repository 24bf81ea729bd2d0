import type { StaffShell } from '../staff/StaffShell.js';

/**
 * Staff mode lives in its own chunk: a visitor's first screen never waits for the staff screens,
 * pathways, reports, recordings or Kobo. `StaffShell.tsx` holds the staff screen registry, so every
 * staff screen reached from it lands in that chunk by itself; nothing outside `staff/` may import a
 * staff screen statically (tests/renderer/visitor-bundle.test.ts walks the imports to keep it so).
 */
export type StaffShellComponent = typeof StaffShell;

let loaded: StaffShellComponent | null = null;
let pending: Promise<StaffShellComponent> | null = null;

/** The staff shell if its chunk has already arrived, so a second opening draws at once. */
export function loadedStaffShell(): StaffShellComponent | null {
  return loaded;
}

/** Loads the staff chunk once; a failed load (host unreachable) is forgotten so it can be tried again. */
export function loadStaffShell(): Promise<StaffShellComponent> {
  pending ??= import('../staff/StaffShell.js').then(
    (module) => {
      loaded = module.StaffShell;
      return module.StaffShell;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

interface IdleWindow {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

/** Longest wait for an idle moment before the staff chunk is fetched anyway. */
const PREFETCH_DEADLINE_MS = 5_000;

/**
 * Fetches (and evaluates) the staff chunk once the first screen is drawn and the page is idle.
 * The kiosk page stays open for days: once the module is in the page's module map, staff mode opens
 * even if the web host's network goes away later. A service worker would also cover a reload while
 * offline, but then the page itself would not load either; it would add a second cache to keep in
 * step with every build, for no case the kiosk meets. In Electron the chunk is a local file anyway.
 */
export function prefetchStaffWhenIdle(page: IdleWindow): void {
  const fetchChunk = (): void => {
    loadStaffShell().catch(() => {
      // Nothing to tell a visitor: opening staff mode tries again and shows its own message.
    });
  };
  if (page.requestIdleCallback !== undefined) page.requestIdleCallback(fetchChunk, { timeout: PREFETCH_DEADLINE_MS });
  else page.setTimeout(fetchChunk, 0);
}
