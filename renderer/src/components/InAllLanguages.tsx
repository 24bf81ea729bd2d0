import type { ParseKeys } from 'i18next';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { LANGUAGES } from '../../../main/contract/index.js';

export interface InAllLanguagesProps {
  /** A message key; it is shown once per language, each in an element with its own `lang`. */
  readonly messageKey: ParseKeys;
  readonly as: 'p' | 'h1' | 'h2' | 'span';
  readonly className?: string;
}

/**
 * For moments before anyone has chosen a language (the language screen, "out of service", "one
 * moment"): the same message in the four languages, one after the other.
 */
export function InAllLanguages({ messageKey, as: Tag, className }: InAllLanguagesProps): ReactElement {
  const { i18n } = useTranslation();
  return (
    <div className={className === undefined ? 'in-all-languages' : `in-all-languages ${className}`}>
      {LANGUAGES.map((language) => (
        <Tag key={language} lang={language} className="in-all-languages__item">
          {i18n.getFixedT(language)(messageKey)}
        </Tag>
      ))}
    </div>
  );
}
