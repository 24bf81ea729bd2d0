import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { Pictogram } from '../components/Pictogram.js';

import { groupDigits, pinComplete, pressPinKey, PIN_BOUNDS, type DigitBounds, type PinKey } from './pin-entry.js';

export interface PinPadProps {
  readonly onSubmit: (pin: string) => void;
  /** While a call is in flight: no second submit, no typing into the next attempt. */
  readonly busy: boolean;
  /** How many digits make a complete entry: a PIN by default. */
  readonly bounds?: DigitBounds;
  /**
   * Shows the digits typed instead of dots: for the one-time setup code, which the person reads
   * off a sheet and must be able to compare; never for a PIN.
   */
  readonly reveal?: boolean;
}

const DIGIT_ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
] as const;

/**
 * The kiosk's own PIN pad: the OS touch keyboard appears unreliably in Electron. Digits show as
 * dots only. A keyboard attached to the kiosk works too (digits, Backspace, Enter).
 */
export function PinPad({ onSubmit, busy, bounds = PIN_BOUNDS, reveal = false }: PinPadProps): ReactElement {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const press = (key: PinKey): void => {
    if (!busy) setPin((current) => pressPinKey(current, key, bounds.max));
  };
  const submit = (): void => {
    if (busy || !pinComplete(pin, bounds)) return;
    onSubmit(pin);
    // The PIN leaves the screen's memory as soon as it is sent.
    setPin('');
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (/^[0-9]$/.test(event.key)) press({ kind: 'digit', digit: event.key });
      else if (event.key === 'Backspace') press({ kind: 'backspace' });
      else if (event.key === 'Enter') submit();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  });

  const digitKey = (digit: string): ReactElement => (
    <button
      key={digit}
      type="button"
      className="button pin-pad__key"
      data-testid={`pin-key-${digit}`}
      data-verbatim=""
      disabled={busy}
      onClick={() => {
        press({ kind: 'digit', digit });
      }}
    >
      {digit}
    </button>
  );

  return (
    <div className="pin-pad" data-testid="pin-pad">
      <div className="pin-pad__display" data-testid="pin-display" data-length={pin.length} aria-live="polite">
        {pin === '' ? (
          <span className="pin-pad__hint">
            {bounds.min === bounds.max
              ? t('staff.pin.hintExact', { digits: bounds.max })
              : t('staff.pin.hint', { min: bounds.min, max: bounds.max })}
          </span>
        ) : reveal ? (
          <span className="pin-pad__digits" data-verbatim="">
            {groupDigits(pin)}
          </span>
        ) : (
          Array.from(pin, (_, index) => <span key={index} className="pin-pad__dot" />)
        )}
        <span className="visually-hidden">{t('staff.pin.entered', { count: pin.length })}</span>
      </div>
      <div className="pin-pad__keys">
        {DIGIT_ROWS.flat().map(digitKey)}
        <button
          type="button"
          className="button button--quiet pin-pad__key pin-pad__key--small"
          data-testid="pin-backspace"
          disabled={busy || pin === ''}
          onClick={() => {
            press({ kind: 'backspace' });
          }}
        >
          <Pictogram name="backspace" />
          <span>{t('staff.pin.backspace')}</span>
        </button>
        {digitKey('0')}
        <button
          type="button"
          className="button button--primary pin-pad__key pin-pad__key--small"
          data-testid="pin-ok"
          disabled={busy || !pinComplete(pin, bounds)}
          onClick={submit}
        >
          {t('staff.pin.ok')}
        </button>
      </div>
    </div>
  );
}
