import { useCallback, useEffect, useId, useSyncExternalStore } from 'react';

import type { Language } from '../../../main/contract/index.js';
import { useKioskStore } from '../store/index.js';

import {
  machineVoices,
  playClips,
  playerState,
  speak,
  stopOwner,
  subscribePlayer,
  voiceFor,
  type PlayerPhase,
} from './player.js';

/** One piece of a screen's text: its clip id (the message id, or a configuration clip id) and the text shown. */
export interface ReadAloudItem {
  readonly id: string;
  readonly text: string;
}

/** Where the sound of a listen control comes from; null: nothing can read it, so no control. */
export type ListenSource = 'clips' | 'voice' | null;

export interface Listen {
  readonly source: ListenSource;
  /** 'idle', or this control's phase while it owns the sound. */
  readonly phase: PlayerPhase | 'idle';
  readonly toggle: () => void;
  /** Starts this control's sound (stops any other first); no-op without a source. */
  readonly play: () => void;
  /** Stops this control's sound, if it is the one playing. */
  readonly stop: () => void;
}

function subscribeVoices(onChange: () => void): () => void {
  if (typeof speechSynthesis === 'undefined') return () => undefined;
  // Chromium fills the voice list after the page loads and tells by this event.
  speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => {
    speechSynthesis.removeEventListener('voiceschanged', onChange);
  };
}

const voiceCount = (): number => machineVoices().length;

/**
 * Recorded clips where the site has one for every part, else the machine's own voice of that very
 * language, else nothing (never a wrong-language voice: Kreyòl read by a French voice is not
 * understood). `language` is whose voice speaks: a language button speaks its own language.
 */
export function useListen(items: readonly ReadAloudItem[], language: Language): Listen {
  const owner = useId();
  const clips = useKioskStore((state) => state.clips[language]);
  const getAudioClip = useKioskStore((state) => state.getAudioClip);
  useSyncExternalStore(subscribeVoices, voiceCount, () => 0);
  const player = useSyncExternalStore(subscribePlayer, playerState, () => null);

  // Leaving the screen silences this control's sound, not another's.
  useEffect(
    () => () => {
      stopOwner(owner);
    },
    [owner],
  );

  const recorded = clips !== undefined && items.length > 0 && items.every((item) => clips.includes(item.id));
  const voice = recorded ? null : voiceFor(language);
  const source: ListenSource = recorded ? 'clips' : voice === null ? null : 'voice';
  const phase = player?.owner === owner ? player.phase : 'idle';

  const play = (): void => {
    if (recorded) {
      playClips(
        owner,
        items.map((item) => item.id),
        (id) => getAudioClip(language, id),
      );
    } else if (voice !== null) {
      speak(owner, items.map((item) => item.text).join('\n'), voice);
    }
  };
  // Stable for the control's life: a screen-wide listener may hold it.
  const stop = useCallback((): void => {
    stopOwner(owner);
  }, [owner]);
  const toggle = (): void => {
    if (phase === 'idle') play();
    else stop();
  };
  return { source, phase, toggle, play, stop };
}
