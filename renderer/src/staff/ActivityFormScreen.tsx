import { useReducer, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  ENDONYMS,
  LANGUAGES,
  SERVICE_CATEGORIES,
  type ActivityEntry,
  type ActivityInput,
  type KioskError,
  type ServiceCategory,
} from '../../../main/contract/index.js';
import { useNow } from '../components/use-now.js';
import { errorMessageKey } from '../i18n/messages.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { ChoiceButtons, type Choice } from './ChoiceButtons.js';
import { CountGrid } from './CountGrid.js';
import { countGridReducer, EMPTY_GRID, gridCounts, gridTotal } from './count-grid.js';
import { StaffLayout } from './StaffLayout.js';
import { recentDays } from './staff-time.js';

type ActivityLanguage = ActivityInput['language'];

export interface ActivityFormScreenProps {
  /** The entry to change (written today), or null for a new one. */
  readonly entry: ActivityEntry | null;
}

/**
 * The quick entry: what, (for referrals) which kind of service, in which language, which day,
 * then people by sex × age. Everything is a touch; nothing is typed, so nothing personal can be.
 */
export function ActivityFormScreen({ entry }: ActivityFormScreenProps): ReactElement {
  const { t, i18n } = useTranslation();
  const uiLanguage = toLanguage(i18n.language);
  const setup = useKioskStore((state) => state.staff.activitySetup);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const saveActivity = useKioskStore((state) => state.saveActivity);
  const staffGo = useKioskStore((state) => state.staffGo);

  const now = useNow(60_000);
  const days = recentDays(now, timeZone, calendarNames(uiLanguage));
  const [type, setType] = useState<string | null>(entry?.type ?? null);
  const [category, setCategory] = useState<ServiceCategory | null>(entry?.category ?? null);
  const [language, setLanguage] = useState<ActivityLanguage>(entry?.language ?? uiLanguage);
  const [day, setDay] = useState<string>(entry?.day ?? days[0]?.day ?? '');
  const [grid, dispatch] = useReducer(countGridReducer, entry?.counts ?? [], (counts) =>
    countGridReducer(EMPTY_GRID, { kind: 'load', counts }),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KioskError | null>(null);

  if (setup === null) return <StaffLayout name="activity-form" heading={t('staff.activity.heading')} />;
  const chosenType = setup.types.find((candidate) => candidate.id === type) ?? null;
  const needsCategory = chosenType?.needsCategory === true;
  const ready = chosenType !== null && (!needsCategory || category !== null) && gridTotal(grid) > 0;

  const typeChoices: Choice<string>[] = setup.types.map((candidate) => ({
    value: candidate.id,
    label: candidate.label[uiLanguage],
  }));
  const categoryChoices: Choice<ServiceCategory>[] = SERVICE_CATEGORIES.map((value) => ({
    value,
    label: t(`categories.${value}`),
  }));
  const languageChoices: Choice<ActivityLanguage>[] = [
    ...LANGUAGES.map((value) => ({ value, label: ENDONYMS[value], verbatim: true })),
    { value: 'other', label: t('staff.activity.otherLanguage') },
  ];
  // An entry kept from an older day stays offered, so editing never moves it by accident.
  const dayChoices: Choice<string>[] = days.map((choice) => ({
    value: choice.day,
    label:
      choice.daysAgo === 0
        ? t('staff.activity.today')
        : choice.daysAgo === 1
          ? t('staff.activity.yesterday')
          : choice.label,
  }));
  if (!dayChoices.some((choice) => choice.value === day)) dayChoices.push({ value: day, label: day, verbatim: true });

  const save = (): void => {
    if (!ready || busy) return;
    const input: ActivityInput = {
      day,
      type: chosenType.id,
      ...(needsCategory && category !== null ? { category } : {}),
      language,
      counts: gridCounts(grid, setup.sexes, setup.ageBrackets),
    };
    setBusy(true);
    setError(null);
    void saveActivity(entry?.id ?? null, input).then((result) => {
      setBusy(false);
      if (result.ok) staffGo({ kind: 'activity' });
      else setError(result.error);
    });
  };

  return (
    <StaffLayout
      name="activity-form"
      heading={entry === null ? t('staff.activity.new') : t('staff.activity.editHeading')}
    >
      <ChoiceButtons
        heading={t('staff.activity.type')}
        testId="activity-type"
        choices={typeChoices}
        chosen={type}
        onChoose={setType}
      />
      {needsCategory ? (
        <ChoiceButtons
          heading={t('staff.activity.category')}
          testId="activity-category"
          choices={categoryChoices}
          chosen={category}
          onChoose={setCategory}
        />
      ) : null}
      <ChoiceButtons
        heading={t('staff.activity.language')}
        testId="activity-language"
        choices={languageChoices}
        chosen={language}
        onChoose={setLanguage}
      />
      <ChoiceButtons
        heading={t('staff.activity.day')}
        testId="activity-day"
        choices={dayChoices}
        chosen={day}
        onChoose={setDay}
      />
      <h2>{t('staff.activity.counts')}</h2>
      <CountGrid grid={grid} dispatch={dispatch} sexes={setup.sexes} ages={setup.ageBrackets} />
      {error === null ? null : (
        <div className="staff-message staff-message--error" role="alert" data-testid="activity-error">
          <p>{t(errorMessageKey(error.code))}</p>
          {error.detail === undefined ? null : (
            <p className="staff-detail">{t('staff.activity.reason', { reason: error.detail })}</p>
          )}
        </div>
      )}
      <div className="staff-form-actions">
        <button
          type="button"
          className="button button--quiet"
          data-testid="activity-cancel"
          onClick={() => {
            staffGo({ kind: 'activity' });
          }}
        >
          {t('staff.activity.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary staff-save"
          data-testid="activity-save"
          disabled={!ready || busy}
          onClick={save}
        >
          {t('staff.activity.save')}
        </button>
      </div>
    </StaffLayout>
  );
}
