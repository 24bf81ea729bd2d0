// The directory screens word every refusal code, closure reason and field in each language, and
// no language borrows another's sentence (a missing text must show as missing, not as Spanish).
import { describe, expect, it } from 'vitest';

import {
  CLOSURE_REASONS,
  DIRECTORY_PROBLEM_CODES,
  EDITABLE_SERVICE_FIELDS,
  LANGUAGES,
} from '../../main/contract/index.js';

import { LOCALES } from './locale-files.js';

function text(language: (typeof LANGUAGES)[number], path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], LOCALES[language]);
}

const KEYS = [
  ...DIRECTORY_PROBLEM_CODES.map((code) => `directoryAdmin.problems.${code}`),
  ...CLOSURE_REASONS.map((reason) => `directoryAdmin.reasons.${reason}`),
  ...CLOSURE_REASONS.map((reason) => `service.closedBecause.${reason}`),
  ...EDITABLE_SERVICE_FIELDS.map((field) => `directoryAdmin.fields.${field}`),
  'service.closedUntil',
  'service.closedSlip',
  'service.noticeHeading',
  'directoryAdmin.missingLanguage',
  'checkDetails.directory.reverify',
];

describe('directory texts', () => {
  it.each(KEYS)('%s is written in es, en, fr and ht, each its own', (key) => {
    const values = LANGUAGES.map((language) => text(language, key));
    for (const value of values) expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    expect(new Set(values).size, key).toBe(LANGUAGES.length);
  });

  it('keeps the date placeholder in every "closed until"', () => {
    for (const language of LANGUAGES) expect(text(language, 'service.closedUntil')).toContain('{{date}}');
  });
});
