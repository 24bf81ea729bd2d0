import type { ReactElement } from 'react';

import { InAllLanguages } from '../components/InAllLanguages.js';
import { Pictogram } from '../components/Pictogram.js';

/**
 * The site opens only after the day's check: until then, no visitor has chosen a language yet, so
 * the message stands in all four. Staff still reach their screens through the hidden entry.
 */
export function NotYetOpenScreen(): ReactElement {
  return (
    <section className="screen screen--notice" data-testid="screen-not-yet-open" aria-labelledby="not-open-heading">
      <Pictogram name="clock" className="pictogram--title" />
      <h1 id="not-open-heading" className="notice-heading" data-testid="screen-heading">
        <InAllLanguages messageKey="operations.notOpen.heading" as="span" />
      </h1>
      <InAllLanguages messageKey="operations.notOpen.body" as="p" className="notice-body" />
    </section>
  );
}
