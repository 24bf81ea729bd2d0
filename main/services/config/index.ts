export {
  CONFIG_FILES,
  directoryFile,
  directoryLocalFile,
  koboFile,
  operationsFile,
  pathwaysFile,
  printersFile,
  reportsFile,
  siteFile,
  topicsFile,
  type ConfigFileSpec,
} from './config-files.js';
export { DEFAULT_OPERATIONS, type EquipmentCheckSettings, type OperationsConfig } from './operations-schema.js';
export { DEFAULT_TURNS_SETTINGS, type TurnsSettings } from './turns-schema.js';
export { createConfigService, type ConfigService, type ConfigServiceOptions } from './config-service.js';
export { EMPTY_DIRECTORY, type DirectoryConfig } from './directory-schema.js';
export { EMPTY_DIRECTORY_LOCAL, type DirectoryLocalConfig } from './directory-local-schema.js';
export { formatIssue, formatPath } from './issues.js';
export { configJsonSchemas } from './json-schema.js';
export { folderIssues, loadConfigFile, loadConfigFolder, type ConfigFolder, type FileOutcome } from './load-config.js';
export {
  DEFAULT_SLIP_LIMIT,
  printersFileSchema,
  type PrinterConfig,
  type PrinterProfile,
  type PrintersConfig,
  type PrinterTransportConfig,
} from './printers-schema.js';
export { siteView, type SiteConfig } from './site-schema.js';
export { DEFAULT_REPORTS, type ReportsConfig } from './reports-schema.js';
export { DEFAULT_KOBO, type KoboConfig } from './kobo-schema.js';
export { DEFAULT_PATHWAYS, type PathwaysConfig } from './pathways-schema.js';
export { DEFAULT_TOPICS, paperTopicTitle, type TopicsConfig } from './topics-schema.js';
