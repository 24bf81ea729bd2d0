import { findJsonSyntaxError } from './json-syntax.js';

export type JsonTextResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

/** 1-based line and column of a character offset, as editors show them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, Math.max(0, Math.min(offset, text.length))).split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** JSON.parse, with a line, a column and a plain reason when the text is not valid JSON. */
export function parseJsonText(raw: string): JsonTextResult {
  // Windows editors (Notepad) may save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(text) ?? {
      offset: text.length,
      reason: error instanceof Error ? error.message : String(error),
    };
    const { line, column } = lineAndColumn(text, found.offset);
    return { ok: false, message: `JSON syntax error at line ${line}, column ${column}: ${found.reason}`, line, column };
  }
}
