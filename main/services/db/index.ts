export type { Database, OpenOptions, RunResult, SqlExecutor, SqlParams, SqlValue } from './database.js';
export { openDatabase } from './database.js';
export { openKioskDatabase, type KioskDatabase, type KioskDatabaseOptions } from './kiosk-database.js';
export { migrate, readSchemaVersion } from './migrate.js';
export { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.js';
export { useDatabase } from './use-database.js';
export { DATABASE_FILE, inspectDatabase, type Inspection } from './inspect.js';
