import { createRequire } from 'node:module';
import { dirname } from 'node:path';

import pdfmake from 'pdfmake';

let fontDir: string | undefined;

/**
 * pdfmake's own Roboto, read from its package: it has every letter of Spanish, French and Haitian
 * Creole (ñ ¿ ¡ é è ê ç œ ò …), and it is already installed with pdfmake. Reading files is limited
 * to that folder, so a document can never make pdfmake read anything else from disk or the network.
 */
export function pdfWithFonts(): typeof pdfmake {
  if (fontDir === undefined) {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
    const file = (name: string): string => `${dir}/Roboto-${name}.ttf`;
    pdfmake.setFonts({
      Roboto: {
        normal: file('Regular'),
        bold: file('Medium'),
        italics: file('Italic'),
        bolditalics: file('MediumItalic'),
      },
    });
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(dir));
    pdfmake.setUrlAccessPolicy(() => false);
    fontDir = dir;
  }
  return pdfmake;
}
