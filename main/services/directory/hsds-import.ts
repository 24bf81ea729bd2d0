import { LANGUAGES, serviceEntrySchema, WEEKDAYS, type ServiceEntry } from '../../contract/index.js';

import { BYDAY, HSDS_TABLES, STATUS_FROM_HSDS, type HsdsRow, type HsdsTable, type HsdsTables } from './hsds-tables.js';

/** A row the import cannot take: where it is (the table and its row in the sheet) and why. */
export interface ImportProblem {
  readonly table: HsdsTable;
  /** The row as a spreadsheet numbers it: the header is row 1, the first entry row 2. */
  readonly row: number;
  readonly field: string;
  readonly reason: string;
}

export type ImportOutcome =
  { readonly ok: true; readonly services: ServiceEntry[] } | { readonly ok: false; readonly problems: ImportProblem[] };

type Raw = Record<string, unknown>;
const cell = (row: HsdsRow, column: string): string => (row[column] ?? '').trim();
const sheetRow = (index: number): number => index + 2;

/** A four-language text from `base` (Spanish) and `x_redsafe_<field>_<lang>`; absent when all are empty. */
function text(row: HsdsRow, field: string, base?: string): Raw | undefined {
  const value = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      cell(row, base !== undefined && language === 'es' ? base : `x_redsafe_${field}_${language}`),
    ]),
  );
  // A language left empty stays empty: the schema names it as missing, nothing is copied across.
  return LANGUAGES.every((language) => value[language] === '') ? undefined : value;
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function optional(target: Raw, key: string, value: unknown): void {
  if (value !== undefined && value !== '') target[key] = value;
}

/**
 * Reads HSDS tables back into directory entries. Every row that cannot be taken is reported with
 * its table, row and reason, and then nothing is returned: an import is all or nothing.
 */
