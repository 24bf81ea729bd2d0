import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { ErrorCode, KoboStatus } from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { KoboCredentialForm } from './KoboCredentialForm.js';
import { KoboOutboxTable } from './KoboOutboxTable.js';
import { StaffLayout } from './StaffLayout.js';
import { monthLabel } from './kobo-labels.js';

type Notice =
  | { readonly kind: 'error'; readonly code: ErrorCode }
  | { readonly kind: 'queued' | 'unchanged'; readonly month: string }
  | { readonly kind: 'retried' | 'saved' };

/** Supervisors only: the KoboToolbox credential, last month's figures to queue, and the outbox. */
export function KoboScreen(): ReactElement {
  const { t, i18n } = useTranslation();
  const status = useKioskStore((state) => state.koboStatus);
  const loadKoboStatus = useKioskStore((state) => state.loadKoboStatus);
  const queueKoboMonth = useKioskStore((state) => state.queueKoboMonth);
  const retryKoboNow = useKioskStore((state) => state.retryKoboNow);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const names = calendarNames(toLanguage(i18n.language));

  useEffect(() => {
    void loadKoboStatus().then((result) => {
      if (!result.ok) setNotice({ kind: 'error', code: result.error.code });
    });
  }, [loadKoboStatus]);

  async function run(work: () => Promise<Notice>): Promise<void> {
    setBusy(true);
    setNotice(await work());
    setBusy(false);
  }

  const queue = (current: KoboStatus) =>
    run(async () => {
      const result = await queueKoboMonth();
      if (!result.ok) return { kind: 'error', code: result.error.code };
      return { kind: result.value.outcome, month: current.lastMonth };
    });
  const retry = () =>
    run(async () => {
      const result = await retryKoboNow();
      return result.ok ? { kind: 'retried' } : { kind: 'error', code: result.error.code };
    });

  return (
    <StaffLayout back name="kobo" heading={t('kobo.heading')}>
      {notice === null ? null : (
        <p
          className={`staff-message ${notice.kind === 'error' ? 'staff-message--error' : 'staff-message--done'}`}
          data-testid="kobo-notice"
          data-kind={notice.kind}
          role="status"
        >
          {notice.kind === 'error'
            ? t(errorMessageKey(notice.code))
            : notice.kind === 'queued' || notice.kind === 'unchanged'
              ? t(notice.kind === 'queued' ? 'kobo.queued' : 'kobo.unchanged', {
                  month: monthLabel(notice.month, names),
                })
              : t(notice.kind === 'saved' ? 'kobo.credential.saved' : 'kobo.retried')}
        </p>
      )}
      {status === null ? <p>{t('kobo.loading')}</p> : null}
      {status !== null && !status.configured ? (
        <p data-testid="kobo-not-configured">{t('kobo.notConfigured')}</p>
      ) : null}
      {status?.configured === true ? (
        <>
          <dl className="kobo-facts">
            <dt>{t('kobo.server')}</dt>
            <dd data-verbatim="" data-testid="kobo-server">
              {status.server}
            </dd>
            <dt>{t('kobo.form')}</dt>
            <dd data-verbatim="">{status.formId}</dd>
            <dt>{t('kobo.credential.label')}</dt>
            <dd data-testid="kobo-credential" data-verbatim={status.credential === null ? undefined : ''}>
              {status.credential?.masked ?? t('kobo.credential.none')}
            </dd>
          </dl>
          {status.problems.length > 0 ? (
            <div className="staff-message staff-message--error" data-testid="kobo-problems">
              <p>{t('kobo.configProblems')}</p>
              <ul>
                {status.problems.map((problem) => (
                  <li key={problem} data-verbatim="">
                    {problem}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {editing && status.auth !== null ? (
            <KoboCredentialForm
              auth={status.auth}
              onDone={(code) => {
                setEditing(false);
                setNotice(code === null ? { kind: 'saved' } : { kind: 'error', code });
              }}
              onCancel={() => {
                setEditing(false);
              }}
            />
          ) : (
            <div className="staff-form-actions">
              <button
                type="button"
                className="button"
                data-testid="kobo-credential-change"
                onClick={() => {
                  setEditing(true);
                }}
              >
                {t('kobo.credential.change')}
              </button>
              <button
                type="button"
                className="button button--primary"
                data-testid="kobo-queue"
                disabled={busy || status.problems.length > 0}
                onClick={() => void queue(status)}
              >
                {t('kobo.queue', { month: monthLabel(status.lastMonth, names) })}
              </button>
              <button
                type="button"
                className="button"
                data-testid="kobo-retry"
                disabled={busy}
                onClick={() => void retry()}
              >
                {t('kobo.retry')}
              </button>
            </div>
          )}
          {status.credential === null ? <p data-testid="kobo-waiting">{t('kobo.waitingForCredential')}</p> : null}
          <h2>{t('kobo.outbox')}</h2>
          <KoboOutboxTable submissions={status.submissions} />
        </>
      ) : null}
    </StaffLayout>
  );
}
