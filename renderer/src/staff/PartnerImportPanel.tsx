import { useState, type ChangeEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { PARTNER_CSV_MAX_CHARS, type PartnerImportResult } from '../../../main/contract/index.js';
import { Pictogram } from '../components/Pictogram.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

type Message = { readonly kind: 'error' | 'done'; readonly text: string };

/**
 * A supervisor imports the outcomes a receiving partner sends back as a CSV. The file is checked
 * first and every row it cannot take is listed with its line and why, in the staff language;
 * nothing changes until the whole file is good, then Apply records it at once. The file's text
 * lives in this panel's state only and goes with it.
 */
export function PartnerImportPanel(): ReactElement {
  const { t } = useTranslation();
  const importCsv = useKioskStore((state) => state.importPartnerCsv);
  const [csv, setCsv] = useState<string | null>(null);
  const [checked, setChecked] = useState<PartnerImportResult | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const clear = (): void => {
    setCsv(null);
    setChecked(null);
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    clear();
    setMessage(null);
    if (file === undefined) return;
    if (file.size > PARTNER_CSV_MAX_CHARS * 4) {
      setMessage({ kind: 'error', text: t('followUp.import.tooLarge') });
      return;
    }
    const text = await file.text();
    if (text.length > PARTNER_CSV_MAX_CHARS) {
      setMessage({ kind: 'error', text: t('followUp.import.tooLarge') });
      return;
    }
    if (text.trim() === '') {
      setMessage({ kind: 'error', text: t('followUp.import.empty') });
      return;
    }
    setBusy(true);
    const result = await importCsv(text, false);
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: t(errorMessageKey(result.error.code)) });
      return;
    }
    setCsv(text);
    setChecked(result.value);
  };

  const apply = async (): Promise<void> => {
    if (csv === null) return;
    setBusy(true);
    const result = await importCsv(csv, true);
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: t(errorMessageKey(result.error.code)) });
      return;
    }
    // Someone may have recorded an outcome since the check: the answer lists it, nothing changed.
    if (result.value.rejected.length > 0) {
      setChecked(result.value);
      return;
    }
    clear();
    setMessage({ kind: 'done', text: t('followUp.import.done', { rows: result.value.imported }) });
  };

  const ready = checked !== null && checked.rejected.length === 0 && checked.ready > 0;
  return (
    <section className="follow-up__import" data-testid="partner-import" aria-labelledby="partner-import-heading">
      <h2 id="partner-import-heading">{t('followUp.import.heading')}</h2>
      <p>{t('followUp.import.intro')}</p>
      <label className="button follow-up__file">
        <Pictogram name="document" />
        <span>{t('followUp.import.choose')}</span>
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="partner-import-file"
          disabled={busy}
          onChange={(event) => void choose(event)}
        />
      </label>
      {message === null ? null : (
        <p
          className={`staff-message staff-message--${message.kind}`}
          role="status"
          data-testid="partner-import-message"
        >
          {message.text}
        </p>
      )}
      {checked === null ? null : checked.rejected.length > 0 ? (
        <div className="staff-message staff-message--error" role="status" data-testid="partner-import-rejected">
          <p>{t('followUp.import.blocked', { rows: checked.rejected.length })}</p>
          <ul>
            {checked.rejected.map((row) => (
              <li key={`${String(row.line)}-${row.problem}`} data-testid={`partner-import-line-${String(row.line)}`}>
                {t('followUp.import.line', {
                  line: row.line,
                  problem: t(`followUp.import.problems.${row.problem}`),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status" data-testid="partner-import-ready">
          {checked.ready > 0 ? t('followUp.import.ready', { rows: checked.ready }) : t('followUp.import.empty')}
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        data-testid="partner-import-apply"
        disabled={busy || !ready}
        onClick={() => void apply()}
      >
        <Pictogram name="check" />
        <span>{t('followUp.import.apply')}</span>
      </button>
    </section>
  );
}
