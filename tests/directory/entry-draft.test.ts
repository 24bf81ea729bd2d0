import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { serviceEntrySchema } from '../../main/contract/index.js';
import { directoryFileSchema } from '../../main/services/config/directory-schema.js';
import {
  addDays,
  addItem,
  draftFromEntry,
  fieldsFromDraft,
  problemKey,
  removeItem,
} from '../../renderer/src/staff/directory/entry-draft.js';

const directory = directoryFileSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'kiosk-config', 'directory.json'), 'utf8')),
);
const comar = directory.services.find((entry) => entry.id === 'comar-asilo');
if (comar === undefined) throw new Error('sample directory lost comar-asilo');

describe('the Directory screen’s edit draft', () => {
  it('sends nothing when nothing was changed, for every sample entry', () => {
    for (const entry of directory.services) expect(fieldsFromDraft(draftFromEntry(entry), entry)).toEqual({});
  });

  it('sends only the changed field, and a language left empty stays empty (never filled from another)', () => {
    const draft = { ...draftFromEntry(comar), 'hoursNote.ht': '', 'hoursNote.en': 'Come early.' };
    const fields = fieldsFromDraft(draft, comar);
    expect(Object.keys(fields)).toEqual(['hoursNote']);
    expect(fields.hoursNote).toEqual({ ...comar.hoursNote, en: 'Come early.', ht: '' });
  });

  it('turns hour lines into ranges, and an empty line into a closed day', () => {
    const draft = {
      ...draftFromEntry(comar),
      'openingHours.monday': '',
      'openingHours.saturday': '09:00-12:00, 13:00 - 15:00',
    };
    const fields = fieldsFromDraft(draft, comar);
    expect(fields.openingHours).toMatchObject({ saturday: ['09:00-12:00', '13:00-15:00'], tuesday: ['09:00-14:00'] });
    expect(fields.openingHours).not.toHaveProperty('monday');
  });

  it('adds and removes list items, renumbering the ones after, and the result is a valid entry', () => {
    let draft = addItem(draftFromEntry(comar), 'whatToBring');
    draft = {
      ...draft,
      'whatToBring.2.es': 'Una foto',
      'whatToBring.2.en': 'A photo',
      'whatToBring.2.fr': 'Une photo',
      'whatToBring.2.ht': 'Yon foto',
    };
    draft = removeItem(draft, 'whatToBring', 0);
    draft = addItem(draft, 'phones');
    draft = { ...draft, 'phones.1.number': '55 1111 2222' };
    const fields = fieldsFromDraft(draft, comar);
    expect(fields.whatToBring).toEqual([
      comar.whatToBring[1],
      { es: 'Una foto', en: 'A photo', fr: 'Une photo', ht: 'Yon foto' },
    ]);
    expect(fields.phones).toEqual([{ number: '55 5209 8800' }, { number: '55 1111 2222' }]);
    expect(serviceEntrySchema.safeParse({ ...comar, ...fields }).success).toBe(true);
  });

  it('removes an optional text when all four languages are emptied', () => {
    const draft = {
      ...draftFromEntry(comar),
      'hoursNote.es': '',
      'hoursNote.en': '',
      'hoursNote.fr': '',
      'hoursNote.ht': '',
    };
    expect(fieldsFromDraft(draft, comar)).toEqual({ hoursNote: null });
  });

  it('puts an hours problem on its day line, and moves days across months', () => {
    expect(problemKey('openingHours.monday.1')).toBe('openingHours.monday');
    expect(problemKey('phones.0.number')).toBe('phones.0.number');
    expect(addDays('2026-12-30', 7)).toBe('2027-01-06');
  });
});
