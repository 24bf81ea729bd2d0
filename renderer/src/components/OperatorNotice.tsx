import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLongDate, type Language } from '../../../main/contract/index.js';
import { databaseNoticeKey } from '../i18n/messages.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { selectDatabaseNotices, selectLiveConfigIssues, useKioskStore } from '../store/index.js';

import { ConfigIssueList } from './ConfigIssueList.js';

import { Modal } from './Modal.js';
import { Pictogram } from './Pictogram.js';

/** An ISO timestamp as a long date in the site's timezone; the raw text if it cannot be read. */
function noticeDate(iso: string, timeZone: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return formatLongDate(date, timeZone, calendarNames(language));
  } catch {
    return iso;
  }
}

/**
 * A small mark for staff when the database or the configuration needs attention. Visitors keep using the kiosk: it is
 * quiet on purpose, with no alarm colour, and shows details only when someone opens it.
 */
export function OperatorNotice(): ReactElement | null {
  const { t, i18n } = useTranslation();
  const notices = useKioskStore(selectDatabaseNotices);
  const configIssues = useKioskStore(selectLiveConfigIssues);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const [open, setOpen] = useState(false);
  if (notices.length === 0 && configIssues.length === 0) return null;
  const language = toLanguage(i18n.language);

  return (
    <>
      <button
        type="button"
        className="staff-indicator"
        data-testid="operator-notice-indicator"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        <Pictogram name="notice" />
        <span>{t('operator.indicator')}</span>
      </button>
      {open ? (
        <Modal
          heading={t('operator.heading')}
          testId="operator-notice-details"
          className="operator-notices"
          onClose={() => {
            setOpen(false);
          }}
        >
          <p>{t('operator.intro')}</p>
          {notices.length === 0 ? null : (
            <ul className="operator-notices__list">
              {notices.map((notice) => (
                <li
                  key={`${notice.code}-${notice.at}`}
                  className="operator-notices__item"
                  data-testid="operator-notice"
                >
                  <p className="operator-notices__what">{t(databaseNoticeKey(notice.code))}</p>
                  <p className="staff-detail">
                    {t('operator.foundAt', { date: noticeDate(notice.at, timeZone, language) })}
                  </p>
                  {notice.detail === '' ? null : (
                    <p className="staff-detail">{t('operator.detail', { detail: notice.detail })}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
          {configIssues.length === 0 ? null : (
            <section data-testid="operator-config-issues">
              <p className="operator-notices__what">{t('operator.configIssues')}</p>
              <ConfigIssueList issues={configIssues} />
            </section>
          )}
          <button
            type="button"
            className="button button--primary modal__close"
            onClick={() => {
              setOpen(false);
            }}
          >
            {t('operator.close')}
          </button>
        </Modal>
      ) : null}
    </>
  );
}
