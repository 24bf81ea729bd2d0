import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { lowersRule, type ReportRule, type Suppression } from '../../../main/contract/index.js';

import { ChoiceButtons } from './ChoiceButtons.js';

/** `site`: the site's rule (reports.json); the others choose a rule for this export only. */
export type RuleChoice = 'site' | 'exact' | '5' | '10';
const OTHER_CHOICES = ['exact', '5', '10'] as const;

/** What a choice asks the preview for: `undefined` is the site's rule. */
export function chosenSuppression(choice: RuleChoice): Suppression | undefined {
  if (choice === 'site') return undefined;
  return choice === 'exact' ? null : Number(choice);
}

export interface ReportRuleControlProps {
  /** The rule of the preview on screen; null while it is being made. */
  readonly rule: ReportRule | null;
  readonly choice: RuleChoice;
  /** Supervisors may choose a rule for one export, a lower one included; others see the rule only. */
  readonly canChoose: boolean;
  readonly onChoose: (choice: RuleChoice) => void;
}

/**
 * Which small-count rule the preview and the export apply, in words ("Counts below 5 are shown as
 * <5"), and for a supervisor the choice of another rule for this export, with a warning when it
 * shows more than the site's rule allows.
 */
export function ReportRuleControl({ rule, choice, canChoose, onChoose }: ReportRuleControlProps): ReactElement {
  const { t } = useTranslation();
  const site = rule?.site;
  const choices =
    site === undefined
      ? []
      : [
          { value: 'site' as const, label: t('reports.rule.site') },
          ...OTHER_CHOICES.filter((value) => chosenSuppression(value) !== site).map((value) => ({
            value,
            label: value === 'exact' ? t('reports.exact') : t('reports.under', { n: Number(value) }),
          })),
        ];
  return (
    <section className="report-rule" data-testid="report-rule">
      <h2>{t('reports.rule.heading')}</h2>
      {rule === null ? (
        <p>{t('reports.loading')}</p>
      ) : (
        <p data-testid="report-rule-applied" data-applied={rule.applied ?? 'exact'}>
          {rule.applied === null ? t('reports.rule.exact') : t('reports.rule.applies', { n: rule.applied })}
        </p>
      )}
      {canChoose && choices.length > 0 ? (
        <ChoiceButtons
          heading={t('reports.suppress')}
          testId="report-suppress"
          choices={choices}
          chosen={choice}
          onChoose={onChoose}
        />
      ) : null}
      {rule !== null && rule.site !== null && lowersRule(rule) ? (
        <p className="staff-message staff-message--warning" role="alert" data-testid="report-rule-lowered">
          {t('reports.rule.lowered', { n: rule.site })}
        </p>
      ) : null}
    </section>
  );
}
