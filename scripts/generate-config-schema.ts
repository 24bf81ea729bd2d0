// Writes kiosk-config/schema/<name>.schema.json from the zod schemas the kiosk validates with
// (`npm run schema`). A test fails when the committed files differ from what this would write.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { configJsonSchemas } from '../main/services/config/json-schema.js';

const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'kiosk-config', 'schema');

await mkdir(schemaDir, { recursive: true });
for (const { fileName, text } of configJsonSchemas()) {
  await writeFile(join(schemaDir, fileName), text, 'utf8');
  console.log(`wrote kiosk-config/schema/${fileName}`);
}
