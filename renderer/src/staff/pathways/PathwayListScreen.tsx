import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { KioskError } from '../../../../main/contract/index.js';
import { errorMessageKey } from '../../i18n/messages.js';
import { toLanguage } from '../../i18n/resources.js';
import { useKioskStore } from '../../store/index.js';
import { StaffLayout } from '../StaffLayout.js';

import { UrgencyBadge } from './UrgencyBadge.js';

/** Choose the person's profile; opening one starts a new walk. */
export function PathwayListScreen(): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const pathways = useKioskStore((state) => state.pathwayList);
  const loadPathways = useKioskStore((state) => state.loadPathways);
  const openPathway = useKioskStore((state) => state.openPathway);
  const closePathway = useKioskStore((state) => state.closePathway);
  const staffGo = useKioskStore((state) => state.staffGo);
  const [error, setError] = useState<KioskError | null>(null);

  useEffect(() => {
    void loadPathways(language).then((result) => {
      setError(result.ok ? null : result.error);
    });
  }, [loadPathways, language]);

  return (
    <StaffLayout back name="pathways" heading={t('pathways.heading')}>
      <p className="staff-intro">{t('pathways.intro')}</p>
      {error === null ? null : (
        <p className="staff-message staff-message--error" role="alert">
          {t(errorMessageKey(error.code))}
        </p>
      )}
      {pathways?.length === 0 ? <p>{t('pathways.empty')}</p> : null}
      <div className="pathway-list">
        {(pathways ?? []).map((pathway) => (
          <button
            key={pathway.id}
            type="button"
            className="button pathway-choice"
            data-testid={`pathway-open-${pathway.id}`}
            onClick={() => {
              closePathway();
              void openPathway(pathway.id, language).then((result) => {
                if (result.ok) staffGo({ kind: 'pathway-walk' });
                else setError(result.error);
              });
            }}
          >
            <span className="pathway-choice__title">{pathway.title}</span>
            <span className="pathway-choice__summary">{pathway.summary}</span>
            <span className="pathway-choice__meta">
              <UrgencyBadge urgency={pathway.topUrgency} />
              <span>{t('pathways.steps', { count: pathway.steps })}</span>
              {pathway.sample ? <span className="pathway-sample">{t('pathways.sample')}</span> : null}
            </span>
          </button>
        ))}
      </div>
    </StaffLayout>
  );
}
