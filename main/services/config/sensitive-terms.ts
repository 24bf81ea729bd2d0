/**
 * Words that tell why someone came, in the four languages. Paper leaves the kiosk in the visitor's
 * pocket and may be read by the person who controls them, so no text that reaches paper may hold
 * one (docs/printing.md, "What paper may carry"). The list ships with the kiosk, reviewed like
 * code, so a site cannot empty it by editing a file; a site adds its own local words in
 * `site.json` (`sensitiveTerms`). A trailing `*` matches any word that starts so. Accents and case
 * are ignored on both sides.
 */
export const DEFAULT_SENSITIVE_TERMS: readonly string[] = [
  // es
  'trata',
  'tratante*',
  'violencia*',
  'violación',
  'violad*',
  'abuso*',
  'abusad*',
  'extorsión',
  'extorsiones',
  'chantaje',
  'secuestro*',
  'víctima*',
  'sobreviviente*',
  'explotación',
  'agresión',
  'agresor*',
  // en
  'trafficking',
  'trafficked',
  'trafficker*',
  'violence',
  'violent',
  'rape*',
  'raped',
  'abuse*',
  'abused',
  'abusive',
  'extortion',
  'blackmail*',
  'kidnap*',
  'victim*',
  'survivor*',
  'exploitation',
  'assault*',
  // fr
  'traite',
  'trafiquant*',
  'viol',
  'viols',
  'violé',
  'violée',
  'violés',
  'violées',
  'abus',
  'abusé*',
  'extorsion',
  'chantage',
  'enlèvement',
  'victime*',
  'survivant*',
  'agression*',
  // ht
  'trafik',
  'trafikan',
  'vyolans',
  'vyole',
  'vyòl',
  'abi',
  'abize',
  'chantaj',
  'kidnapin',
  'viktim',
  'eksplwatasyon',
  'agresyon',
];

/** Lower case without accents: «Extorsión» and «extorsion» are the same word on a slip. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface SensitiveTermMatcher {
  /** The terms (as listed) found in the text, each once, in list order. */
  find(text: string): string[];
}

export function sensitiveTermMatcher(extra: readonly string[] = []): SensitiveTermMatcher {
  const terms = [...DEFAULT_SENSITIVE_TERMS, ...extra].map((term) => {
    const prefix = term.endsWith('*');
    const bare = prefix ? term.slice(0, -1) : term;
    return { term, prefix, folded: (fold(bare).match(/\p{L}+/gu) ?? []).join(' ') };
  });
  return {
    find(text) {
      // Words joined by single spaces, so that a term of several words matches across punctuation.
      const joined = ` ${(fold(text).match(/\p{L}+/gu) ?? []).join(' ')} `;
      return terms
        .filter(({ prefix, folded }) => joined.includes(prefix ? ` ${folded}` : ` ${folded} `))
        .map(({ term }) => term);
    },
  };
}
