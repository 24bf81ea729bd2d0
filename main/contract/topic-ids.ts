// Zod-free on purpose: the visitor screens import this list, and a file that also builds schemas
// would bring zod into the first screen's bundle (renderer/vite.config.ts, bench/bundle-size.ts).

/**
 * The "know your rights and the steps" topics the kiosk knows. A site words them, orders them or
 * leaves some out in `topics.json`, but the ids are fixed here: they are the keys the anonymous
 * daily counts are filed under (`usage-keys.ts`), so counts stay comparable between sites and map
 * to KoboToolbox indicators by a stable name. A new kind of topic is one more id in this list.
 */
export const TOPIC_IDS = [
  'asylum',
  'regularisation',
  'birth-registration',
  'family-links',
  'complaints',
  'voluntary-return',
  'detention',
  'scams',
] as const;
