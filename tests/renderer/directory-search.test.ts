import { describe, expect, it } from 'vitest';

import { type Language, type ServiceCategory } from '../../main/contract/index.js';
import { passesFilter } from '../../renderer/src/directory/filters.js';
import { foldText, queryWords } from '../../renderer/src/directory/search.js';
import { categoriesInUse, visibleServices } from '../../renderer/src/directory/visible-services.js';

import { LOCALES } from '../locales/locale-files.js';
import { sampleServices } from './sample-directory.js';

const services = sampleServices();
const categoryLabel = (category: ServiceCategory, language: Language): string =>
  (LOCALES[language] as { categories: Record<string, string> }).categories[category] ?? category;
const MONDAY_10_MEXICO = new Date('2026-11-23T16:00:00Z');
const SUNDAY_20_MEXICO = new Date('2026-11-30T02:00:00Z');

function search(query: string, language: Language, extra: Partial<Parameters<typeof visibleServices>[1]> = {}) {
  return visibleServices(services, {
    category: null,
    query,
    filters: [],
    language,
    now: MONDAY_10_MEXICO,
    timeZone: 'America/Mexico_City',
    categoryLabel,
    ...extra,
  }).map((service) => service.id);
}

describe('search', () => {
  it('folds case and accents the same way on both sides', () => {
    expect(foldText('Educación')).toBe('educacion');
    expect(foldText('KREYÒL ayisyen')).toBe('kreyol ayisyen');
    expect(foldText('Niñez y adolescencia')).toBe('ninez y adolescencia');
    expect(queryWords('  asilo   COMAR ')).toEqual(['asilo', 'comar']);
  });

  it('finds "Educación" from "educacion" in every language (Spanish is always searched)', () => {
    for (const language of ['es', 'en', 'fr', 'ht'] as const) {
      expect(search('educacion', language), language).toContain('inea-educacion-adultos');
    }
  });

  it('finds services from French and Kreyòl words, with or without their accents', () => {
    expect(search('réfugié', 'fr')).toContain('comar-asilo');
    expect(search('refugie', 'fr')).toContain('comar-asilo');
    expect(search('travay', 'ht')).toContain('servicio-nacional-de-empleo');
    expect(search('fanmi', 'ht')).toContain('cruz-roja-contacto-familiar');
    expect(search('kòd', 'ht')).toEqual(search('kod', 'ht'));
  });

  it('needs every word, and finds nothing for nonsense', () => {
    expect(search('asilo comar', 'es')).toContain('comar-asilo');
    expect(search('asilo zzzz', 'es')).toEqual([]);
  });

  it('searches across all categories while words are typed', () => {
    expect(search('trata', 'es', { category: 'legal-aid' })).toContain('linea-nacional-contra-la-trata');
    expect(search('', 'es', { category: 'legal-aid' }).every((id) => id.length > 0)).toBe(true);
    expect(search('', 'es', { category: 'children' })).toEqual(['dif-proteccion-nna']);
  });
});

describe('filters', () => {
  const context = { now: MONDAY_10_MEXICO, timeZone: 'America/Mexico_City' };

  it('free, for children, for women and no documents look at the entry itself', () => {
    const byId = new Map(services.map((service) => [service.id, service]));
    const dif = byId.get('dif-proteccion-nna');
    const imumi = byId.get('imumi-mujeres-migrantes');
    const locatel = byId.get('locatel-orientacion');
    const asylumAccess = byId.get('asylum-access-mexico');
    if (dif === undefined || imumi === undefined || locatel === undefined || asylumAccess === undefined) {
      throw new Error('sample entries missing');
    }
    expect(passesFilter(dif, 'children', context)).toBe(true);
    expect(passesFilter(asylumAccess, 'children', context)).toBe(false);
    expect(passesFilter(asylumAccess, 'women', context)).toBe(false);
    expect(passesFilter(imumi, 'women', context)).toBe(true);
    expect(passesFilter(locatel, 'no-documents', context)).toBe(true);
    expect(passesFilter(dif, 'no-documents', context)).toBe(false);
    expect(passesFilter(locatel, 'free', context)).toBe(true);
  });

  it('"open now" on a Sunday evening leaves only the services open then', () => {
    const open = search('', 'es', { filters: ['open-now'], now: SUNDAY_20_MEXICO });
    expect(open).toEqual(
      expect.arrayContaining(['locatel-orientacion', 'consejo-ciudadano-apoyo', 'linea-nacional-contra-la-trata']),
    );
    expect(open).not.toContain('comar-asilo');
    expect(search('', 'es', { filters: ['open-now'] })).toContain('comar-asilo');
  });

  it('combines filters', () => {
    const both = search('', 'es', { filters: ['women', 'no-documents'] });
    expect(both).toEqual(['cafemin-albergue']);
  });
});

describe('the sample directory', () => {
  it('has at least 15 entries across at least 12 categories, each with the sample notice', () => {
    expect(services.length).toBeGreaterThanOrEqual(15);
    expect(categoriesInUse(services, [...new Set(services.map((s) => s.category))]).length).toBeGreaterThanOrEqual(12);
    for (const service of services) expect(service.sampleNotice, service.id).toBeDefined();
  });

  it('keeps the ids of the first eight entries (referral codes and reports refer to them)', () => {
    expect(services.slice(0, 8).map((service) => service.id)).toEqual([
      'comar-asilo',
      'inm-visitante-humanitario',
      'dif-proteccion-nna',
      'cndh-quejas',
      'cruz-roja-contacto-familiar',
      'oim-retorno-voluntario',
      'sin-fronteras-asesoria-legal',
      'servicio-nacional-de-empleo',
    ]);
  });

  it('writes Kreyòl without French letters', () => {
    const texts = JSON.stringify(services.map((service) => [service.name.ht, service.description.ht]));
    expect(texts).not.toMatch(/[éêâôîûçœ]/i);
  });
});
