import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { Modal } from '../components/Modal.js';

export interface IdleOverlayProps {
  readonly secondsLeft: number;
  readonly onStillHere: () => void;
}

/** The warning before a reset: a visible countdown and one large button to continue. */
export function IdleOverlay({ secondsLeft, onStillHere }: IdleOverlayProps): ReactElement {
  const { t } = useTranslation();
  return (
    <Modal heading={t('idle.heading')} onClose={onStillHere} className="idle-overlay" testId="idle-overlay">
      <p className="idle-overlay__count" data-testid="idle-countdown" aria-hidden="true">
        {secondsLeft}
      </p>
      {/* Announced politely: a screen reader hears the time without every second interrupting. */}
      <p className="idle-overlay__text" aria-live="polite">
        {t('idle.countdown', { count: secondsLeft })}
      </p>
      <p className="idle-overlay__text">{t('idle.reason')}</p>
      <button
        type="button"
        className="button button--primary button--huge"
        data-testid="idle-still-here"
        onClick={onStillHere}
      >
        {t('idle.stillHere')}
      </button>
    </Modal>
  );
}
