#!/usr/bin/env node
// The administrator's command line. It runs the compiled code in dist/, so that the same files run
// here, in the web host and inside the packaged app.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'main', 'cli', 'kioskctl.js');

if (!existsSync(entry)) {
  console.error('kioskctl is not built yet. Run "npm run build" (or "npm start") in ' + root + ' first.');
  process.exit(2);
}

const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
