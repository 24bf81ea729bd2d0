import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  STEP_STATES,
  type Language,
  type PathwayStep,
  type ServiceEntry,
  type StepState,
} from '../../../../main/contract/index.js';

import { UrgencyBadge } from './UrgencyBadge.js';

export interface PathwayStepPanelProps {
  readonly step: PathwayStep;
  readonly number: number;
  readonly state: StepState;
  readonly staffLanguage: Language;
  readonly visitorLanguage: Language;
  readonly services: ReadonlyMap<string, ServiceEntry>;
  readonly onMark: (state: StepState) => void;
}

/** One step: what to check, what to say (in both languages), what never to do, whom to contact. */
export function PathwayStepPanel(props: PathwayStepPanelProps): ReactElement {
  const { step, staffLanguage, visitorLanguage, services } = props;
  const { t } = useTranslation();
  return (
    <article className="pathway-step" data-testid="pathway-step" data-step={step.id}>
      <header className="pathway-step__header">
        <span className="pathway-step__number">{t('pathways.stepOf', { number: props.number })}</span>
        <UrgencyBadge urgency={step.urgency} />
      </header>
      <h2 className="pathway-step__title">{step.title[staffLanguage]}</h2>
      <h3>{t('pathways.check')}</h3>
      <p>{step.check[staffLanguage]}</p>
      <h3>{t('pathways.tell')}</h3>
      <blockquote className="pathway-tell" data-testid="pathway-tell">
        <p>{step.tell[staffLanguage]}</p>
        {visitorLanguage === staffLanguage ? null : (
          <p lang={visitorLanguage} className="pathway-tell__visitor" data-testid="pathway-tell-visitor">
            {step.tell[visitorLanguage]}
          </p>
        )}
      </blockquote>
      {step.doNot.length === 0 ? null : (
        <>
          <h3 className="pathway-donot__heading">{t('pathways.doNot')}</h3>
          <ul className="pathway-donot" data-testid="pathway-donot">
            {step.doNot.map((item) => (
              <li key={item.es}>{item[staffLanguage]}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('pathways.contacts')}</h3>
      {step.contacts.length === 0 ? <p>{t('pathways.noContacts')}</p> : null}
      <ul className="pathway-contacts">
        {step.contacts.map((id) => {
          const service = services.get(id);
          return (
            <li key={id} data-testid="pathway-contact" data-service={id}>
              <strong data-verbatim="">{service?.organisation.name ?? id}</strong>
              {service === undefined ? null : <span>{service.name[staffLanguage]}</span>}
              {service?.phones.map((phone) => (
                <span key={phone.number} data-verbatim="">
                  {t('pathways.phone')}: {phone.number}
                </span>
              ))}
              {service?.address === undefined ? null : (
                <span data-verbatim="">
                  {[service.address.street, service.address.neighbourhood, service.address.municipality]
                    .filter((part) => part !== undefined)
                    .join(', ')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <div className="staff-choice" role="group" aria-label={t('pathways.stateLabel')}>
        <span className="staff-choice__heading">{t('pathways.stateLabel')}</span>
        <div className="staff-choice__buttons">
          {STEP_STATES.map((state) => (
            <button
              key={state}
              type="button"
              className="button staff-choice__button"
              aria-pressed={props.state === state}
              data-testid={`pathway-state-${state}`}
              onClick={() => {
                props.onMark(state);
              }}
            >
              {t(`pathways.state.${state}`)}
            </button>
          ))}
        </div>
      </div>
    </article>
  );
}
