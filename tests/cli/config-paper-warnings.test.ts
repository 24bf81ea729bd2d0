// `kioskctl config validate` warns about printed texts that tell why someone came, without failing.
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runKioskctl } from '../../main/cli/kioskctl.js';
import { sensitiveTermMatcher } from '../../main/services/config/sensitive-terms.js';
import { readJson, sampleConfigCopy, writeJson } from '../services/temp-dirs.js';
import { captureCli } from '../support/cli-capture.js';

type Json = Record<string, unknown>;

describe('the sensitive-term matcher', () => {
  const matcher = sensitiveTermMatcher(['Casa Refugio*', 'mara']);

  it('ignores case and accents, matches whole words, and prefixes where the term ends with *', () => {
    expect(matcher.find('Apoyo en caso de EXTORSION')).toEqual(['extorsión', 'extorsion']);
    expect(matcher.find('Liy nasyonal kont trafik moun')).toEqual(['trafik']);
    expect(matcher.find('Victims of crime')).toEqual(['victim*']);
    // Whole words: «abuse» is not in «abuela», «viol» is not in «violeta».
    expect(matcher.find('Cuidado de la abuela, flores violeta')).toEqual([]);
    expect(matcher.find('Free helpline (24 h)')).toEqual([]);
  });

  it('adds the site’s own words, several words matched across punctuation', () => {
    expect(matcher.find('Casa-refugios del norte')).toEqual(['Casa Refugio*']);
    expect(matcher.find('La Mara Salvatrucha')).toEqual(['mara']);
    expect(sensitiveTermMatcher().find('La Mara Salvatrucha')).toEqual([]);
  });
});

describe('kioskctl config validate on paper texts', () => {
  it('warns, with exit 0, when a printed text names a harm, and says where', async () => {
    const dir = await sampleConfigCopy();
    const directory = await readJson(join(dir, 'directory.json'));
    const services = directory.services as Json[];
    const index = services.findIndex((service) => service.id === 'linea-nacional-contra-la-trata');
    const line = services[index];
    if (line === undefined) throw new Error('the sample directory has no trafficking line');
    delete line.slipName;
    await writeJson(join(dir, 'directory.json'), directory);
    const site = await readJson(join(dir, 'site.json'));
    site.sensitiveTerms = ['ejemplo'];
    await writeJson(join(dir, 'site.json'), site);

    const c = captureCli();
    expect(await runKioskctl(['config', 'validate', dir], c.io)).toBe(0);
    const at = `directory.json: services[${index}].name`;
    expect(c.out).toContain(`${at}.es: warning: printed on paper, holds "trata"; give a neutral slipName`);
    expect(c.out).toContain(`${at}.en: warning: printed on paper, holds "trafficking"; give a neutral slipName`);
    expect(c.out).toContain(`${at}.fr: warning: printed on paper, holds "traite"; give a neutral slipName`);
    expect(c.out).toContain(`${at}.ht: warning: printed on paper, holds "trafik"; give a neutral slipName`);
    // The site's own word reaches the site's name («PAR Centro (ejemplo)»).
    expect(c.out).toContain('site.json: name.es: warning: printed on paper, holds "ejemplo"');
    expect(c.out.at(-1)).toMatch(/^OK: .* are valid \(\d+ services, 5 warnings\)\.$/);
    expect(c.err).toEqual([]);
  });

  it('warns about a note label or a visitor-slip text of a pathway', async () => {
    const dir = await sampleConfigCopy();
    const pathways = await readJson(join(dir, 'pathways.json'));
    const [first] = pathways.pathways as Json[];
    if (first === undefined) throw new Error('the sample has no pathway');
    first.noteLabel = 'Ruta víctimas';
    await writeJson(join(dir, 'pathways.json'), pathways);
    const c = captureCli();
    expect(await runKioskctl(['config', 'validate', dir], c.io)).toBe(0);
    expect(c.out).toContain(
      'pathways.json: pathways[0].noteLabel: warning: printed on paper, holds "víctima*", "victim*"',
    );
  });
});
