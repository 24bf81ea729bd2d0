import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { KeyRows } from './KeyRows.js';
import { Pictogram } from './Pictogram.js';

/**
 * The kiosk's own keyboard: the OS touch keyboard shows up unreliably in Electron, and a physical
 * one is not there. Letters of the four languages' alphabets, with their accents; no digits and
 * no "@", so nobody is invited to type an e-mail or a phone number here.
 */
const ROWS: readonly (readonly string[])[] = [
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'ñ'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm', 'ç'],
  ['á', 'é', 'í', 'ó', 'ú', 'è', 'ò', 'à', 'ü'],
];

export interface OnScreenKeyboardProps {
  readonly onKey: (key: string) => void;
  readonly onDelete: () => void;
  readonly onClear: () => void;
}

export function OnScreenKeyboard({ onKey, onDelete, onClear }: OnScreenKeyboardProps): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="keyboard" role="group" aria-label={t('services.keyboard')} data-testid="keyboard">
      <KeyRows rows={ROWS} testIdPrefix="key-" onKey={onKey} />
      <div className="keyboard__row">
        <button type="button" className="keyboard__key keyboard__key--wide" data-testid="key-clear" onClick={onClear}>
          {t('services.clear')}
        </button>
        <button
          type="button"
          className="keyboard__key keyboard__key--space"
          data-testid="key-space"
          onClick={() => {
            onKey(' ');
          }}
        >
          {t('services.space')}
        </button>
        <button
          type="button"
          className="keyboard__key keyboard__key--wide"
          data-testid="key-backspace"
          aria-label={t('services.backspace')}
          onClick={onDelete}
        >
          <Pictogram name="backspace" />
          <span>{t('services.backspace')}</span>
        </button>
      </div>
    </div>
  );
}
