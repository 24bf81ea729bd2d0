import type { FollowUpScreen } from '../screens/FollowUpScreen.js';

import { createChunk } from './chunk.js';

/**
 * The visitor's follow-up screen (a returning visitor types or scans the code of their slip) lives
 * in its own chunk with its keypad and camera hooks: few visitors open it, and the first screen's
 * bundle must stay small. It is fetched when the page is idle after the first screen, so it is
 * there, drawn at once, by the time someone taps it. Nothing else may import the screen or its
 * scanner statically (tests/renderer/visitor-bundle.test.ts).
 */
export const followUpChunk = createChunk<typeof FollowUpScreen>(() =>
  import('../screens/FollowUpScreen.js').then((module) => module.FollowUpScreen),
);
