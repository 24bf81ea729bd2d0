import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { zonedParts } from '../../../../main/contract/index.js';
import { toLanguage } from '../../i18n/resources.js';
import type { DirectoryHistoryCopy } from '../../store/directory-admin-slice.js';
import { useKioskStore } from '../../store/index.js';

import { longDay } from './day-text.js';
import { IDLE, SaveAnswer, type SaveState } from './SaveAnswer.js';
import { saveWith } from './save-with.js';

export interface HistoryListProps {
  /** Bumped by the screen after every save, so the list shows the copy that save kept. */
  readonly version: number;
  readonly onSaved: () => void;
}

/** The kept earlier versions of the two directory files, newest first, each restorable. */
export function HistoryList({ version, onSaved }: HistoryListProps): ReactElement {
  const { t, i18n } = useTranslation();
  const listHistory = useKioskStore((state) => state.listDirectoryHistory);
  const restore = useKioskStore((state) => state.restoreDirectoryCopy);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const [copies, setCopies] = useState<readonly DirectoryHistoryCopy[] | null>(null);
  const [save, setSave] = useState<SaveState>(IDLE);

  useEffect(() => {
    let current = true;
    void listHistory().then((result) => {
      if (current) setCopies(result.ok ? result.value.copies : []);
    });
    return () => {
      current = false;
    };
  }, [listHistory, version]);

  const language = toLanguage(i18n.language);
  const when = (savedAt: string): string => {
    const parts = zonedParts(new Date(savedAt), timeZone);
    const day = `${String(parts.year)}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
    const time = `${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`;
    return t('directoryAdmin.savedAt', { date: longDay(day, language), time });
  };

  return (
    <section className="panel directory-form" data-testid="directory-history">
      <h2>{t('directoryAdmin.history')}</h2>
      {copies !== null && copies.length === 0 ? <p>{t('directoryAdmin.noHistory')}</p> : null}
      <ul className="staff-entries" role="list">
        {(copies ?? []).map((copy, index) => (
          <li
            key={copy.id}
            className="staff-entry"
            data-testid="directory-copy"
            data-file={copy.file}
            data-index={index}
          >
            <span className="staff-entry__what">
              {copy.file === 'directory.json' ? t('directoryAdmin.copyEntries') : t('directoryAdmin.copyLocal')}
            </span>
            <span>{when(copy.savedAt)}</span>
            <button
              type="button"
              className="button"
              data-testid={`directory-restore-${String(index)}`}
              disabled={save.state === 'busy'}
              onClick={() => {
                void saveWith(setSave, () => restore(copy.id), onSaved);
              }}
            >
              {t('directoryAdmin.restore')}
            </button>
          </li>
        ))}
      </ul>
      <SaveAnswer save={save} testId="restore-answer" />
    </section>
  );
}
