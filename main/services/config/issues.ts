import type { z } from 'zod';

import { ENDONYMS, LANGUAGES, type ConfigIssue, type ConfigIssueCode, type Language } from '../../contract/index.js';

import type { FieldProblem } from './field-problem.js';

type ZodIssue = z.core.$ZodIssue;
type PathSegment = PropertyKey;

/** `emergencyNumbers[0].label.ht`: the notation administrators know from JavaScript and jq. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

const isLanguage = (segment: PathSegment | undefined): segment is Language =>
  typeof segment === 'string' && (LANGUAGES as readonly string[]).includes(segment);

function bound(issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean }, kind: 'min' | 'max'): string {
  const limit = String(kind === 'min' ? issue.minimum : issue.maximum);
  if (issue.inclusive === false) return kind === 'min' ? `greater than ${limit}` : `less than ${limit}`;
  return kind === 'min' ? `at least ${limit}` : `at most ${limit}`;
}

function sizeMessage(issue: Extract<ZodIssue, { code: 'too_small' | 'too_big' }>): string {
  const kind = issue.code === 'too_small' ? 'min' : 'max';
  if (issue.origin === 'string') {
    return issue.code === 'too_small' && Number(issue.minimum) === 1
      ? 'must not be empty'
      : `must have ${bound(issue, kind)} characters`;
  }
  if (issue.origin === 'array') return `must have ${bound(issue, kind)} item(s)`;
  return `must be ${bound(issue, kind)}`;
}

/** Plain wording for the string formats the configuration uses; others keep zod's message. */
const FORMAT_MESSAGES: Readonly<Record<string, string>> = {
  url: 'expected an https:// address',
  email: 'expected an e-mail address',
  date: 'expected a real date written YYYY-MM-DD',
};

function formatMessage(issue: Extract<ZodIssue, { code: 'invalid_format' }>): string {
  const known = FORMAT_MESSAGES[issue.format];
  if (known !== undefined) return known;
  // A regex without a message of its own (the contract's phone pattern) gets the pattern shown.
  if (issue.format === 'regex' && issue.message.startsWith('Invalid string')) {
    return `does not have the expected form ${issue.pattern ?? ''}`.trim();
  }
  return issue.message;
}

/** Turns one zod issue into the `ConfigIssue`s the operator screen and `kioskctl` show. */
function convert(file: string, issue: ZodIssue): ConfigIssue[] {
  const path = formatPath(issue.path);
  const one = (code: ConfigIssueCode, message: string): ConfigIssue[] => [{ file, path, code, message }];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const last = issue.path.at(-1);
        const what = isLanguage(last) ? `the ${ENDONYMS[last]} (${last}) text is missing` : 'required, but missing';
        return one('missing', what);
      }
      return one('wrong_type', `expected ${issue.expected}, got ${describeValue(issue.input)}`);
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        file,
        path: formatPath([...issue.path, key]),
        code: 'unknown_key' as const,
        message: `unknown key "${key}" (misspelt, or not part of this file)`,
      }));
    case 'too_small':
      return one('too_small', sizeMessage(issue));
    case 'too_big':
      return one('too_big', sizeMessage(issue));
    case 'invalid_format':
      return one('invalid_format', formatMessage(issue));
    case 'invalid_value':
      return one('invalid_value', `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'custom': {
      const code = (issue.params as { configCode?: ConfigIssueCode } | undefined)?.configCode ?? 'invalid_value';
      return one(code, issue.message);
    }
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
      return one('invalid_value', issue.message);
  }
}

export function zodIssuesToConfigIssues(file: string, issues: readonly ZodIssue[]): ConfigIssue[] {
  return issues.flatMap((issue) => convert(file, issue));
}

export function problemsToConfigIssues(file: string, problems: readonly FieldProblem[]): ConfigIssue[] {
  return problems.map((problem) => ({
    file,
    path: formatPath(problem.path),
    code: problem.code,
    message: problem.message,
  }));
}

/** `site.json: idleWarningSeconds: must be less than …`, one line per issue (kioskctl, logs). */
export function formatIssue(issue: ConfigIssue): string {
  return `${issue.file}: ${issue.path === '' ? '(whole file)' : issue.path}: ${issue.message}`;
}
