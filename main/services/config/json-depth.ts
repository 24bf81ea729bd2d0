/**
 * How deep objects and lists may nest in a configuration file. The deepest real file (pathways:
 * pathway → steps → step → doNot → text) is under 10 levels; 64 leaves room and still keeps every
 * recursive step after it (the syntax-error finder, zod, JSON Schema tools) far from any stack
 * limit. Without it, a few thousand unclosed "[" overflowed the stack and no file was named.
 */
export const MAX_CONFIG_DEPTH = 64;

/**
 * Offset of the first bracket that opens a level deeper than `maxDepth`, or undefined. One pass,
 * no recursion, brackets inside texts ignored; it runs before JSON.parse so that nothing after it
 * ever sees a deeper text, valid or not.
 */
export function findExcessiveNesting(text: string, maxDepth: number = MAX_CONFIG_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i += 1; // a backslash: the next character is escaped, even a quote
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > maxDepth) return i;
    } else if (code === 0x5d || code === 0x7d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}
