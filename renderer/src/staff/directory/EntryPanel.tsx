import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { DirectoryAdminView, ServiceEntry } from '../../../../main/contract/index.js';
import { toLanguage } from '../../i18n/resources.js';
import { useKioskStore } from '../../store/index.js';

import { ClosureForm } from './ClosureForm.js';
import { longDay } from './day-text.js';
import { EditForm } from './EditForm.js';
import { HistoryList } from './HistoryList.js';
import { NoticeForm } from './NoticeForm.js';
import { IDLE, SaveAnswer, type SaveState } from './SaveAnswer.js';
import { saveWith } from './save-with.js';

export interface EntryPanelProps {
  readonly entry: ServiceEntry;
  readonly view: DirectoryAdminView;
  readonly canChange: boolean;
  readonly version: number;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}

/** One service opened: its state and age for everyone, the forms for supervisors. */
export function EntryPanel({ entry, view, canChange, version, onSaved, onClose }: EntryPanelProps): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const markVerified = useKioskStore((state) => state.markDirectoryVerified);
  const [save, setSave] = useState<SaveState>(IDLE);
  const stale = view.stale.includes(entry.id);
  const closure = view.closures.find((item) => item.serviceId === entry.id);
  const notice = view.notices.find((item) => item.serviceId === entry.id);
  const turnedAway = view.reverify?.find((flag) => flag.serviceId === entry.id);

  return (
    <article className="directory-entry" data-testid="directory-entry" data-service={entry.id}>
      <header className="panel">
        <h2 data-testid="directory-entry-name">{entry.name[language]}</h2>
        <p data-verbatim="">{entry.organisation.name}</p>
        <p>
          <span className={stale ? 'mark mark--closed' : 'mark mark--open'} data-testid="directory-entry-age">
            {stale ? t('directoryAdmin.stale') : t('directoryAdmin.current')}
          </span>{' '}
          <span data-testid="directory-entry-verified">
            {t('directoryAdmin.verifiedOn', { date: longDay(entry.verifiedOn, language) })}
          </span>
        </p>
        {turnedAway === undefined ? null : (
          <p className="mark mark--closed" data-testid="directory-entry-reverify">
            {t('directoryAdmin.reverify', { count: turnedAway.notServed, days: view.reverifyWindowDays })}
          </p>
        )}
        <div className="staff-form-actions">
          {canChange ? (
            <button
              type="button"
              className="button"
              data-testid="directory-verified-today"
              disabled={save.state === 'busy' || entry.verifiedOn === view.today}
              onClick={() => {
                void saveWith(setSave, () => markVerified(entry.id), onSaved);
              }}
            >
              {t('directoryAdmin.verifiedToday')}
            </button>
          ) : null}
          <button type="button" className="button" data-testid="directory-entry-close" onClick={onClose}>
            {t('directoryAdmin.backToList')}
          </button>
        </div>
        <SaveAnswer save={save} testId="verified-answer" />
      </header>
      {canChange ? (
        <>
          <ClosureForm serviceId={entry.id} closure={closure} today={view.today} onSaved={onSaved} />
          <NoticeForm serviceId={entry.id} notice={notice} today={view.today} onSaved={onSaved} />
          <EditForm entry={entry} onSaved={onSaved} />
          <HistoryList version={version} onSaved={onSaved} />
        </>
      ) : (
        <p className="staff-message" data-testid="directory-view-only">
          {t('directoryAdmin.viewOnly')}
        </p>
      )}
    </article>
  );
}
