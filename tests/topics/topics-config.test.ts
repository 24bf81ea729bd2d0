// topics.json: what the sample holds, what is rejected (with file and path), and that the last
// good topics keep serving while the file is broken.
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { TOPIC_IDS, type ConfigIssue } from '../../main/contract/index.js';
import { runKioskctl } from '../../main/cli/kioskctl.js';
import { fixedClock } from '../../main/services/clock.js';
import { createConfigService, loadConfigFolder } from '../../main/services/config/index.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { readJson, sampleConfigCopy, writeJson } from '../services/temp-dirs.js';

type Json = Record<string, unknown>;
interface TopicJson extends Json {
  id: string;
  steps: { pictogram: string; text: Record<string, string> }[];
  services: string[];
  sources: { url: string; label: string }[];
  title: Record<string, string>;
  summary: Record<string, string>;
  sensitive: boolean;
  sheetTitle?: Record<string, string>;
}

async function editTopics(dir: string, change: (topics: TopicJson[], file: Json) => void): Promise<void> {
  const file = join(dir, 'topics.json');
  const json = await readJson(file);
  change(json.topics as TopicJson[], json);
  await writeJson(file, json);
}

async function topicIssues(change: (topics: TopicJson[], file: Json) => void): Promise<ConfigIssue[]> {
  const dir = await sampleConfigCopy();
  await editTopics(dir, change);
  const folder = await loadConfigFolder(dir);
  return folder.topics.ok ? [] : [...folder.topics.issues];
}

