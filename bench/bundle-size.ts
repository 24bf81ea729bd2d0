// Size of the renderer bundle as a kiosk downloads it from the web host (and reads it from the
// asar in Electron): JavaScript and CSS, raw and gzipped.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { report, ROOT } from './lib.js';

const assets = join(ROOT, 'dist', 'renderer', 'assets');
const files = await readdir(assets);
let js = 0;
let jsGz = 0;
let css = 0;
let cssGz = 0;
for (const file of files) {
  const body = await readFile(join(assets, file));
  const gz = gzipSync(body, { level: 9 }).length;
  if (file.endsWith('.js')) {
    js += body.length;
    jsGz += gz;
  } else if (file.endsWith('.css')) {
    css += body.length;
    cssGz += gz;
  }
}
report({ figure: 'renderer JavaScript, gzipped', value: Math.round(jsGz / 102.4) / 10, unit: 'KiB' });
report({ figure: 'renderer JavaScript, raw', value: Math.round(js / 102.4) / 10, unit: 'KiB' });
report({
  figure: 'renderer CSS, gzipped',
  value: Math.round(cssGz / 102.4) / 10,
  unit: 'KiB',
  note: `raw ${Math.round(css / 1024)} KiB`,
});
