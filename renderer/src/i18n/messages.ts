import type { ConfigIssueCode, DatabaseNotice, ErrorCode } from '../../../main/contract/index.js';

/**
 * Keys for codes that cross the contract. Typed as template literals, so a code without a
 * message in the locale files fails to compile (and tests/locales checks the files themselves).
 */
export function errorMessageKey(code: ErrorCode) {
  return `errors.${code}` as const;
}

export function configIssueKey(code: ConfigIssueCode) {
  return `configIssues.${code}` as const;
}

export function databaseNoticeKey(code: DatabaseNotice['code']) {
  return `operator.notices.${code}` as const;
}
