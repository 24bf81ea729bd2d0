import type { ReactElement } from 'react';

import type { ReadAloudItem } from '../read-aloud/use-listen.js';

import { ListenButton } from './ListenButton.js';

export type { ReadAloudItem } from '../read-aloud/use-listen.js';

/** The screen's own listen control, next to its heading: the screen's main text, read in order. */
export function ReadAloudButton({ items }: { readonly items: readonly ReadAloudItem[] }): ReactElement | null {
  return <ListenButton items={items} testId="read-aloud" className="read-aloud" />;
}
