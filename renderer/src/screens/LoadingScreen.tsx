import type { ReactElement } from 'react';

import { InAllLanguages } from '../components/InAllLanguages.js';

/** The first moment after start, before the site's configuration has answered. */
export function LoadingScreen(): ReactElement {
  return (
    <section className="screen screen--notice" data-testid="screen-loading" aria-busy="true">
      <InAllLanguages messageKey="app.loading" as="p" className="notice-body" />
    </section>
  );
}
