// site.json `readAloud.autoPlayHeading`: off unless the site says so, a boolean only, and carried
// to the screens in the site view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { siteFileSchema, siteView } from '../../main/services/config/site-schema.js';
import { SAMPLE_CONFIG_DIR } from '../support/kiosk-fixture.js';

const sample = JSON.parse(readFileSync(join(SAMPLE_CONFIG_DIR, 'site.json'), 'utf8')) as Record<string, unknown>;

describe('readAloud.autoPlayHeading in site.json', () => {
  it('is off when the site leaves it out, and reaches the screens when turned on', () => {
    const without = Object.fromEntries(Object.entries(sample).filter(([key]) => key !== 'readAloud'));
    const off = siteFileSchema.parse(without);
    expect(off.readAloud.autoPlayHeading).toBe(false);
    expect(siteView(off).autoPlayHeading).toBe(false);
    const on = siteFileSchema.parse({ ...sample, readAloud: { autoPlayHeading: true } });
    expect(siteView(on).autoPlayHeading).toBe(true);
  });

  it('refuses anything but a boolean, and unknown read-aloud settings', () => {
    for (const readAloud of [{ autoPlayHeading: 'yes' }, { autoPlayHeading: 1 }, { autoplay: true }]) {
      const result = siteFileSchema.safeParse({ ...sample, readAloud });
      expect(result.success, JSON.stringify(readAloud)).toBe(false);
      expect(result.error?.issues[0]?.path.slice(0, 1)).toEqual(['readAloud']);
    }
  });
});
