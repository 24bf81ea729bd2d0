import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { Urgency } from '../../../../main/contract/index.js';

/** Colour and words together: the colour alone never carries the urgency. */
export function UrgencyBadge({ urgency }: { readonly urgency: Urgency }): ReactElement {
  const { t } = useTranslation();
  return (
    <span className={`urgency-badge urgency-badge--${urgency}`} data-testid="urgency-badge" data-urgency={urgency}>
      {t(`pathways.urgency.${urgency}`)}
    </span>
  );
}
