import type { StaffShell } from '../staff/StaffShell.js';

import { createChunk } from './chunk.js';

/**
 * Staff mode lives in its own chunk: a visitor's first screen never waits for the staff screens,
 * pathways, reports, recordings or Kobo. `StaffShell.tsx` holds the staff screen registry, so every
 * staff screen reached from it lands in that chunk by itself; nothing outside `staff/` may import a
 * staff screen statically (tests/renderer/visitor-bundle.test.ts walks the imports to keep it so).
 */
export const staffChunk = createChunk<typeof StaffShell>(() =>
  import('../staff/StaffShell.js').then((module) => module.StaffShell),
);
