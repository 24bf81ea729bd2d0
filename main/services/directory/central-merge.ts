import type { ServiceEntry } from '../../contract/index.js';
import type { ConfigService } from '../config/index.js';
import type { DirectoryConfig } from '../config/directory-schema.js';

/**
 * The directory visitors see when a central source is configured: the central entries in the
 * coordinator's order, each replaced by the `directory.json` entry with the same id when there is
 * one (this point's own edits win), then the entries only `directory.json` has. Closures and
 * notices are keyed by id in `directory-local.json` and apply to whichever entry carries it.
 */
export function mergeCentral(central: readonly ServiceEntry[], local: DirectoryConfig): DirectoryConfig {
  const localById = new Map(local.services.map((entry) => [entry.id, entry]));
  const centralIds = new Set(central.map((entry) => entry.id));
  return {
    ...local,
    services: [
      ...central.map((entry) => localById.get(entry.id) ?? entry),
      ...local.services.filter((entry) => !centralIds.has(entry.id)),
    ],
  };
}

/** How many `directory.json` entries take a central entry's place, and how many are this point's alone. */
export function localCounts(
  central: readonly ServiceEntry[],
  local: DirectoryConfig,
): { localOverrides: number; localOnly: number } {
  const centralIds = new Set(central.map((entry) => entry.id));
  const overrides = local.services.filter((entry) => centralIds.has(entry.id)).length;
  return { localOverrides: overrides, localOnly: local.services.length - overrides };
}

/**
 * The configuration every other service reads, with `directory()` merged. The merge is redone only
 * when either side changed (both are replaced as a whole, never edited in place), so a visitor's
 * call costs a comparison. Without a `central` setting the file is the directory, as before.
 */
export function withCentralDirectory(
  config: ConfigService,
  central: () => readonly ServiceEntry[] | undefined,
): ConfigService {
  let cache: { local: DirectoryConfig; central: readonly ServiceEntry[]; merged: DirectoryConfig } | undefined;
  return {
    ...config,
    directory: () => {
      const local = config.directory();
      const entries = local.central === undefined ? undefined : central();
      if (entries === undefined) return local;
      if (cache?.local !== local || cache.central !== entries) {
        cache = { local, central: entries, merged: mergeCentral(entries, local) };
      }
      return cache.merged;
    },
  };
}