function topic(list: TopicJson[], id: string): TopicJson {
  const found = list.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no topic ${id} in the sample`);
  return found;
}

const indexOf = (id: string): number => TOPIC_IDS.indexOf(id as (typeof TOPIC_IDS)[number]);

describe('topics.json', () => {
  it('ships the eight topics, marked as a sample, naming only services of the directory', async () => {
    const folder = await loadConfigFolder(await sampleConfigCopy());
    if (!folder.topics.ok || !folder.directory.ok) throw new Error('the sample should load');
    const { topics, sampleNotice, reverifyAfterDays } = folder.topics.value;
    expect(topics.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    expect(sampleNotice?.en).toMatch(/^Sample — verify with local partners/);
    expect(reverifyAfterDays).toBe(180);
    const known = new Set(folder.directory.value.services.map((s) => s.id));
    for (const t of topics) {
      expect(t.services.length).toBeGreaterThan(0);
      expect(t.services.every((id) => known.has(id))).toBe(true);
      // A sensitive topic prints under a neutral title that differs from its screen title.
      if (t.sensitive) expect(t.sheetTitle?.es).not.toBe(t.title.es);
    }
    expect(topics.filter((t) => t.sensitive).map((t) => t.id)).toEqual([
      'asylum',
      'complaints',
      'voluntary-return',
      'detention',
    ]);
  });

  it('rejects a related service that is not in directory.json, naming file and path', async () => {
    const issues = await topicIssues((list) => {
      topic(list, 'scams').services.push('no-such-service');
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'topics.json',
        path: `topics[${indexOf('scams')}].services[3]`,
        message: 'no service "no-such-service" in directory.json',
      }),
    ]);
  });

  it('rejects a text that lacks a language', async () => {
    const issues = await topicIssues((list) => {
      delete (topic(list, 'asylum').summary as Partial<Record<string, string>>).ht;
    });
    expect(issues).toEqual([
      expect.objectContaining({ file: 'topics.json', path: `topics[${indexOf('asylum')}].summary.ht` }),
    ]);
  });

  it('rejects an empty step, whether the text is blank or the step list is empty', async () => {
    const blank = await topicIssues((list) => {
      const step = topic(list, 'detention').steps[1];
      if (step === undefined) throw new Error('detention has no second step');
      step.text.fr = '   ';
    });
    expect(blank).toEqual([
      expect.objectContaining({ file: 'topics.json', path: `topics[${indexOf('detention')}].steps[1].text.fr` }),
    ]);
    const none = await topicIssues((list) => {
      topic(list, 'family-links').steps = [];
    });
    expect(none).toEqual([
      expect.objectContaining({ file: 'topics.json', path: `topics[${indexOf('family-links')}].steps` }),
    ]);
  });

  it('rejects a malformed or non-https source URL', async () => {
    for (const url of ['gob.mx/comar', 'http://www.gob.mx/comar', 'https://']) {
      const issues = await topicIssues((list) => {
        const source = topic(list, 'asylum').sources[0];
        if (source === undefined) throw new Error('asylum has no source');
        source.url = url;
      });
      expect(issues).toEqual([
        expect.objectContaining({ file: 'topics.json', path: `topics[${indexOf('asylum')}].sources[0].url` }),
      ]);
    }
  });

  it('rejects an unknown topic id, a repeated one and a sensitive topic without a neutral sheet title', async () => {
    const unknown = await topicIssues((list) => {
      topic(list, 'scams').id = 'visa-lottery';
    });
    expect(unknown).toEqual([expect.objectContaining({ file: 'topics.json', path: `topics[${indexOf('scams')}].id` })]);
    const twice = await topicIssues((list) => {
      topic(list, 'scams').id = 'asylum';
    });
    expect(twice).toEqual([
      expect.objectContaining({ path: `topics[${indexOf('scams')}].id`, message: 'Topic id "asylum" is used twice' }),
    ]);
    const bare = await topicIssues((list) => {
      delete topic(list, 'detention').sheetTitle;
    });
    expect(bare).toEqual([
      expect.objectContaining({ path: `topics[${indexOf('detention')}].sheetTitle`, code: 'inconsistent' }),
    ]);
  });

  it('refuses a text over the configuration text limit, naming the limit', async () => {
    const issues = await topicIssues((list) => {
      topic(list, 'scams').summary.en = 'x'.repeat(2001);
    });
    expect(issues).toEqual([
      expect.objectContaining({
        path: `topics[${indexOf('scams')}].summary.en`,
        message: expect.stringContaining('2000') as string,
      }),
    ]);
  });

  it('is optional: without the file there are no topics and no issue', async () => {
    const dir = await sampleConfigCopy();
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'topics.json'));
    const folder = await loadConfigFolder(dir);
    expect(folder.topics).toEqual({ ok: true, value: { reverifyAfterDays: 180, topics: [] } });
  });
});

describe('kioskctl config validate and topics.json', () => {
  async function validate(dir: string): Promise<{ code: number; out: string[] }> {
    const out: string[] = [];
    const code = await runKioskctl(['config', 'validate', dir], {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
      env: {},
    });
    return { code, out };
  }

  it('names topics.json among the valid files of the sample, with no warning', async () => {
    const { code, out } = await validate(await sampleConfigCopy());
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('pathways.json, topics.json and directory-local.json are valid');
  });

  it('fails with the file and the path of a bad topic', async () => {
    const dir = await sampleConfigCopy();
    await editTopics(dir, (list) => {
      topic(list, 'complaints').services = ['cndh-quejas', 'nowhere'];
    });
    const { code, out } = await validate(dir);
    expect(code).toBe(1);
    expect(out).toContain(
      `topics.json: topics[${indexOf('complaints')}].services[1]: no service "nowhere" in directory.json`,
    );
  });

  it('warns, without failing, when a printed topic text names a harm', async () => {
    const dir = await sampleConfigCopy();
    await editTopics(dir, (list) => {
      const t = topic(list, 'family-links');
      t.summary.en = 'Help for victims who lost their family.';
      t.title.es = 'Contacto para sobrevivientes';
      // The screen title of a sensitive topic never reaches paper: no warning for it.
      topic(list, 'detention').title.fr = 'Victimes de détention';
    });
    const { code, out } = await validate(dir);
    expect(code).toBe(0);
    const at = indexOf('family-links');
    expect(out).toContain(`topics.json: topics[${at}].summary.en: warning: printed on paper, holds "victim*"`);
    expect(out).toContain(
      `topics.json: topics[${at}].title.es: warning: printed on paper, holds "sobreviviente*"; mark it sensitive with a neutral sheetTitle`,
    );
    expect(out.some((line) => line.includes(`topics[${indexOf('detention')}]`))).toBe(false);
    expect(out.at(-1)).toContain('2 warnings');
  });
});

describe('topics.json while the kiosk runs', () => {
  it('keeps the last good topics when the file turns invalid, and reports where', async () => {
    const dir = await sampleConfigCopy();
    const config = await createConfigService({
      dir,
      clock: fixedClock(new Date('2026-12-01T12:00:00Z')),
      logger: createMemoryLogger(),
      watch: false,
      onChange: () => undefined,
    });
    try {
      expect(config.topics().topics).toHaveLength(8);
      await editTopics(dir, (list) => {
        const source = topic(list, 'scams').sources[0];
        if (source !== undefined) source.url = 'not a url';
        list.splice(0, 1);
      });
      const status = await config.reload();
      expect(status.state).toBe('degraded');
      expect(status.issues).toEqual([
        expect.objectContaining({ file: 'topics.json', path: `topics[${indexOf('scams') - 1}].sources[0].url` }),
      ]);
      // Still the eight of the last good file, not seven and not none.
      expect(config.topics().topics.map((t) => t.id)).toEqual([...TOPIC_IDS]);
      await editTopics(dir, (list) => {
        const source = topic(list, 'scams').sources[0];
        if (source !== undefined) source.url = 'https://www.gob.mx/inm';
      });
      expect((await config.reload()).state).toBe('ok');
      expect(config.topics().topics).toHaveLength(7);
    } finally {
      config.close();
    }
  });
});
