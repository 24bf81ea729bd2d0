export { CONFIG_FILES, directoryFile, siteFile, type ConfigFileSpec } from './config-files.js';
export { createConfigService, type ConfigService, type ConfigServiceOptions } from './config-service.js';
export { EMPTY_DIRECTORY, type DirectoryConfig } from './directory-schema.js';
export { formatIssue, formatPath } from './issues.js';
export { configJsonSchemas } from './json-schema.js';
export { folderIssues, loadConfigFile, loadConfigFolder, type ConfigFolder, type FileOutcome } from './load-config.js';
export { siteView, type SiteConfig } from './site-schema.js';
