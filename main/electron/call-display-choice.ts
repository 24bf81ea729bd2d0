/**
 * Which screen shows the turn calls (`#display`), decided from `KIOSK_CALL_DISPLAY` and the
 * screens Electron reports. Pure, so the choice is tested without Electron or a second monitor.
 *
 * - unset or `off`: no call display (the kiosk's own screen still shows each call);
 * - `auto`: the first screen that is not the kiosk's (left to right, then top to bottom);
 * - a number: the screen with that Electron display id, if it is not the kiosk's.
 *
 * The kiosk's own screen is never chosen: the call window would cover the visitor's screens.
 */
export interface ScreenLike {
  readonly id: number;
  readonly bounds: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export type CallDisplayChoice =
  | { readonly kind: 'none'; readonly reason: 'off' | 'one_screen' | 'not_found' | 'bad_setting' }
  | { readonly kind: 'screen'; readonly screen: ScreenLike };

export function chooseCallDisplay(
  setting: string | undefined,
  screens: readonly ScreenLike[],
  kioskScreenId: number,
): CallDisplayChoice {
  const value = setting?.trim().toLowerCase() ?? '';
  if (value === '' || value === 'off' || value === '0') return { kind: 'none', reason: 'off' };
  const others = screens
    .filter((screen) => screen.id !== kioskScreenId)
    .sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y);
  if (value === 'auto') {
    const [first] = others;
    return first === undefined ? { kind: 'none', reason: 'one_screen' } : { kind: 'screen', screen: first };
  }
  if (!/^\d{1,12}$/.test(value)) return { kind: 'none', reason: 'bad_setting' };
  const wanted = others.find((screen) => screen.id === Number(value));
  return wanted === undefined ? { kind: 'none', reason: 'not_found' } : { kind: 'screen', screen: wanted };
}
