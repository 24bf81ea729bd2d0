import {
  LANGUAGES,
  WEEKDAYS,
  type EditableServiceField,
  type Language,
  type LocalizedText,
  type ServiceEntry,
} from '../../../../main/contract/index.js';

/**
 * What the edit form holds: every editable value as the text typed on the kiosk's keyboard, one
 * key per field (`hoursNote.ht`, `phones.0.number`, `openingHours.monday`). The keys are the
 * services' own problem paths, so a refusal lands on the field that caused it.
 */
export type EntryDraft = Readonly<Record<string, string>>;

export const ADDRESS_PARTS = ['street', 'neighbourhood', 'municipality', 'city', 'state', 'postalCode'] as const;
type AddressPart = (typeof ADDRESS_PARTS)[number];

/** Which parts of the address must be there when an address is given at all. */
const REQUIRED_ADDRESS_PARTS: readonly AddressPart[] = ['street', 'municipality', 'city'];

function putText(draft: Record<string, string>, prefix: string, text: LocalizedText | undefined): void {
  for (const language of LANGUAGES) draft[`${prefix}.${language}`] = text?.[language] ?? '';
}

export function draftFromEntry(entry: ServiceEntry): EntryDraft {
  const draft: Record<string, string> = {};
  entry.phones.forEach((phone, index) => {
    draft[`phones.${index}.number`] = phone.number;
  });
  for (const day of WEEKDAYS) draft[`openingHours.${day}`] = (entry.openingHours[day] ?? []).join(', ');
  putText(draft, 'hoursNote', entry.hoursNote);
  for (const part of ADDRESS_PARTS) draft[`address.${part}`] = entry.address?.[part] ?? '';
  putText(draft, 'address.reference', entry.address?.reference);
  draft['cost.kind'] = entry.cost.kind;
  putText(draft, 'cost.note', entry.cost.note);
  entry.whatToBring.forEach((item, index) => {
    putText(draft, `whatToBring.${index}`, item);
  });
  return draft;
}

/** How many numbered items (`phones.N…`, `whatToBring.N…`) the draft holds. */
export function countItems(draft: EntryDraft, list: 'phones' | 'whatToBring'): number {
  let count = 0;
  while (Object.keys(draft).some((key) => key.startsWith(`${list}.${count}.`))) count += 1;
  return count;
}

export function addItem(draft: EntryDraft, list: 'phones' | 'whatToBring'): EntryDraft {
  const index = countItems(draft, list);
  const next: Record<string, string> = { ...draft };
  if (list === 'phones') next[`phones.${index}.number`] = '';
  else putText(next, `whatToBring.${index}`, undefined);
  return next;
}

/** Drops item `index` and renumbers the ones after it, so the keys stay the saved paths. */
export function removeItem(draft: EntryDraft, list: 'phones' | 'whatToBring', index: number): EntryDraft {
  const next: Record<string, string> = {};
  const pattern = new RegExp(`^${list}\\.(\\d+)\\.(.+)$`);
  for (const [key, value] of Object.entries(draft)) {
    const match = pattern.exec(key);
    if (match === null) {
      next[key] = value;
      continue;
    }
    const at = Number(match[1]);
    if (at === index) continue;
    next[`${list}.${at > index ? at - 1 : at}.${match[2] ?? ''}`] = value;
  }
  return next;
}

/**
 * Texts exactly as typed, languages left empty included: the services refuse `hoursNote.ht:
 * missing` rather than the screen quietly copying another language in. All four empty removes
 * an optional text.
 */
function textOf(draft: EntryDraft, prefix: string): Record<Language, string> | null {
  const text = Object.fromEntries(LANGUAGES.map((l) => [l, (draft[`${prefix}.${l}`] ?? '').trim()])) as Record<
    Language,
    string
  >;
  return LANGUAGES.every((l) => text[l] === '') ? null : text;
}

/** The phone labels are not typed on the kiosk: kept from the entry as they were. */
function phonesOf(draft: EntryDraft, entry: ServiceEntry): unknown[] {
  return Array.from({ length: countItems(draft, 'phones') }, (_, index) => {
    const number = (draft[`phones.${index}.number`] ?? '').trim();
    const label = entry.phones[index]?.label;
    return label === undefined ? { number } : { number, label };
  });
}

function hoursOf(draft: EntryDraft): Record<string, string[]> {
  const hours: Record<string, string[]> = {};
  for (const day of WEEKDAYS) {
    const ranges = (draft[`openingHours.${day}`] ?? '')
      .split(/[,;]/)
      .map((range) => range.replace(/\s+/g, ''))
      .filter((range) => range !== '');
    if (ranges.length > 0) hours[day] = ranges;
  }
  return hours;
}

function addressOf(draft: EntryDraft): Record<string, unknown> | null {
  const address: Record<string, unknown> = {};
  for (const part of ADDRESS_PARTS) {
    const value = (draft[`address.${part}`] ?? '').trim();
    // A required part left empty is sent empty, so the services can name it as missing.
    if (value !== '' || REQUIRED_ADDRESS_PARTS.includes(part)) address[part] = value;
  }
  const reference = textOf(draft, 'address.reference');
  if (reference !== null) address.reference = reference;
  const empty = ADDRESS_PARTS.every((part) => (draft[`address.${part}`] ?? '').trim() === '') && reference === null;
  return empty ? null : address;
}

function costOf(draft: EntryDraft): Record<string, unknown> {
  const note = textOf(draft, 'cost.note');
  const kind = draft['cost.kind'] === 'paid' ? 'paid' : 'free';
  return note === null ? { kind } : { kind, note };
}

function whatToBringOf(draft: EntryDraft): unknown[] {
  return Array.from(
    { length: countItems(draft, 'whatToBring') },
    (_, index) => textOf(draft, `whatToBring.${index}`) ?? Object.fromEntries(LANGUAGES.map((l) => [l, ''])),
  );
}

/** The fields a save sends: only those whose value differs from the entry's. */
export function fieldsFromDraft(
  draft: EntryDraft,
  entry: ServiceEntry,
): Partial<Record<EditableServiceField, unknown>> {
  const original = draftFromEntry(entry);
  const changed = (field: EditableServiceField): boolean => {
    const keys = new Set([...Object.keys(draft), ...Object.keys(original)].filter((k) => k.startsWith(`${field}.`)));
    return [...keys].some((key) => (draft[key] ?? '') !== (original[key] ?? ''));
  };
  const fields: Partial<Record<EditableServiceField, unknown>> = {};
  if (changed('phones')) fields.phones = phonesOf(draft, entry);
  if (changed('openingHours')) fields.openingHours = hoursOf(draft);
  if (changed('hoursNote')) fields.hoursNote = textOf(draft, 'hoursNote');
  if (changed('address')) fields.address = addressOf(draft);
  if (changed('cost')) fields.cost = costOf(draft);
  if (changed('whatToBring')) fields.whatToBring = whatToBringOf(draft);
  return fields;
}

/** The draft key a problem belongs to: `openingHours.monday.1` is the Monday line's. */
export function problemKey(field: string): string {
  const hours = /^openingHours\.[a-z]+/.exec(field);
  return hours === null ? field : hours[0];
}

/** A calendar day moved by `days` (YYYY-MM-DD in, YYYY-MM-DD out). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
