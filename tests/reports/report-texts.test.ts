import { describe, expect, it } from 'vitest';

import { LANGUAGES } from '../../main/contract/index.js';
import { REPORT_TEXTS, TABLE_IDS } from '../../main/services/reports/report-texts.js';

function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value))
    value.forEach((v, i) => {
      leaves(v, `${path}[${i}]`).forEach((s, k) => out.set(k, s));
    });
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value))
      leaves(v, path === '' ? key : `${path}.${key}`).forEach((s, k) => out.set(k, s));
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('report texts', () => {
  const spanish = leaves(REPORT_TEXTS.es);

  it.each(LANGUAGES)('%s has the same keys and placeholders as Spanish, and no empty text', (language) => {
    const texts = leaves(REPORT_TEXTS[language]);
    expect([...texts.keys()].sort()).toEqual([...spanish.keys()].sort());
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(spanish.get(key) ?? ''));
    }
  });

  it.each(LANGUAGES)('%s sheet names are valid in Excel and distinct', (language) => {
    const names = TABLE_IDS.map((id) => REPORT_TEXTS[language].tables[id]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});
