import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ConfigIssue } from '../../main/contract/index.js';
import { formatIssue, loadConfigFolder } from '../../main/services/config/index.js';
import { runKioskctl } from '../../main/cli/kioskctl.js';
import { readJson, sampleConfigCopy, writeJson } from '../services/temp-dirs.js';

type Json = Record<string, unknown>;
interface StepJson extends Json {
  id: string;
  next?: string;
  branches?: { label: Json; next: string }[];
  contacts: string[];
  title: Record<string, string>;
}
interface PathwayJson extends Json {
  id: string;
  steps: StepJson[];
}

/** A private copy of the sample with pathways.json edited; returns the issues and the folder. */
async function pathwayIssues(
  change: (pathways: PathwayJson[]) => void,
): Promise<{ issues: ConfigIssue[]; dir: string }> {
  const dir = await sampleConfigCopy();
  const file = join(dir, 'pathways.json');
  const json = await readJson(file);
  change(json.pathways as PathwayJson[]);
  await writeJson(file, json);
  const folder = await loadConfigFolder(dir);
  return { issues: folder.pathways.ok ? [] : [...folder.pathways.issues], dir };
}

function pathway(list: PathwayJson[], id: string): PathwayJson {
  const found = list.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no pathway ${id} in the sample`);
  return found;
}

function step(p: PathwayJson, id: string): StepJson {
  const found = p.steps.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no step ${id} in ${p.id}`);
  return found;
}

/** What `kioskctl config validate` prints for the folder, and its exit code. */
async function validate(dir: string): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await runKioskctl(['config', 'validate', dir], {
    out: (line) => out.push(line),
    err: (line) => out.push(line),
    env: {},
  });
  return { code, out };
}

describe('pathways.json', () => {
  it('ships five sample pathways, each marked as a sample, that load without issues', async () => {
    const { issues } = await pathwayIssues(() => undefined);
    expect(issues).toEqual([]);
    const folder = await loadConfigFolder(await sampleConfigCopy());
    if (!folder.pathways.ok) throw new Error('sample pathways should load');
    const ids = folder.pathways.value.pathways.map((p) => p.id);
    expect(ids).toEqual(['unaccompanied-child', 'gbv-survivor', 'trafficking', 'voluntary-return', 'asylum-deadline']);
    expect(folder.pathways.value.pathways.every((p) => p.sample)).toBe(true);
  });

  it('rejects a cycle, with the path of the step that loops back', async () => {
    const { issues, dir } = await pathwayIssues((list) => {
      step(pathway(list, 'trafficking'), 'support').next = 'signs';
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'pathways.json',
        path: 'pathways[2].steps[3].next',
        message: expect.stringContaining('must not loop') as string,
      }),
    ]);
    const { code, out } = await validate(dir);
    expect(code).toBe(1);
    expect(out).toContain(formatIssue(issues[0] as ConfigIssue));
  });

  it('rejects a branch that leads nowhere', async () => {
    const { issues } = await pathwayIssues((list) => {
      const first = step(pathway(list, 'unaccompanied-child'), 'safety');
      const branch = first.branches?.[1];
      if (branch === undefined) throw new Error('sample should branch');
      branch.next = 'nowhere';
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'pathways[0].steps[0].branches[1].next',
        message: expect.stringContaining('"nowhere", which is not a step') as string,
      }),
    );
  });

  it('rejects a step no walk can reach', async () => {
    const { issues } = await pathwayIssues((list) => {
      const p = pathway(list, 'voluntary-return');
      const first = step(p, 'fear-check');
      delete first.branches;
      first.next = 'iom';
    });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'pathways[3].steps[1].id',
        message: expect.stringContaining('cannot be reached') as string,
      }),
    ]);
  });

  it('rejects duplicate step ids and a step with both next and branches', async () => {
    const { issues } = await pathwayIssues((list) => {
      const p = pathway(list, 'asylum-deadline');
      step(p, 'late').id = 'comar';
      step(p, 'count-days').next = 'comar';
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('pathways[4].steps[3].id');
    expect(paths).toContain('pathways[4].steps[0].next');
  });

  it('rejects a contact that is not in directory.json, reported on pathways.json', async () => {
    const { issues, dir } = await pathwayIssues((list) => {
      step(pathway(list, 'gbv-survivor'), 'support').contacts.push('no-such-service');
    });
    expect(issues).toEqual([
      {
        file: 'pathways.json',
        path: 'pathways[1].steps[3].contacts[3]',
        code: 'inconsistent',
        message: '"no-such-service" is not a service id of directory.json',
      },
    ]);
    const { code, out } = await validate(dir);
    expect(code).toBe(1);
    expect(out).toContain(
      'pathways.json: pathways[1].steps[3].contacts[3]: "no-such-service" is not a service id of directory.json',
    );
  });

  it('rejects a missing translation, naming the language', async () => {
    const { issues, dir } = await pathwayIssues((list) => {
      const title = step(pathway(list, 'unaccompanied-child'), 'alone').title;
      delete title.ht;
    });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'pathways[0].steps[2].title.ht',
        code: 'missing',
        message: expect.stringContaining('Kreyòl ayisyen (ht)') as string,
      }),
    ]);
    expect((await validate(dir)).out).toContain(
      'pathways.json: pathways[0].steps[2].title.ht: the Kreyòl ayisyen (ht) text is missing',
    );
  });

  it('rejects an urgency outside the four the counters know', async () => {
    const { issues } = await pathwayIssues((list) => {
      step(pathway(list, 'trafficking'), 'hotline').urgency = 'tomorrow';
    });
    expect(issues).toEqual([expect.objectContaining({ path: 'pathways[2].steps[2].urgency', code: 'invalid_value' })]);
  });
});
