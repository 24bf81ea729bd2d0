import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { KeyRows } from './KeyRows.js';
import { Pictogram } from './Pictogram.js';

/**
 * The referral code's own keypad: the ten digits and the 22 letters a code can hold (no I, L, O
 * or U), so a person cannot type a symbol that is never in a code. Someone who reads O or I off a
 * worn slip is still understood: the services map look-alikes back.
 */
const ROWS: readonly (readonly string[])[] = ['1234567890', 'ABCDEFGHJK', 'MNPQRSTVWX', 'YZ'].map((row) =>
  Array.from(row),
);

export interface CodeKeypadProps {
  readonly onKey: (key: string) => void;
  readonly onDelete: () => void;
  readonly onClear: () => void;
}

export function CodeKeypad({ onKey, onDelete, onClear }: CodeKeypadProps): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="keyboard code-keypad" role="group" aria-label={t('followUp.keypad')} data-testid="code-keypad">
      <KeyRows rows={ROWS} testIdPrefix="code-key-" onKey={onKey} />
      <div className="keyboard__row">
        <button
          type="button"
          className="keyboard__key keyboard__key--wide"
          data-testid="code-key-delete"
          onClick={onDelete}
        >
          <Pictogram name="backspace" />
          <span>{t('followUp.delete')}</span>
        </button>
        <button
          type="button"
          className="keyboard__key keyboard__key--wide"
          data-testid="code-key-clear"
          onClick={onClear}
        >
          {t('followUp.clear')}
        </button>
      </div>
    </div>
  );
}
