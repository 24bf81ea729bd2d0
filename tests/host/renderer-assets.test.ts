import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assetPathFor, readAsset } from '../../main/host/renderer-assets.js';

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'kiosk-assets-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(outside, 'secret');
  await symlink(outside, join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

describe('assetPathFor', () => {
  it('maps / to index.html and keeps paths inside the root', () => {
    expect(assetPathFor(root, '/')).toBe(join(root, 'index.html'));
    expect(assetPathFor(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/a%00b',
    '/%E0%A4%A',
    '/..\\secret.txt',
  ])('refuses %s', (path) => {
    expect(assetPathFor(root, path)).toBeNull();
  });
});

describe('readAsset', () => {
  it('reads a file with its content type', async () => {
    const asset = await readAsset(root, '/assets/app.js');
    expect(asset.kind).toBe('file');
    if (asset.kind === 'file') {
      expect(asset.contentType).toMatch(/^text\/javascript/);
      expect(asset.body.toString()).toBe('console.log(1)');
    }
  });

  it('treats a symlink out of the root as missing', async () => {
    expect(await readAsset(root, '/assets/link.txt')).toEqual({ kind: 'missing' });
  });

  it('treats a folder or a missing file as missing', async () => {
    expect(await readAsset(root, '/assets')).toEqual({ kind: 'missing' });
    expect(await readAsset(root, '/nope.js')).toEqual({ kind: 'missing' });
  });
});
