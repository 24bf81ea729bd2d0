import { describe, expect, it } from 'vitest';

import { LANGUAGES, type Pathway } from '../../main/contract/index.js';
import { loadConfigFolder } from '../../main/services/config/index.js';
import { PATHWAY_TEXTS } from '../../main/services/pathways/pathway-texts.js';
import { escapeXml, pathwaySvg } from '../../main/services/pathways/pathway-svg.js';
import { SAMPLE_CONFIG_DIR } from '../services/temp-dirs.js';

import { findAll, parseXml, textOf } from './xml-tree.js';

const folder = await loadConfigFolder(SAMPLE_CONFIG_DIR);
if (!folder.pathways.ok || !folder.directory.ok) throw new Error('the sample configuration should load');
const PATHWAYS = folder.pathways.value.pathways;
const SERVICES = new Map(folder.directory.value.services.map((s) => [s.id, s]));

describe('pathway flowcharts', () => {
  for (const pathway of PATHWAYS) {
    for (const language of LANGUAGES) {
      it(`${pathway.id} in ${language}: well-formed, with every step, branch and contact`, () => {
        const svg = parseXml(pathwaySvg({ pathway, language, services: SERVICES }));
        expect(svg.name).toBe('svg');
        expect(svg.attrs.xmlns).toBe('http://www.w3.org/2000/svg');

        const steps = findAll(svg, (e) => e.attrs.class === 'step');
        expect(steps.map((s) => s.attrs['data-step']).sort()).toEqual(pathway.steps.map((s) => s.id).sort());
        for (const step of pathway.steps) {
          const node = steps.find((s) => s.attrs['data-step'] === step.id);
          if (node === undefined) throw new Error(`no node for ${step.id}`);
          const text = textOf(node);
          expect(text).toContain(step.id);
          expect(text).toContain(step.title[language]);
          // The urgency is written out, never shown by colour alone.
          expect(text).toContain(PATHWAY_TEXTS[language].urgency[step.urgency]);
          for (const contact of step.contacts) {
            const service = SERVICES.get(contact);
            expect(service, contact).toBeDefined();
            expect(text).toContain(service?.organisation.name);
          }
        }

        const branches = findAll(svg, (e) => e.attrs.class === 'branch');
        const expected = pathway.steps.flatMap((s) =>
          (s.branches ?? []).map((b) => ({ from: s.id, to: b.next, label: b.label[language] })),
        );
        expect(branches.map((b) => ({ from: b.attrs['data-from'], to: b.attrs['data-to'], label: textOf(b) }))).toEqual(
          expected,
        );

        if (pathway.sample) expect(textOf(svg)).toContain(PATHWAY_TEXTS[language].sample);
      });
    }
  }

  it('escapes configuration text, so no text can inject markup', () => {
    const base = PATHWAYS[0];
    if (base === undefined) throw new Error('no sample pathway');
    const hostile = '<script>alert("x")</script> & "quotes" \'too\'';
    const pathway: Pathway = {
      ...base,
      title: { ...base.title, en: hostile },
      steps: base.steps.map((s, i) => (i === 0 ? { ...s, check: { ...s.check, en: hostile } } : s)),
    };
    const markup = pathwaySvg({ pathway, language: 'en', services: SERVICES });
    expect(markup).not.toContain('<script');
    expect(markup).toContain(escapeXml('<script>alert("x")</script>'));
    const svg = parseXml(markup);
    expect(findAll(svg, (e) => e.name === 'script')).toEqual([]);
    expect(textOf(svg)).toContain('<script>alert("x")</script> &');
  });

  it('draws a contact missing from the directory by its id instead of failing', () => {
    const base = PATHWAYS[0];
    if (base === undefined) throw new Error('no sample pathway');
    const svg = parseXml(pathwaySvg({ pathway: base, language: 'es', services: new Map() }));
    expect(textOf(svg)).toContain('dif-proteccion-nna');
  });

  it('rejects malformed markup (the reader is strict)', () => {
    expect(() => parseXml('<svg><g></svg>')).toThrow();
    expect(() => parseXml('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => parseXml('<svg x=1></svg>')).toThrow();
  });
});
