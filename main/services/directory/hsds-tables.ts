import { LANGUAGES, WEEKDAYS, type Language, type LocalizedText, type ServiceEntry } from '../../contract/index.js';

/**
 * The directory as Open Referral HSDS 3.0 tables (the tabular form; the JSON form nests the same
 * rows). HSDS field names are kept exactly; what HSDS has no field for goes into extension columns
 * named `x_redsafe_…`. HSDS text fields are one language: they carry the Spanish text (the
 * language of the place and of the receiving services), and `x_redsafe_<field>_<lang>` carries
 * English, French and Kreyòl. The mapping is documented in docs/directory.md.
 */
export const HSDS_TABLES = [
  'organization',
  'service',
  'location',
  'service_at_location',
  'address',
  'phone',
  'schedule',
  'language',
  'required_document',
] as const;
export type HsdsTable = (typeof HSDS_TABLES)[number];

/** Cells are text: the tabular form is CSV and a spreadsheet an NGO edits; empty means absent. */
export type HsdsRow = Readonly<Record<string, string>>;
export type HsdsTables = Readonly<Record<HsdsTable, readonly HsdsRow[]>>;

/** The languages an `x_redsafe_<field>_<lang>` column is given for: all but Spanish. */
export const OTHER_LANGUAGES = LANGUAGES.filter((language) => language !== 'es');
const multi = (field: string, all = false): string[] =>
  (all ? LANGUAGES : OTHER_LANGUAGES).map((language) => `x_redsafe_${field}_${language}`);

export const HSDS_COLUMNS: Readonly<Record<HsdsTable, readonly string[]>> = {
  organization: ['id', 'name', 'description', 'website', 'x_redsafe_slip_name'],
  service: [
    'id',
    'organization_id',
    'name',
    ...multi('name'),
    ...multi('slip_name', true),
    'description',
    ...multi('description'),
    'status',
    'email',
    'url',
    'fees_description',
    ...multi('fees_description'),
    'minimum_age',
    'maximum_age',
    'assured_date',
    'x_redsafe_category',
    'x_redsafe_cost_kind',
    ...multi('hours_note', true),
    'x_redsafe_populations',
    'x_redsafe_referral_slip_needed',
    'x_redsafe_accessibility',
    ...multi('accessibility_note', true),
    'x_redsafe_whatsapp',
    ...multi('sample_notice', true),
  ],
  location: [
    'id',
    'location_type',
    'organization_id',
    'name',
    'transportation',
    ...multi('transportation'),
    'latitude',
    'longitude',
  ],
  service_at_location: ['id', 'service_id', 'location_id'],
  address: [
    'id',
    'location_id',
    'address_1',
    'address_2',
    'city',
    'region',
    'state_province',
    'postal_code',
    'country',
    'address_type',
  ],
  phone: ['id', 'service_id', 'number', 'type', 'description', ...multi('description')],
  schedule: ['id', 'service_id', 'freq', 'byday', 'opens_at', 'closes_at'],
  language: ['id', 'service_id', 'code'],
  required_document: ['id', 'service_id', 'document', ...multi('document')],
};

/** RFC 5545 day codes, in the contract's week order (Monday first). */
export const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** `x_redsafe_foo_en` etc. for a four-language text; Spanish in `base` when given. */
function putText(row: Record<string, string>, field: string, text: LocalizedText | undefined, base?: string): void {
  for (const language of LANGUAGES) {
    const column = base !== undefined && language === 'es' ? base : `x_redsafe_${field}_${language}`;
    row[column] = text?.[language] ?? '';
  }
}

const STATUS_TO_HSDS: Readonly<Record<ServiceEntry['status'], string>> = {
  active: 'active',
  inactive: 'inactive',
  temporarily_closed: 'temporarily closed',
};
export const STATUS_FROM_HSDS: Readonly<Record<string, ServiceEntry['status']>> = {
  active: 'active',
  inactive: 'inactive',
  'temporarily closed': 'temporarily_closed',
};

/** A stable organisation id from its official name: the same name is one organisation. */
function organisationKey(entry: ServiceEntry): string {
  return JSON.stringify([entry.organisation.name, entry.organisation.slipName ?? '', entry.organisation.url ?? '']);
}

function slug(text: string): string {
  const base = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base === '' ? 'organisation' : base;
}

