import { z } from 'zod';

import { placeholdersOf } from './fill.js';

/**
 * Building blocks of the text files' schemas. Every text is checked for what would print wrong:
 * an empty string, a placeholder in the old single-brace syntax (`{par}`, printed as it is), and a
 * template whose `{{…}}` placeholders are not exactly the ones the code fills in.
 */
const SINGLE_BRACE = /(?<!\{)\{\s*\w+\s*\}(?!\})/;

const notEmpty = (value: string): boolean => value.trim() !== '';
const noSingleBrace = (value: string): boolean => !SINGLE_BRACE.test(value);

/** A plain text: no placeholder at all, since nothing would fill one in. */
export function text(): z.ZodType<string> {
  return z
    .string()
    .refine(notEmpty, 'is empty')
    .refine(noSingleBrace, 'uses a {single} brace placeholder: write {{name}}')
    .refine((value) => placeholdersOf(value).length === 0, 'has a {{placeholder}} that nothing fills in');
}

/** A template with exactly these `{{…}}` placeholders. */
export function template(...names: readonly string[]): z.ZodType<string> {
  const expected = [...names].sort().join(', ');
  return z
    .string()
    .refine(notEmpty, 'is empty')
    .refine(noSingleBrace, 'uses a {single} brace placeholder: write {{name}}')
    .refine((value) => placeholdersOf(value).join(', ') === expected, `needs exactly the placeholders {{${expected}}}`);
}

/** One plain text per key, for the texts of a fixed list (urgencies, categories, …). */
export function textsFor<K extends string>(keys: readonly K[]): z.ZodType<Readonly<Record<K, string>>> {
  return z.object(Object.fromEntries(keys.map((key) => [key, text()]))) as unknown as z.ZodType<
    Readonly<Record<K, string>>
  >;
}
