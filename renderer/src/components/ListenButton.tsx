import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../../main/contract/index.js';
import { toLanguage } from '../i18n/resources.js';
import { useListen, type ReadAloudItem } from '../read-aloud/use-listen.js';

import { Pictogram } from './Pictogram.js';
import '../styles/listen.css';

export interface ListenButtonProps {
  /** What the control reads, in order; every id must be a clip id of the screen (`read-aloud-clips.ts`). */
  readonly items: readonly ReadAloudItem[];
  /** The part it reads, for its accessible name ("Listen: Opening hours"); none for a whole screen. */
  readonly part?: string;
  /** Whose language it speaks and labels itself in; the visitor's by default. */
  readonly language?: Language;
  readonly testId: string;
  readonly className?: string;
}

/**
 * The one listen control of every visitor screen: a speaker and "Listen", tap to hear that part,
 * "Stop" with a coloured state while it plays, tap again to stop. Starting one stops any other.
 * Where nothing can read the part in that language (no clip, no voice of that very language) the
 * control is not drawn at all: a button that does nothing, or says why it cannot, is one more
 * thing to read for a person who reads little.
 */
export function ListenButton({ items, part, language, testId, className }: ListenButtonProps): ReactElement | null {
  const { i18n } = useTranslation();
  const spoken = language ?? toLanguage(i18n.language);
  const t = i18n.getFixedT(spoken);
  const listen = useListen(items, spoken);
  if (listen.source === null) return null;
  const active = listen.phase !== 'idle';
  const visible = active ? t('readAloud.stop') : t('readAloud.listen');
  const name =
    part === undefined ? visible : active ? t('readAloud.stopPart', { part }) : t('readAloud.listenTo', { part });

  return (
    <button
      type="button"
      lang={spoken}
      className={`button button--quiet listen${className === undefined ? '' : ` ${className}`}`}
      data-testid={testId}
      data-source={listen.source}
      data-state={listen.phase}
      aria-pressed={active}
      aria-label={part === undefined ? undefined : name}
      onClick={(event) => {
        // A listen control inside a tile must not also open the tile.
        event.stopPropagation();
        listen.toggle();
      }}
    >
      <Pictogram name="speaker" />
      <span>{visible}</span>
    </button>
  );
}
