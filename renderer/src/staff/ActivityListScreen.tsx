import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ENDONYMS, type ActivityEntry, type KioskError } from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';
import { toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { StaffLayout } from './StaffLayout.js';

/** Today's entries, newest first, with Edit and Delete while they may still change (same day). */
export function ActivityListScreen(): ReactElement {
  const { t, i18n } = useTranslation();
  const uiLanguage = toLanguage(i18n.language);
  const loadActivity = useKioskStore((state) => state.loadActivity);
  const deleteActivity = useKioskStore((state) => state.deleteActivity);
  const staffGo = useKioskStore((state) => state.staffGo);
  const entries = useKioskStore((state) => state.staff.todaysEntries);
  const setup = useKioskStore((state) => state.staff.activitySetup);
  const [error, setError] = useState<KioskError | null>(null);
  // Delete asks once more on the same button: a mistaken touch must not erase a count.
  const [confirming, setConfirming] = useState<number | null>(null);

  useEffect(() => {
    void loadActivity().then((result) => {
      setError(result.ok ? null : result.error);
    });
  }, [loadActivity]);

  const typeLabel = (entry: ActivityEntry): string => {
    const label = setup?.types.find((type) => type.id === entry.type)?.label[uiLanguage] ?? entry.type;
    return entry.category === undefined ? label : `${label} · ${t(`categories.${entry.category}`)}`;
  };
  const total = (entry: ActivityEntry): number => entry.counts.reduce((sum, cell) => sum + cell.count, 0);

  return (
    <StaffLayout back name="activity" heading={t('staff.activity.heading')}>
      <button
        type="button"
        className="button button--primary staff-new-entry"
        data-testid="activity-new"
        disabled={setup === null}
        onClick={() => {
          staffGo({ kind: 'activity-form', entry: null });
        }}
      >
        {t('staff.activity.new')}
      </button>
      {error === null ? null : (
        <div className="staff-message staff-message--error" role="alert" data-testid="activity-error">
          <p>{t(errorMessageKey(error.code))}</p>
          {error.detail === undefined ? null : (
            <p className="staff-detail">{t('staff.activity.reason', { reason: error.detail })}</p>
          )}
        </div>
      )}
      <h2>{t('staff.activity.todayList')}</h2>
      {entries.length === 0 ? (
        <p data-testid="activity-none">{t('staff.activity.none')}</p>
      ) : (
        <ul className="staff-entries" data-testid="activity-entries">
          {entries.map((entry) => (
            <li key={entry.id} className="staff-entry" data-testid="activity-entry" data-type={entry.type}>
              <span className="staff-entry__what">{typeLabel(entry)}</span>
              <span className="staff-entry__meta">
                {entry.language === 'other' ? t('staff.activity.otherLanguage') : ENDONYMS[entry.language]}
              </span>
              <span className="staff-entry__total" data-testid="activity-entry-total">
                {t('staff.activity.total', { total: total(entry) })}
              </span>
              {entry.editable ? (
                <span className="staff-entry__actions">
                  <button
                    type="button"
                    className="button"
                    data-testid="activity-edit"
                    onClick={() => {
                      staffGo({ kind: 'activity-form', entry });
                    }}
                  >
                    {t('staff.activity.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--urgent"
                    data-testid="activity-delete"
                    onClick={() => {
                      if (confirming !== entry.id) {
                        setConfirming(entry.id);
                        return;
                      }
                      setConfirming(null);
                      void deleteActivity(entry.id).then((result) => {
                        setError(result.ok ? null : result.error);
                      });
                    }}
                  >
                    {confirming === entry.id ? t('staff.activity.deleteConfirm') : t('staff.activity.delete')}
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </StaffLayout>
  );
}
