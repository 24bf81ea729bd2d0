import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { DirectoryAdminView } from '../../../../main/contract/index.js';
import { toLanguage } from '../../i18n/resources.js';
import { useKioskStore } from '../../store/index.js';
import { StaffLayout } from '../StaffLayout.js';

import './directory-admin.css';
import { CentralSyncPanel } from './CentralSyncPanel.js';
import { DirectoryKeyboard } from './DirectoryKeyboard.js';
import { EntryPanel } from './EntryPanel.js';
import { matchesSearch } from './search.js';

/**
 * The supervisor's Directory screen: find an entry, see whether it is closed, has a notice or is
 * due a check, and (supervisors) change it. Operators may look; the services refuse their saves
 * anyway, the screen simply does not offer them.
 */
export function DirectoryAdminScreen(): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const role = useKioskStore((state) => state.staff.session?.role ?? 'operator');
  const loadView = useKioskStore((state) => state.loadDirectoryAdmin);
  const [view, setView] = useState<DirectoryAdminView | null>(null);
  const [failed, setFailed] = useState(false);
  const [search, setSearch] = useState('');
  const [typing, setTyping] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  // A version number asks for the view again: after every save and at the start.
  const [request, setRequest] = useState(0);
  const reload = useCallback(() => {
    setRequest((current) => current + 1);
  }, []);
  useEffect(() => {
    let current = true;
    void loadView().then((result) => {
      if (!current) return;
      if (result.ok) setView(result.value);
      setFailed(!result.ok);
      setVersion(request);
    });
    return () => {
      current = false;
    };
  }, [loadView, request]);

  const found = useMemo(
    () => (view?.services ?? []).filter((entry) => matchesSearch(entry, search, language)),
    [view, search, language],
  );
  const open = view?.services.find((entry) => entry.id === openId);

  return (
    <StaffLayout back name="directory" heading={t('directoryAdmin.heading')}>
      <p className="staff-intro">{t('directoryAdmin.intro')}</p>
      {failed ? (
        <p className="staff-message staff-message--error" role="alert" data-testid="directory-admin-failed">
          {t('directoryAdmin.failed')}
        </p>
      ) : null}
      {view !== null && open !== undefined ? (
        <EntryPanel
          // A different entry starts with fresh forms.
          key={open.id}
          entry={open}
          view={view}
          canChange={role === 'supervisor'}
          version={version}
          onSaved={reload}
          onClose={() => {
            setOpenId(null);
          }}
        />
      ) : (
        <>
          <CentralSyncPanel canSync={role === 'supervisor'} onChanged={reload} />
          <div className="directory-search">
            <button
              type="button"
              className="typed-field__value"
              aria-pressed={typing}
              data-testid="directory-search"
              onClick={() => {
                setTyping(!typing);
              }}
            >
              <span className="typed-field__label">{t('directoryAdmin.search')}</span>
              <span className="typed-field__text" data-verbatim="">
                {search}
              </span>
            </button>
          </div>
          {typing ? (
            <DirectoryKeyboard
              onKey={(key) => {
                setSearch((current) => current + key);
              }}
              onDelete={() => {
                setSearch((current) => current.slice(0, -1));
              }}
              onClear={() => {
                setSearch('');
              }}
            />
          ) : null}
          {view !== null && view.reverify === null ? (
            <p className="staff-message staff-message--error" role="status" data-testid="directory-reverify-unknown">
              {t('directoryAdmin.reverifyUnknown')}
            </p>
          ) : null}
          {view !== null && found.length === 0 ? (
            <p data-testid="directory-none">{t('directoryAdmin.noResults')}</p>
          ) : null}
          <ul className="staff-entries" role="list" data-testid="directory-admin-list">
            {found.map((entry) => {
              const stale = view?.stale.includes(entry.id) ?? false;
              const closed = view?.closures.some((closure) => closure.serviceId === entry.id) ?? false;
              const notice = view?.notices.some((item) => item.serviceId === entry.id) ?? false;
              const turnedAway = view?.reverify?.find((flag) => flag.serviceId === entry.id);
              return (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="staff-entry directory-row"
                    data-testid={`directory-row-${entry.id}`}
                    data-stale={stale}
                    onClick={() => {
                      setOpenId(entry.id);
                      setTyping(false);
                    }}
                  >
                    <span className="staff-entry__what">{entry.name[language]}</span>
                    <span data-verbatim="">{entry.organisation.name}</span>
                    {stale ? <span className="mark mark--closed">{t('directoryAdmin.stale')}</span> : null}
                    {closed ? <span className="mark mark--closed">{t('directoryAdmin.closedMark')}</span> : null}
                    {notice ? <span className="mark">{t('directoryAdmin.notice')}</span> : null}
                    {turnedAway === undefined ? null : (
                      <span className="mark mark--closed" data-testid={`directory-reverify-${entry.id}`}>
                        {t('directoryAdmin.reverify', {
                          count: turnedAway.notServed,
                          days: view?.reverifyWindowDays ?? 0,
                        })}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </StaffLayout>
  );
}
