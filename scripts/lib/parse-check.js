// electronegativity reports a file it cannot parse as a red line on stderr and goes on: the file
// is simply not checked and the run still exits 0. So the scan parses every file itself first,
// with the TypeScript compiler already used to build the kiosk, and a file that does not parse
// fails the scan.
import ts from 'typescript';

/**
 * Syntax errors in one JavaScript file, as "line:column message" strings (empty when it parses).
 * @param {string} file
 * @returns {string[]}
 */
export function syntaxErrors(file) {
  // A program of one file, no lib and no module resolution: only parsing happens, which takes
  // well under a second even for the renderer bundle (transpiling it would take several).
  const options = { allowJs: true, noLib: true, noResolve: true, types: [], target: ts.ScriptTarget.ES2022 };
  const program = ts.createProgram({ rootNames: [file], options });
  const source = program.getSourceFile(file);
  if (!source) return [`cannot be read as JavaScript`];
  return program.getSyntacticDiagnostics(source).map((d) => {
    const where = d.start !== undefined ? source.getLineAndCharacterOfPosition(d.start) : undefined;
    const at = where ? `${where.line + 1}:${where.character + 1} ` : '';
    return `${at}${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}
