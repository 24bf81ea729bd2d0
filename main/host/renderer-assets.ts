import { realpath, readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/**
 * Maps a URL path of the built renderer to a file inside `rootDir`, or null. Shared by the web host
 * and Electron's `app://` protocol so both serve exactly the same files with the same rules.
 */
export function assetPathFor(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const candidate = resolve(join(root, relative));
  // Resolution happens first, then containment: `/../../etc/passwd` resolves outside the root.
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  return candidate;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The CSP of the UI, sent as a header by both hosts (index.html repeats it as a meta tag). */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export type AssetRead = { kind: 'file'; body: Buffer; contentType: string } | { kind: 'missing' };

/** Reads an asset; symlinks that lead out of the root count as missing. */
export async function readAsset(rootDir: string, urlPath: string): Promise<AssetRead> {
  const path = assetPathFor(rootDir, urlPath);
  if (path === null) return { kind: 'missing' };
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(path)]);
    if (!realFile.startsWith(realRoot + sep)) return { kind: 'missing' };
    return { kind: 'file', body: await readFile(realFile), contentType: contentTypeFor(realFile) };
  } catch {
    return { kind: 'missing' };
  }
}