/** Every entry as HSDS rows; nothing the kiosk uses is left out. */
export function directoryToHsds(services: readonly ServiceEntry[]): HsdsTables {
  const tables: Record<HsdsTable, Record<string, string>[]> = Object.fromEntries(
    HSDS_TABLES.map((table) => [table, []]),
  ) as unknown as Record<HsdsTable, Record<string, string>[]>;
  const organisations = new Map<string, string>();
  const usedIds = new Set<string>();

  for (const entry of services) {
    const key = organisationKey(entry);
    let organisationId = organisations.get(key);
    if (organisationId === undefined) {
      organisationId = slug(entry.organisation.name);
      for (let n = 2; usedIds.has(organisationId); n += 1) organisationId = `${slug(entry.organisation.name)}-${n}`;
      usedIds.add(organisationId);
      organisations.set(key, organisationId);
      tables.organization.push({
        id: organisationId,
        name: entry.organisation.name,
        // HSDS requires a description; the kiosk keeps none for organisations.
        description: entry.organisation.name,
        website: entry.organisation.url ?? '',
        x_redsafe_slip_name: entry.organisation.slipName ?? '',
      });
    }

    const service: Record<string, string> = { id: entry.id, organization_id: organisationId };
    putText(service, 'name', entry.name, 'name');
    putText(service, 'slip_name', entry.slipName);
    putText(service, 'description', entry.description, 'description');
    service.status = STATUS_TO_HSDS[entry.status];
    service.email = entry.email ?? '';
    service.url = entry.website ?? '';
    putText(service, 'fees_description', entry.cost.note, 'fees_description');
    service.minimum_age = entry.eligibility.minAge === undefined ? '' : String(entry.eligibility.minAge);
    service.maximum_age = entry.eligibility.maxAge === undefined ? '' : String(entry.eligibility.maxAge);
    service.assured_date = entry.verifiedOn;
    service.x_redsafe_category = entry.category;
    service.x_redsafe_cost_kind = entry.cost.kind;
    putText(service, 'hours_note', entry.hoursNote);
    service.x_redsafe_populations = entry.eligibility.populations.join(',');
    service.x_redsafe_referral_slip_needed = entry.referralSlipNeeded ? 'true' : 'false';
    service.x_redsafe_accessibility = entry.accessibility.join(',');
    putText(service, 'accessibility_note', entry.accessibilityNote);
    service.x_redsafe_whatsapp = entry.whatsapp ?? '';
    putText(service, 'sample_notice', entry.sampleNotice);
    tables.service.push(service);

    if (entry.address !== undefined || entry.coordinates !== undefined) {
      const locationId = `${entry.id}--location`;
      const location: Record<string, string> = {
        id: locationId,
        location_type: 'physical',
        organization_id: organisationId,
        name: entry.organisation.name,
      };
      // HSDS `transportation` ("access to public transport") is the kiosk's reference point.
      putText(location, 'transportation', entry.address?.reference, 'transportation');
      location.latitude = entry.coordinates === undefined ? '' : String(entry.coordinates.latitude);
      location.longitude = entry.coordinates === undefined ? '' : String(entry.coordinates.longitude);
      tables.location.push(location);
      tables.service_at_location.push({ id: `${entry.id}--at`, service_id: entry.id, location_id: locationId });
      if (entry.address !== undefined) {
        tables.address.push({
          id: `${entry.id}--address`,
          location_id: locationId,
          address_1: entry.address.street,
          address_2: entry.address.neighbourhood ?? '',
          city: entry.address.city,
          region: entry.address.municipality,
          state_province: entry.address.state ?? '',
          postal_code: entry.address.postalCode ?? '',
          country: 'MX',
          address_type: 'physical',
        });
      }
    }

    entry.phones.forEach((phone, index) => {
      const row: Record<string, string> = {
        id: `${entry.id}--phone-${index + 1}`,
        service_id: entry.id,
        number: phone.number,
        type: 'voice',
      };
      putText(row, 'description', phone.label, 'description');
      tables.phone.push(row);
    });

    let count = 0;
    WEEKDAYS.forEach((day, index) => {
      for (const range of entry.openingHours[day] ?? []) {
        const [opens = '', closes = ''] = range.split('-');
        count += 1;
        tables.schedule.push({
          id: `${entry.id}--schedule-${count}`,
          service_id: entry.id,
          freq: 'WEEKLY',
          byday: BYDAY[index] ?? '',
          opens_at: opens,
          closes_at: closes,
        });
      }
    });

    for (const code of entry.languagesSpoken) {
      tables.language.push({ id: `${entry.id}--language-${code}`, service_id: entry.id, code });
    }

    entry.whatToBring.forEach((item, index) => {
      const row: Record<string, string> = { id: `${entry.id}--document-${index + 1}`, service_id: entry.id };
      putText(row, 'document', item, 'document');
      tables.required_document.push(row);
    });
  }
  return tables;
}

export type { Language };