export function hsdsToDirectory(tables: HsdsTables): ImportOutcome {
  const problems: ImportProblem[] = [];
  const problem = (table: HsdsTable, index: number, field: string, reason: string): void => {
    problems.push({ table, row: sheetRow(index), field, reason });
  };

  // Ids: present and unique in every table.
  const byId = new Map<HsdsTable, Map<string, { row: HsdsRow; index: number }>>();
  for (const table of HSDS_TABLES) {
    const ids = new Map<string, { row: HsdsRow; index: number }>();
    tables[table].forEach((row, index) => {
      const id = cell(row, 'id');
      if (id === '') problem(table, index, 'id', 'missing');
      else if (ids.has(id)) problem(table, index, 'id', `duplicate id "${id}"`);
      else ids.set(id, { row, index });
    });
    byId.set(table, ids);
  }
  const services = byId.get('service') ?? new Map<string, { row: HsdsRow; index: number }>();
  const organisations = byId.get('organization') ?? new Map<string, { row: HsdsRow; index: number }>();
  const locations = byId.get('location') ?? new Map<string, { row: HsdsRow; index: number }>();

  /** Rows of a child table grouped by their service, in file order; an unknown service is reported. */
  const children = (table: HsdsTable, link = 'service_id'): Map<string, { row: HsdsRow; index: number }[]> => {
    const groups = new Map<string, { row: HsdsRow; index: number }[]>();
    tables[table].forEach((row, index) => {
      const id = cell(row, link);
      if (!services.has(id)) {
        problem(table, index, link, id === '' ? 'missing' : `no service with id "${id}"`);
        return;
      }
      groups.set(id, [...(groups.get(id) ?? []), { row, index }]);
    });
    return groups;
  };
  const phones = children('phone');
  const schedules = children('schedule');
  const languages = children('language');
  const documents = children('required_document');
  const placed = children('service_at_location');
  const addresses = new Map<string, { row: HsdsRow; index: number }>();
  tables.address.forEach((row, index) => {
    const id = cell(row, 'location_id');
    if (!locations.has(id)) problem('address', index, 'location_id', `no location with id "${id}"`);
    else if (addresses.has(id)) problem('address', index, 'location_id', 'a second address for one location');
    else addresses.set(id, { row, index });
  });

  const entries: ServiceEntry[] = [];
  tables.service.forEach((row, index) => {
    const id = cell(row, 'id');
    const raw: Raw = { id };
    const organisation = organisations.get(cell(row, 'organization_id'));
    if (organisation === undefined) {
      problem('service', index, 'organization_id', `no organization with id "${cell(row, 'organization_id')}"`);
    } else {
      const org: Raw = { name: cell(organisation.row, 'name') };
      optional(org, 'slipName', cell(organisation.row, 'x_redsafe_slip_name'));
      optional(org, 'url', cell(organisation.row, 'website'));
      raw.organisation = org;
    }
    raw.name = text(row, 'name', 'name');
    optional(raw, 'slipName', text(row, 'slip_name'));
    raw.description = text(row, 'description', 'description');
    raw.category = cell(row, 'x_redsafe_category');
    const status = STATUS_FROM_HSDS[cell(row, 'status')];
    // Said once, in HSDS words; the schema's own complaint about the same field is left out.
    const reported = new Set<string>();
    if (status === undefined) {
      problem('service', index, 'status', `unknown status "${cell(row, 'status')}"`);
      reported.add('status');
    }
    raw.status = status;

    const at = placed.get(id) ?? [];
    if (at.length > 1)
      problem('service_at_location', at[1]?.index ?? 0, 'service_id', 'a second location for one service');
    const location = locations.get(cell(at[0]?.row ?? {}, 'location_id'));
    if (at[0] !== undefined && location === undefined) {
      problem(
        'service_at_location',
        at[0].index,
        'location_id',
        `no location with id "${cell(at[0].row, 'location_id')}"`,
      );
    }
    if (location !== undefined) {
      const latitude = cell(location.row, 'latitude');
      const longitude = cell(location.row, 'longitude');
      const number = /^-?\d+(\.\d+)?$/;
      if (latitude !== '' || longitude !== '') {
        if (!number.test(latitude) || !number.test(longitude)) {
          problem('location', location.index, 'latitude', 'latitude and longitude must both be decimal degrees');
        }
        raw.coordinates = { latitude: Number(latitude), longitude: Number(longitude) };
      }
      const address = addresses.get(cell(location.row, 'id'));
      if (address === undefined) {
        if (raw.coordinates === undefined) problem('location', location.index, 'id', 'no address for this location');
      } else {
        const a: Raw = { street: cell(address.row, 'address_1') };
        optional(a, 'neighbourhood', cell(address.row, 'address_2'));
        a.municipality = cell(address.row, 'region');
        a.city = cell(address.row, 'city');
        optional(a, 'state', cell(address.row, 'state_province'));
        optional(a, 'postalCode', cell(address.row, 'postal_code'));
        optional(a, 'reference', text(location.row, 'transportation', 'transportation'));
        raw.address = a;
      }
    }

    const hours: Record<string, string[]> = {};
    for (const { row: s, index: at2 } of schedules.get(id) ?? []) {
      const freq = cell(s, 'freq');
      if (freq !== '' && freq !== 'WEEKLY') problem('schedule', at2, 'freq', 'only WEEKLY schedules are read');
      const days = list(cell(s, 'byday'));
      if (days.length === 0) problem('schedule', at2, 'byday', 'missing');
      for (const code of days) {
        const day = WEEKDAYS[BYDAY.indexOf(code as (typeof BYDAY)[number])];
        if (day === undefined) problem('schedule', at2, 'byday', `unknown day "${code}"`);
        else hours[day] = [...(hours[day] ?? []), `${cell(s, 'opens_at')}-${cell(s, 'closes_at')}`];
      }
    }
    raw.openingHours = hours;
    optional(raw, 'hoursNote', text(row, 'hours_note'));
    raw.phones = (phones.get(id) ?? []).map(({ row: p }) => {
      const phone: Raw = { number: cell(p, 'number') };
      optional(phone, 'label', text(p, 'description', 'description'));
      return phone;
    });
    optional(raw, 'whatsapp', cell(row, 'x_redsafe_whatsapp'));
    optional(raw, 'email', cell(row, 'email'));
    optional(raw, 'website', cell(row, 'url'));
    const cost: Raw = { kind: cell(row, 'x_redsafe_cost_kind') };
    optional(cost, 'note', text(row, 'fees_description', 'fees_description'));
    raw.cost = cost;
    const eligibility: Raw = { populations: list(cell(row, 'x_redsafe_populations')) };
    for (const [column, key] of [
      ['minimum_age', 'minAge'],
      ['maximum_age', 'maxAge'],
    ] as const) {
      const value = cell(row, column);
      if (value === '') continue;
      if (!/^\d+$/.test(value)) problem('service', index, column, `not a whole number: "${value}"`);
      eligibility[key] = Number(value);
    }
    raw.eligibility = eligibility;
    raw.whatToBring = (documents.get(id) ?? []).map(({ row: d }) => text(d, 'document', 'document') ?? {});
    const needed = cell(row, 'x_redsafe_referral_slip_needed');
    if (needed !== 'true' && needed !== 'false') {
      problem('service', index, 'x_redsafe_referral_slip_needed', 'expected true or false');
    }
    raw.referralSlipNeeded = needed === 'true';
    raw.accessibility = list(cell(row, 'x_redsafe_accessibility'));
    optional(raw, 'accessibilityNote', text(row, 'accessibility_note'));
    raw.languagesSpoken = (languages.get(id) ?? []).map(({ row: l }) => cell(l, 'code'));
    raw.verifiedOn = cell(row, 'assured_date');
    optional(raw, 'sampleNotice', text(row, 'sample_notice'));

    const parsed = serviceEntrySchema.safeParse(raw);
    if (!parsed.success) {
      // A phone's or a document's problem is told on its own row, where the NGO will fix it.
      const rowsOf: Partial<Record<string, readonly { index: number }[]>> = {
        phones: phones.get(id),
        whatToBring: documents.get(id),
      };
      const tableOf: Record<string, HsdsTable> = { phones: 'phone', whatToBring: 'required_document' };
      for (const issue of parsed.error.issues) {
        const [first, second] = issue.path.map(String);
        if (first !== undefined && reported.has(first)) continue;
        const child = first === undefined ? undefined : rowsOf[first]?.[Number(second)];
        if (first !== undefined && child !== undefined) {
          problem(tableOf[first] ?? 'service', child.index, issue.path.map(String).join('.'), issue.message);
        } else problem('service', index, issue.path.map(String).join('.'), issue.message);
      }
    } else entries.push(parsed.data);
  });

  return problems.length > 0 ? { ok: false, problems } : { ok: true, services: entries };
}
