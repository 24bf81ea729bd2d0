import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { LANGUAGES } from '../../../main/contract/index.js';
import { Pictogram } from '../components/Pictogram.js';
import { useKioskStore } from '../store/index.js';

/** Long enough to read "Touch to start" twice; short enough that a passer-by sees their language. */
const CYCLE_MS = 3_000;

/**
 * Between visitors: the whole screen is one button. "Touch to start" turns through the four
 * languages, so each passer-by sees it in theirs at some point; the four stay listed below.
 */
export function AttractScreen(): ReactElement {
  const { i18n } = useTranslation();
  const beginVisit = useKioskStore((state) => state.beginVisit);
  const [index, setIndex] = useState(0);

  useEffect(() => {
    const timer = window.setInterval(() => {
      setIndex((current) => (current + 1) % LANGUAGES.length);
    }, CYCLE_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, []);

  const language = LANGUAGES[index] ?? 'es';
  return (
    <button type="button" className="attract" data-testid="screen-attract" onClick={beginVisit}>
      <Pictogram name="language" className="attract__pictogram" />
      <span className="attract__title" lang={language} data-testid="attract-title" aria-live="off">
        {i18n.getFixedT(language)('attract.touch')}
      </span>
      <span className="attract__all">
        {LANGUAGES.map((other) => (
          <span
            key={other}
            lang={other}
            className={other === language ? 'attract__item attract__item--current' : 'attract__item'}
          >
            {i18n.getFixedT(other)('attract.touch')}
          </span>
        ))}
      </span>
    </button>
  );
}
