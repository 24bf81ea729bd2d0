import { z } from 'zod';

/**
 * Longest text the site's configuration may hold, by kind of field. Generous for real content
 * (the longest sample description is under 400 characters), and small enough that no file can
 * make a slip, a screen or a report slow: a 10 MB name is refused at once, with the limit named.
 */
export const TEXT_LIMITS = {
  /** A name or short label: a place, an organisation, a street, a printer. */
  name: 200,
  /** A sentence or paragraph a visitor or staff member reads, in each language. */
  paragraph: 2000,
  /** Long enough for any real link; the same order as what browsers accept in practice. */
  url: 2000,
  /** RFC 5321's limit for an address. */
  email: 254,
  /** A file or device path. */
  path: 1024,
  /** RFC 1035's limit for a host name. */
  hostName: 253,
} as const;

/**
 * A string whose length is checked first and alone (`abort`): a pattern or a URL parser never
 * runs over a huge text (the e-mail pattern overflowed V8's regular-expression stack on 10 MB).
 */
export function boundedString(max: number) {
  return z.string().max(max, { abort: true });
}
