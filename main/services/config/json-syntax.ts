/**
 * Finds where a JSON text first breaks the grammar, and says why in plain words.
 *
 * JSON.parse's messages depend on the V8 version: some give a character offset, newer ones quote a
 * fragment of the text instead, and Electron ships yet another V8. Administrators need a line and
 * a column whatever runs the kiosk, so the position comes from this small scanner, used only after
 * JSON.parse has already failed.
 */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly reason: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function describe(char: string | undefined): string {
  return char === undefined ? 'end of file' : JSON.stringify(char);
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const stop = (reason: string): never => {
    throw new Stop(i, reason);
  };
  const space = (): void => {
    while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t') i += 1;
  };
  const word = (literal: string): void => {
    if (!text.startsWith(literal, i)) stop(`expected ${literal}, or a text in double quotes`);
    i += literal.length;
  };
  const string = (): void => {
    i += 1; // opening quote
    for (;;) {
      const char = text[i];
      if (char === undefined) stop('the text is not closed: a double quote (") is missing');
      else if (char === '"') {
        i += 1;
        return;
      } else if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && ESCAPES.has(next)) i += 2;
        else stop('invalid escape after a backslash (write \\\\ for a backslash)');
      } else if (char < ' ') stop('a line break or control character inside a text; close the text with " first');
      else i += 1;
    }
  };
  const container = (close: '}' | ']'): void => {
    i += 1; // opening bracket
    space();
    if (text[i] === close) {
      i += 1;
      return;
    }
    for (;;) {
      space();
      if (close === '}') {
        if (text[i] !== '"') stop(`expected a property name in double quotes, found ${describe(text[i])}`);
        string();
        space();
        if (text[i] !== ':') stop(`expected ":" after the property name, found ${describe(text[i])}`);
        i += 1;
        space();
      }
      value();
      space();
      if (text[i] === ',') {
        i += 1;
        space();
        if (text[i] === close) stop(`a comma before "${close}" (JSON allows no trailing comma)`);
      } else if (text[i] === close) {
        i += 1;
        return;
      } else stop(`expected "," or "${close}", found ${describe(text[i])}`);
    }
  };
  const value = (): void => {
    const char = text[i];
    if (char === '{') container('}');
    else if (char === '[') container(']');
    else if (char === '"') string();
    else if (char === 't') word('true');
    else if (char === 'f') word('false');
    else if (char === 'n') word('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) stop('invalid number');
      i = NUMBER.lastIndex;
    } else if (char !== undefined && /[A-Za-z]/.test(char)) stop('a text without double quotes around it');
    else stop(`unexpected ${describe(char)}`);
  };

  try {
    space();
    value();
    space();
    if (i < text.length) stop(`unexpected ${describe(text[i])} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}
