import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { CLOSURE_REASONS, type ClosureReason, type ServiceClosure } from '../../../../main/contract/index.js';
import { toLanguage } from '../../i18n/resources.js';
import { useKioskStore } from '../../store/index.js';

import { DayStepper } from './DayStepper.js';
import { FormActions } from './FormActions.js';
import { longDay } from './day-text.js';
import { addDays } from './entry-draft.js';
import { IDLE, SaveAnswer, type SaveState } from './SaveAnswer.js';
import { saveWith } from './save-with.js';

export interface ClosureFormProps {
  readonly serviceId: string;
  readonly closure: ServiceClosure | undefined;
  readonly today: string;
  readonly onSaved: () => void;
}

/** Closed for a while, for a reason from a fixed list, through a last day; it reopens by itself. */
export function ClosureForm({ serviceId, closure, today, onSaved }: ClosureFormProps): ReactElement {
  const { t, i18n } = useTranslation();
  const close = useKioskStore((state) => state.closeDirectoryService);
  const reopen = useKioskStore((state) => state.reopenDirectoryService);
  const [reason, setReason] = useState<ClosureReason | null>(closure?.reason ?? null);
  const [until, setUntil] = useState(closure?.until ?? addDays(today, 1));
  const [save, setSave] = useState<SaveState>(IDLE);

  return (
    <section className="panel directory-form" data-testid="directory-closure-form">
      <h2>{t('directoryAdmin.close')}</h2>
      {closure === undefined ? (
        <p className="mark mark--open" data-testid="directory-state-open">
          {t('directoryAdmin.open')}
        </p>
      ) : (
        <p className="mark mark--closed" data-testid="directory-state-closed">
          {t('directoryAdmin.closedUntil', { date: longDay(closure.until, toLanguage(i18n.language)) })}
          {' · '}
          {t(`directoryAdmin.reasons.${closure.reason}`)}
        </p>
      )}
      <div className="directory-choices" role="group" aria-label={t('directoryAdmin.reason')}>
        <span>{t('directoryAdmin.reason')}</span>
        {CLOSURE_REASONS.map((choice) => (
          <button
            key={choice}
            type="button"
            className="button"
            aria-pressed={reason === choice}
            data-testid={`closure-reason-${choice}`}
            onClick={() => {
              setReason(choice);
            }}
          >
            {t(`directoryAdmin.reasons.${choice}`)}
          </button>
        ))}
      </div>
      <DayStepper
        testId="closure-until"
        label={t('directoryAdmin.until')}
        day={until}
        earliest={today}
        onChange={setUntil}
      />
      <FormActions
        primary={{
          testId: 'closure-save',
          label: t('directoryAdmin.close'),
          disabled: reason === null || save.state === 'busy',
          onClick: () => {
            if (reason === null) return;
            void saveWith(setSave, () => close(serviceId, reason, until), onSaved);
          },
        }}
        secondary={
          closure === undefined
            ? null
            : {
                testId: 'closure-reopen',
                label: t('directoryAdmin.reopen'),
                disabled: save.state === 'busy',
                onClick: () => {
                  void saveWith(setSave, () => reopen(serviceId), onSaved);
                },
              }
        }
      />
      <SaveAnswer save={save} testId="closure-answer" />
    </section>
  );
}
