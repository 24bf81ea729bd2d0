// Zod-free on purpose: the visitor screens import this list, and a file that also builds schemas
// would bring zod into the first screen's bundle (renderer/vite.config.ts, bench/bundle-size.ts).

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
