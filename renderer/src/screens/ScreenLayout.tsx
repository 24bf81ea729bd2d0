import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { afterFirstFrame } from '../components/after-first-frame.js';
import { Pictogram, type PictogramName } from '../components/Pictogram.js';
import { ReadAloudButton, type ReadAloudItem } from '../components/ReadAloudButton.js';
import { toLanguage } from '../i18n/resources.js';
import { useAutoPlayHeading } from '../read-aloud/use-auto-play.js';
import type { ScreenName } from '../navigation/routes.js';

export interface ScreenLayoutProps {
  readonly name: ScreenName | 'out-of-service' | 'unavailable' | 'loading';
  readonly heading: ReactNode;
  readonly pictogram?: PictogramName;
  /** The screen's main text, for the speaker button (message ids name the recorded clips). */
  readonly readAloud?: readonly ReadAloudItem[] | undefined;
  /** The heading's clip, said once on opening where the site turns `readAloud.autoPlayHeading` on. */
  readonly headingClip?: ReadAloudItem | undefined;
  readonly children?: ReactNode;
}

/**
 * One task per screen, under one heading. The heading takes focus when the screen opens, so a
 * screen reader announces where the person has arrived.
 */
export function ScreenLayout({
  name,
  heading,
  pictogram,
  readAloud,
  headingClip,
  children,
}: ScreenLayoutProps): ReactElement {
  const { i18n } = useTranslation();
  const autoPlay = useAutoPlayHeading(headingClip, toLanguage(i18n.language));
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After the frame that shows the screen, not in the tap's own task: focus() lays out the whole
    // new screen at once to decide that the heading can take focus, and that forced layout held
    // the first frame of every screen back by several milliseconds.
    return afterFirstFrame(() => headingRef.current?.focus({ preventScroll: true }));
  }, []);

  return (
    <section
      className={`screen screen--${name}`}
      data-testid={`screen-${name}`}
      data-auto-play={autoPlay}
      aria-labelledby={headingId}
    >
      <div className="screen__title">
        {pictogram === undefined ? null : <Pictogram name={pictogram} className="pictogram--title" />}
        <h1 id={headingId} ref={headingRef} tabIndex={-1} className="screen__heading" data-testid="screen-heading">
          {heading}
        </h1>
        {readAloud === undefined ? null : <ReadAloudButton items={readAloud} />}
      </div>
      {children}
    </section>
  );
}
