import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { CharKey } from '../../components/KeyRows.js';
import { OnScreenKeyboard } from '../../components/OnScreenKeyboard.js';

/**
 * Staff type service facts: phone numbers, hours ("09:00-14:00"), street numbers and capitals.
 * The kiosk's letter keyboard (kept without digits for visitors) gets a row of digits and marks
 * and a capital key here, on the staff screen only.
 */
const MARKS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', ':', '-', ',', '.', '/', '#', '(', ')', "'"];

export interface DirectoryKeyboardProps {
  readonly onKey: (key: string) => void;
  readonly onDelete: () => void;
  readonly onClear: () => void;
}

export function DirectoryKeyboard({ onKey, onDelete, onClear }: DirectoryKeyboardProps): ReactElement {
  const { t } = useTranslation();
  const [capital, setCapital] = useState(false);
  return (
    <div className="directory-keyboard" data-testid="directory-keyboard">
      <div className="keyboard__row directory-keyboard__marks" role="group" aria-label={t('directoryAdmin.keys')}>
        <button
          type="button"
          className="keyboard__key keyboard__key--wide"
          data-testid="key-capital"
          aria-pressed={capital}
          onMouseDown={(event) => {
            event.preventDefault();
          }}
          onClick={() => {
            setCapital(!capital);
          }}
        >
          {t('directoryAdmin.capital')}
        </button>
        {MARKS.map((mark) => (
          <CharKey key={mark} char={mark} testIdPrefix="key-" onKey={onKey} />
        ))}
      </div>
      <OnScreenKeyboard
        onKey={(key) => {
          // One capital, then back to small letters, as on a phone.
          onKey(capital ? key.toUpperCase() : key);
          setCapital(false);
        }}
        onDelete={onDelete}
        onClear={onClear}
      />
    </div>
  );
}
