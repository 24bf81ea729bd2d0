/** PINs are 6 to 12 digits (the contract's `pinSchema`); the pad enforces the same bounds. */
export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;
/** The one-time setup code is exactly 12 digits (the contract's `setupCodeSchema`). */
export const SETUP_CODE_LENGTH = 12;

export interface DigitBounds {
  readonly min: number;
  readonly max: number;
}

export const PIN_BOUNDS: DigitBounds = { min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH };
export const SETUP_CODE_BOUNDS: DigitBounds = { min: SETUP_CODE_LENGTH, max: SETUP_CODE_LENGTH };

/** Keys of the kiosk's own PIN pad: the OS keyboard cannot be relied on in Electron. */
export type PinKey = { readonly kind: 'digit'; readonly digit: string } | { readonly kind: 'backspace' };

/** The next PIN after one key: digits only, never longer than the contract allows. */
export function pressPinKey(pin: string, key: PinKey, max = PIN_MAX_LENGTH): string {
  if (key.kind === 'backspace') return pin.slice(0, -1);
  if (!/^[0-9]$/.test(key.digit) || pin.length >= max) return pin;
  return pin + key.digit;
}

export function pinComplete(pin: string, bounds: DigitBounds = PIN_BOUNDS): boolean {
  return pin.length >= bounds.min && pin.length <= bounds.max;
}

/** "1234 5678 9012": the setup code in the groups of four the administrator reads in its file. */
export function groupDigits(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}
