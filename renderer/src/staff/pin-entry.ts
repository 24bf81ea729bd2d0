/** PINs are 6 to 12 digits (the contract's `pinSchema`); the pad enforces the same bounds. */
export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;

/** Keys of the kiosk's own PIN pad: the OS keyboard cannot be relied on in Electron. */
export type PinKey = { readonly kind: 'digit'; readonly digit: string } | { readonly kind: 'backspace' };

/** The next PIN after one key: digits only, never longer than the contract allows. */
export function pressPinKey(pin: string, key: PinKey): string {
  if (key.kind === 'backspace') return pin.slice(0, -1);
  if (!/^[0-9]$/.test(key.digit) || pin.length >= PIN_MAX_LENGTH) return pin;
  return pin + key.digit;
}

export function pinComplete(pin: string): boolean {
  return pin.length >= PIN_MIN_LENGTH && pin.length <= PIN_MAX_LENGTH;
}
