import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { ChecklistAnswer, EquipmentCheck, KioskError } from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

import { ChecklistForm } from './ChecklistForm.js';
import { CheckProgressList, CheckResultsList } from './CheckResultsList.js';
import { measureScreen } from './screen-report.js';
import { StaffLayout } from './StaffLayout.js';

type Phase =
  | { readonly kind: 'start' }
  | { readonly kind: 'running' }
  | { readonly kind: 'checklist'; readonly check: EquipmentCheck; readonly saving: boolean }
  | {
      readonly kind: 'summary';
      readonly check: EquipmentCheck;
      readonly answers: readonly ChecklistAnswer[];
      readonly incidentsOpen: number;
    };

/** Automatic checks with their progress, then the site's checklist, then a summary. */
export function DailyCheckScreen(): ReactElement {
  const { t } = useTranslation();
  const runDailyCheck = useKioskStore((state) => state.runDailyCheck);
  const saveChecklist = useKioskStore((state) => state.saveChecklist);
  const loadOperationsSetup = useKioskStore((state) => state.loadOperationsSetup);
  const setup = useKioskStore((state) => state.operations.setup);
  const progress = useKioskStore((state) => state.operations.progress);
  const staffGo = useKioskStore((state) => state.staffGo);
  const [phase, setPhase] = useState<Phase>({ kind: 'start' });
  const [error, setError] = useState<KioskError | null>(null);

  useEffect(() => {
    void loadOperationsSetup();
  }, [loadOperationsSetup]);

  const run = async (): Promise<void> => {
    setError(null);
    setPhase({ kind: 'running' });
    const result = await runDailyCheck(await measureScreen());
    if (result.ok) setPhase({ kind: 'checklist', check: result.value, saving: false });
    else {
      setError(result.error);
      setPhase({ kind: 'start' });
    }
  };

  const save = async (check: EquipmentCheck, answers: ChecklistAnswer[]): Promise<void> => {
    setError(null);
    setPhase({ kind: 'checklist', check, saving: true });
    const saved = await saveChecklist(check.id, answers);
    if (saved.ok) {
      // Every failed result and item has an open incident now, new or repeated.
      const failed =
        check.results.filter((r) => r.status === 'fail').length + answers.filter((a) => a.answer === 'fail').length;
      setPhase({ kind: 'summary', check, answers, incidentsOpen: failed });
    } else {
      setError(saved.error);
      setPhase({ kind: 'checklist', check, saving: false });
    }
  };

  return (
    <StaffLayout back={phase.kind !== 'running'} name="daily-check" heading={t('operations.check.heading')}>
      {error === null ? null : (
        <div className="staff-message staff-message--error" role="alert" data-testid="check-error">
          <p>{t(errorMessageKey(error.code))}</p>
        </div>
      )}
      {phase.kind === 'start' ? (
        <>
          <p className="staff-intro">{t('operations.check.intro')}</p>
          <button
            type="button"
            className="button button--primary staff-save"
            data-testid="check-run"
            onClick={() => {
              void run();
            }}
          >
            {t('operations.check.run')}
          </button>
        </>
      ) : null}
      {phase.kind === 'running' ? (
        <>
          <p className="staff-message" role="status" data-testid="check-running">
            {t('operations.check.running')}
          </p>
          <CheckProgressList progress={progress} />
        </>
      ) : null}
      {phase.kind === 'checklist' ? (
        <>
          <h2>{t('operations.check.automatic')}</h2>
          <CheckResultsList results={phase.check.results} />
          <ChecklistForm
            items={setup?.checklist ?? []}
            noteRetentionDays={setup?.noteRetentionDays ?? 30}
            saving={phase.saving}
            onSave={(answers) => {
              void save(phase.check, answers);
            }}
          />
        </>
      ) : null}
      {phase.kind === 'summary' ? <CheckSummary {...phase} /> : null}
      {phase.kind === 'summary' ? (
        <div className="staff-form-actions">
          <button
            type="button"
            className="button"
            data-testid="check-again"
            onClick={() => {
              void run();
            }}
          >
            {t('operations.check.again')}
          </button>
          {/* The code-page test slip is optional in the daily check; the printer screen prints it. */}
          <button
            type="button"
            className="button"
            data-testid="check-test-slip"
            onClick={() => {
              staffGo({ kind: 'printer' });
            }}
          >
            {t('printerAdmin.actions.test')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="check-see-incidents"
            onClick={() => {
              staffGo({ kind: 'incidents' });
            }}
          >
            {t('operations.check.seeIncidents')}
          </button>
        </div>
      ) : null}
    </StaffLayout>
  );
}

function CheckSummary({
  check,
  answers,
  incidentsOpen,
}: {
  readonly check: EquipmentCheck;
  readonly answers: readonly ChecklistAnswer[];
  readonly incidentsOpen: number;
}): ReactElement {
  const { t } = useTranslation();
  const count = (status: string): number =>
    check.results.filter((r) => r.status === status || (status === 'warn' && r.status === 'unknown')).length +
    answers.filter((a) => a.answer === status).length;
  const manualFailed = answers.some((a) => a.answer === 'fail');
  const summary = manualFailed ? 'fail' : check.summary;
  return (
    <section className="panel check-summary" data-testid="check-summary" data-summary={summary}>
      <h2>{t('operations.check.summary')}</h2>
      <p className="check-summary__verdict">{t(`operations.check.summaries.${summary}`)}</p>
      <p data-testid="check-summary-counts">
        {t('operations.check.counts', { pass: count('pass'), warn: count('warn'), fail: count('fail') })}
      </p>
      {incidentsOpen > 0 ? (
        <p data-testid="check-summary-incidents">{t('operations.check.opened', { count: incidentsOpen })}</p>
      ) : null}
      <CheckResultsList results={check.results} />
    </section>
  );
}
