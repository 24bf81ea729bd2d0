import { resolve } from 'node:path';

import { assertNever } from '../contract/index.js';
import { inspectDatabase, LATEST_SCHEMA_VERSION } from '../services/db/index.js';

import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io.js';

/** `kioskctl db verify [DATA_DIR]`: quick_check and schema version, without changing any file. */
export async function dbVerify(dataDir: string, io: CliIo): Promise<number> {
  const inspection = await inspectDatabase(resolve(dataDir));
  switch (inspection.kind) {
    case 'missing':
      io.err(`No database at ${inspection.file}. The kiosk creates one when it starts.`);
      return EXIT_FAILED;
    case 'unreadable':
      io.err(`Cannot read ${inspection.file}: ${inspection.reason}.`);
      return EXIT_FAILED;
    case 'corrupt':
      io.out(`FAILED: ${inspection.file}: ${inspection.reason}.`);
      io.out('The kiosk moves a damaged database aside when it starts and creates a new one.');
      return EXIT_FAILED;
    case 'healthy': {
      const { file, version } = inspection;
      if (version > LATEST_SCHEMA_VERSION) {
        io.out(`FAILED: ${file}: schema version ${version} is newer than this kiosk knows (${LATEST_SCHEMA_VERSION}).`);
        return EXIT_FAILED;
      }
      const note =
        version === LATEST_SCHEMA_VERSION
          ? 'current'
          : `the kiosk migrates it to ${LATEST_SCHEMA_VERSION} when it starts`;
      io.out(`OK: ${file}: quick_check ok, schema version ${version} (${note}).`);
      return EXIT_OK;
    }
    default:
      return assertNever(inspection, 'inspection');
  }
}
