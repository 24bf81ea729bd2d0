import { useEffect, useState, useSyncExternalStore, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { toLanguage } from '../i18n/resources.js';
import { Pictogram } from './Pictogram.js';
import { playClips, speak, stopReadAloud, voiceFor } from '../read-aloud/player.js';
import { useKioskStore } from '../store/index.js';

/** One piece of a screen's main text: its message id (the clip's file name) and the text shown. */
export interface ReadAloudItem {
  readonly id: string;
  readonly text: string;
}

function subscribeVoices(onChange: () => void): () => void {
  if (typeof speechSynthesis === 'undefined') return () => undefined;
  // Chromium fills the voice list after the page loads and tells by this event.
  speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => {
    speechSynthesis.removeEventListener('voiceschanged', onChange);
  };
}

const voiceCount = (): number => (typeof speechSynthesis === 'undefined' ? 0 : speechSynthesis.getVoices().length);

/**
 * The speaker button: recorded clips where the site has one for every part of the text, else the
 * machine's own voice for the language, else no button at all (never a wrong-language voice).
 */
export function ReadAloudButton({ items }: { readonly items: readonly ReadAloudItem[] }): ReactElement | null {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const clips = useKioskStore((state) => state.clips[language]);
  const getAudioClip = useKioskStore((state) => state.getAudioClip);
  useSyncExternalStore(subscribeVoices, voiceCount, () => 0);
  const [playing, setPlaying] = useState(false);

  // Leaving the screen silences it.
  useEffect(() => stopReadAloud, []);

  const recorded = clips !== undefined && items.length > 0 && items.every((item) => clips.includes(item.id));
  const voice = recorded ? null : voiceFor(language);
  if (!recorded && voice === null) return null;

  const onPress = (): void => {
    if (playing) {
      stopReadAloud();
      setPlaying(false);
      return;
    }
    setPlaying(true);
    const done = (): void => {
      setPlaying(false);
    };
    if (recorded) {
      playClips(
        items.map((item) => item.id),
        (id) => getAudioClip(language, id),
        done,
      );
    } else if (voice !== null) {
      speak(items.map((item) => item.text).join('\n'), voice, done);
    }
  };

  return (
    <button
      type="button"
      className="button button--quiet read-aloud"
      data-testid="read-aloud"
      data-source={recorded ? 'clips' : 'voice'}
      aria-pressed={playing}
      onClick={onPress}
    >
      <Pictogram name="speaker" />
      <span>{playing ? t('readAloud.stop') : t('readAloud.listen')}</span>
    </button>
  );
}
