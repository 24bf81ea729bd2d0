import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ENDONYMS, LANGUAGES, type KioskError, type Result } from '../../../../main/contract/index.js';
import { errorMessageKey } from '../../i18n/messages.js';
import { toLanguage } from '../../i18n/resources.js';
import { useKioskStore } from '../../store/index.js';
import { currentWalk } from '../../store/pathway-slice.js';
import { StaffLayout } from '../StaffLayout.js';

import { PathwayResult } from './PathwayResult.js';
import { PathwayStepPanel } from './PathwayStepPanel.js';
import { sanitiseSvg } from './sanitise-svg.js';

/** Walking one pathway at the desk: the current step, its way on, and at the end the two slips. */
export function PathwayWalkScreen(): ReactElement {
  const { t, i18n } = useTranslation();
  const staffLanguage = toLanguage(i18n.language);
  const walk = useKioskStore(currentWalk);
  const store = useKioskStore.getState;
  const staffGo = useKioskStore((state) => state.staffGo);
  const [chart, setChart] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KioskError | null>(null);
  const markup = walk?.view.svg;
  const svg = useMemo(() => (markup === undefined ? null : sanitiseSvg(markup)), [markup]);
  const pathwayId = walk?.view.pathway.id;

  // The flowchart follows the staff language; the walk itself is kept.
  useEffect(() => {
    if (pathwayId !== undefined) void store().openPathway(pathwayId, staffLanguage);
  }, [pathwayId, staffLanguage, store]);

  if (walk === null) {
    return (
      <StaffLayout name="pathway-walk" heading={t('pathways.heading')}>
        <button
          type="button"
          className="button"
          data-testid="staff-back"
          onClick={() => {
            staffGo({ kind: 'pathways' });
          }}
        >
          {t('staff.back')}
        </button>
      </StaffLayout>
    );
  }
  const { pathway, contacts } = walk.view;
  const services = new Map(contacts.map((c) => [c.id, c]));
  const here = walk.steps.at(-1);
  const step = pathway.steps.find((s) => s.id === here?.id);
  /** Back to the profiles: the walk is forgotten. */
  const leave = (): void => {
    store().closePathway();
    staffGo({ kind: 'pathways' });
  };
  const run = (work: () => Promise<Result<unknown>>): void => {
    setBusy(true);
    setError(null);
    void work().then((result) => {
      setBusy(false);
      if (!result.ok) setError(result.error);
    });
  };

  return (
    <StaffLayout name="pathway-walk" heading={pathway.title[staffLanguage]}>
      {pathway.sample ? (
        <p className="pathway-sample" data-testid="pathway-sample">
          {t('pathways.sample')}
        </p>
      ) : null}
      <div className="staff-choice" role="group" aria-label={t('pathways.visitorLanguage')}>
        <span className="staff-choice__heading">{t('pathways.visitorLanguage')}</span>
        <div className="staff-choice__buttons">
          {LANGUAGES.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              className="button staff-choice__button"
              aria-pressed={walk.visitorLanguage === language}
              data-testid={`pathway-visitor-${language}`}
              disabled={walk.completed !== null}
              onClick={() => {
                store().setPathwayVisitorLanguage(language);
              }}
            >
              {ENDONYMS[language]}
            </button>
          ))}
        </div>
      </div>
      <ol className="pathway-walked" aria-label={t('pathways.walked')} data-testid="pathway-walked">
        {walk.steps.map((s) => (
          <li key={s.id} data-step={s.id} data-state={s.state}>
            {pathway.steps.find((p) => p.id === s.id)?.title[staffLanguage] ?? s.id} — {t(`pathways.state.${s.state}`)}
          </li>
        ))}
      </ol>
      {error === null ? null : (
        <p className="staff-message staff-message--error" role="alert" data-testid="pathway-error">
          {t(errorMessageKey(error.code))}
        </p>
      )}
      {walk.completed !== null ? (
        <PathwayResult
          completed={walk.completed}
          slips={walk.slips}
          busy={busy}
          onPrintAgain={() => {
            run(() => store().printPathwaySlipsAgain());
          }}
          onDone={leave}
        />
      ) : step === undefined || here === undefined ? null : (
        <>
          <PathwayStepPanel
            step={step}
            number={walk.steps.length}
            state={here.state}
            staffLanguage={staffLanguage}
            visitorLanguage={walk.visitorLanguage}
            services={services}
            onMark={(state) => {
              store().markPathwayStep(state);
            }}
          />
          {step.branches === undefined ? null : (
            <div className="staff-choice" role="group" aria-label={t('pathways.choose')}>
              <span className="staff-choice__heading">{t('pathways.choose')}</span>
              <div className="staff-choice__buttons">
                {step.branches.map((branch) => (
                  <button
                    key={branch.next}
                    type="button"
                    className="button pathway-branch"
                    data-testid={`pathway-branch-${branch.next}`}
                    onClick={() => {
                      store().goToPathwayStep(branch.next);
                    }}
                  >
                    {branch.label[staffLanguage]}
                  </button>
                ))}
              </div>
            </div>
          )}
          <div className="staff-form-actions">
            <button
              type="button"
              className="button"
              data-testid="pathway-previous"
              disabled={walk.steps.length < 2}
              onClick={() => {
                store().pathwayStepBack();
              }}
            >
              {t('pathways.previous')}
            </button>
            {step.next === undefined ? null : (
              <button
                type="button"
                className="button button--primary"
                data-testid="pathway-next"
                onClick={() => {
                  store().goToPathwayStep(step.next ?? '');
                }}
              >
                {t('pathways.next')}
              </button>
            )}
            {step.next === undefined && step.branches === undefined ? (
              <button
                type="button"
                className="button button--primary"
                data-testid="pathway-finish"
                disabled={busy}
                onClick={() => {
                  run(() => store().finishPathway());
                }}
              >
                {busy ? t('pathways.working') : t('pathways.finish')}
              </button>
            ) : null}
          </div>
        </>
      )}
      <button
        type="button"
        className="button button--quiet"
        data-testid="pathway-chart-toggle"
        aria-expanded={chart}
        onClick={() => {
          setChart(!chart);
        }}
      >
        {chart ? t('pathways.hideChart') : t('pathways.showChart')}
      </button>
      {chart && svg !== null ? (
        <figure className="pathway-chart" data-testid="pathway-chart" aria-label={t('pathways.chart')}>
          {/* Our own markup, escaped when built and cleaned again by sanitiseSvg. */}
          <div dangerouslySetInnerHTML={{ __html: svg }} />
        </figure>
      ) : null}
      <button type="button" className="button button--quiet staff-back" data-testid="staff-back" onClick={leave}>
        {t('staff.back')}
      </button>
    </StaffLayout>
  );
}
