import { z } from 'zod';

import { CONFIG_FILES } from './config-files.js';

/**
 * The JSON Schema of each configuration file, generated from the same zod schemas the kiosk
 * validates with, so editors complete and check exactly what the kiosk accepts. Checks that need
 * code (valid timezone, warning < timeout, overlapping hours) are not expressible there and stay
 * in the kiosk and in `kioskctl config validate`.
 */
export function configJsonSchemas(): { readonly fileName: string; readonly text: string }[] {
  return CONFIG_FILES.map((spec) => {
    const schema = z.toJSONSchema(spec.schema, { io: 'input', target: 'draft-2020-12' });
    const document = { ...schema, title: `RedSafe kiosk configuration: ${spec.file}` };
    return { fileName: `${spec.schemaName}.schema.json`, text: `${JSON.stringify(document, null, 2)}\n` };
  });
}
