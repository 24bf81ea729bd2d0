import { z } from 'zod';

import { boundedString, TEXT_LIMITS } from './text-limits.js';

/** Short lowercase identifiers (site ids, service ids): safe in file names, URLs and QR codes. */
export const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, {
  message: 'expected lowercase letters, digits and dashes (up to 40), like "par-centro"',
});

/** Links the kiosk turns into QR codes must be https: a visitor's phone opens them as they are. */
export const httpsUrlSchema = boundedString(TEXT_LIMITS.url).check(
  z.url({ protocol: /^https$/, message: 'expected an https:// address' }),
);

/** An e-mail address, its length checked before the pattern runs. */
export const emailSchema = boundedString(TEXT_LIMITS.email).check(z.email());
