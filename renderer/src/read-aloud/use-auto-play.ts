import { useEffect, useRef } from 'react';

import type { Language } from '../../../main/contract/index.js';
import { useKioskStore } from '../store/index.js';

import { useListen, type Listen, type ReadAloudItem } from './use-listen.js';

const NO_ITEMS: readonly ReadAloudItem[] = [];

/**
 * site.json `readAloud.autoPlayHeading`: a visitor screen says its heading once when it opens.
 * Any touch or key stops it, and a touch before the clip list has arrived means it never starts:
 * the person is already busy with the screen. Only screens drawn by `ScreenLayout` call this, so
 * the language screen, which waits with nobody in front of it, never speaks alone.
 * Returns the phase of that heading's sound ('idle' when it is not playing).
 */
export function useAutoPlayHeading(heading: ReadAloudItem | undefined, language: Language): Listen['phase'] {
  const enabled = useKioskStore((state) => state.site?.autoPlayHeading === true);
  const listen = useListen(enabled && heading !== undefined ? [heading] : NO_ITEMS, language);
  /** The heading already played (or given up on) on this screen. */
  const done = useRef<string | null>(null);
  const headingId = heading?.id;
  const { source, play, stop } = listen;

  useEffect(() => {
    if (!enabled || headingId === undefined || source === null || done.current === headingId) return;
    done.current = headingId;
    play();
  }, [enabled, headingId, source, play]);

  useEffect(() => {
    if (!enabled || headingId === undefined) return undefined;
    const onTouch = (): void => {
      done.current = headingId;
      stop();
    };
    document.addEventListener('pointerdown', onTouch, true);
    document.addEventListener('keydown', onTouch, true);
    return () => {
      document.removeEventListener('pointerdown', onTouch, true);
      document.removeEventListener('keydown', onTouch, true);
    };
  }, [enabled, headingId, stop]);
  return listen.phase;
}
