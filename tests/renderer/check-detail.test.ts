// What a staff member reads beside each equipment check, through the screens' own i18next setup.
import { beforeAll, describe, expect, it } from 'vitest';

import type { CheckResult } from '../../main/contract/index.js';
import { checkDetailText } from '../../renderer/src/staff/check-detail.js';
import { i18n, messagesLoaded } from '../../renderer/src/i18n/i18n.js';

// Staff messages are not in the first bundle: they arrive with each language's file, as in the page.
beforeAll(async () => {
  await messagesLoaded();
});

const result = (over: Partial<CheckResult>): CheckResult => ({
  id: 'disk',
  status: 'fail',
  code: 'low_disk',
  detail: '300 MB free, at least 500 MB needed',
  measured: 300,
  unit: 'MB',
  durationMs: 3,
  params: { free: 300, needed: 500 },
  ...over,
});

describe('check details on the staff screen', () => {
  it('are sentences in the staff language with the figures filled in', () => {
    expect(checkDetailText(i18n.getFixedT('es'), result({}))).toEqual({
      translated: true,
      text: '300 MB libres; se necesitan al menos 500 MB.',
    });
    expect(checkDetailText(i18n.getFixedT('ht'), result({})).text).toBe('300 MB lib; fòk gen omwen 500 MB.');
    const portal = result({
      id: 'network:redsafe',
      code: 'captive_portal',
      detail: 'redsafe.icrc.org answered, but not with its own page',
      params: { host: 'redsafe.icrc.org' },
    });
    expect(checkDetailText(i18n.getFixedT('fr'), portal).text).toMatch(
      /^redsafe\.icrc\.org a répondu par une autre page/,
    );
  });

  it("fall back to the services' English detail for a code the screen does not know", () => {
    const newer = result({ id: 'printer', code: 'head_overheated', detail: 'print head at 71 °C', params: undefined });
    expect(checkDetailText(i18n.getFixedT('ht'), newer)).toEqual({
      translated: false,
      text: 'head_overheated · print head at 71 °C',
    });
  });
});
