import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'redsafe-par-kiosk';

function readPackageJson(dir: string): { name?: unknown; version?: unknown } | undefined {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}

/**
 * The package's root folder, found by walking up to our own package.json. The CLI runs both from
 * the TypeScript sources (tests) and from dist/ (the `kioskctl` bin), which sit at different
 * depths, so a fixed number of `..` would be right in one place only.
 */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (readPackageJson(dir)?.name === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`Cannot find the ${PACKAGE_NAME} package above ${from}.`);
  }
}

export function packageVersion(root: string = packageRoot()): string {
  const version = readPackageJson(root)?.version;
  return typeof version === 'string' ? version : '0.0.0';
}

/** The defaults shared by the subcommands, all inside the package root. */
export function defaultPaths(root: string = packageRoot()): {
  configDir: string;
  dataDir: string;
  rendererDir: string;
} {
  return {
    configDir: join(root, 'kiosk-config'),
    dataDir: join(root, '.kiosk-data'),
    rendererDir: join(root, 'dist', 'renderer'),
  };
}
