import { useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { ErrorCode, KoboAuth, KoboCredential } from '../../../main/contract/index.js';
import { useKioskStore } from '../store/index.js';

export interface KoboCredentialFormProps {
  readonly auth: KoboAuth;
  /** `null` when saved, else the error's code. */
  readonly onDone: (code: ErrorCode | null) => void;
  readonly onCancel: () => void;
}

/**
 * The one place staff type free text: a credential, pasted or typed on a keyboard plugged in for
 * the purpose. It lives in this component's state only and is dropped once sent.
 */
export function KoboCredentialForm({ auth, onDone, onCancel }: KoboCredentialFormProps): ReactElement {
  const { t } = useTranslation();
  const setKoboCredential = useKioskStore((state) => state.setKoboCredential);
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = { user: useId(), secret: useId() };
  const credential: KoboCredential =
    auth === 'collector-token'
      ? { kind: 'collector-token', token: secret.trim() }
      : { kind: 'account', username: username.trim(), password: secret };
  const complete = secret.trim() !== '' && (auth === 'collector-token' || username.trim() !== '');

  async function save(): Promise<void> {
    setBusy(true);
    const result = await setKoboCredential(credential);
    setSecret('');
    setBusy(false);
    onDone(result.ok ? null : result.error.code);
  }

  return (
    <form
      className="kobo-credential-form"
      data-testid="kobo-credential-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (complete && !busy) void save();
      }}
    >
      <p>{t('kobo.credential.hint')}</p>
      {auth === 'account' ? (
        <label htmlFor={ids.user}>
          {t('kobo.credential.username')}
          <input
            id={ids.user}
            className="kobo-input"
            data-testid="kobo-credential-username"
            autoComplete="off"
            spellCheck={false}
            value={username}
            onChange={(event) => {
              setUsername(event.target.value);
            }}
          />
        </label>
      ) : null}
      <label htmlFor={ids.secret}>
        {auth === 'collector-token' ? t('kobo.credential.collectorToken') : t('kobo.credential.password')}
        <input
          id={ids.secret}
          className="kobo-input"
          data-testid="kobo-credential-secret"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          onChange={(event) => {
            setSecret(event.target.value);
          }}
        />
      </label>
      <div className="staff-form-actions">
        <button type="button" className="button button--quiet" data-testid="kobo-credential-cancel" onClick={onCancel}>
          {t('kobo.credential.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-testid="kobo-credential-save"
          disabled={!complete || busy}
        >
          {t('kobo.credential.save')}
        </button>
      </div>
    </form>
  );
}
