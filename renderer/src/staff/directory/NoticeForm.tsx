import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { LANGUAGES, type Language, type ServiceNotice } from '../../../../main/contract/index.js';
import { useKioskStore } from '../../store/index.js';

import { DayStepper } from './DayStepper.js';
import { DirectoryKeyboard } from './DirectoryKeyboard.js';
import { FormActions } from './FormActions.js';
import { addDays } from './entry-draft.js';
import { IDLE, problemsOf, SaveAnswer, type SaveState } from './SaveAnswer.js';
import { saveWith } from './save-with.js';
import { TypedField } from './TypedField.js';
import { useTyping } from './use-typing.js';

export interface NoticeFormProps {
  readonly serviceId: string;
  readonly notice: ServiceNotice | undefined;
  readonly today: string;
  readonly onSaved: () => void;
}

/** A short notice in the four languages, shown to visitors through its last day. */
export function NoticeForm({ serviceId, notice, today, onSaved }: NoticeFormProps): ReactElement {
  const { t } = useTranslation();
  const setNotice = useKioskStore((state) => state.setDirectoryNotice);
  const clearNotice = useKioskStore((state) => state.clearDirectoryNotice);
  const typing = useTyping(Object.fromEntries(LANGUAGES.map((l) => [`text.${l}`, notice?.text[l] ?? ''])));
  const [until, setUntil] = useState(notice?.until ?? addDays(today, 7));
  const [save, setSave] = useState<SaveState>(IDLE);
  const text = Object.fromEntries(LANGUAGES.map((l) => [l, typing.values[`text.${l}`] ?? ''])) as Record<
    Language,
    string
  >;

  return (
    <section className="panel directory-form" data-testid="directory-notice-form">
      <h2>{t('directoryAdmin.notice')}</h2>
      {LANGUAGES.map((language) => (
        <TypedField
          key={language}
          fieldKey={`text.${language}`}
          label={t(`languageNames.${language}`)}
          value={text[language]}
          focused={typing.focused === `text.${language}`}
          onFocus={typing.setFocused}
          problems={problemsOf(save)}
          missingLabel={t('directoryAdmin.missingLanguage', { language: t(`languageNames.${language}`) })}
        />
      ))}
      {typing.focused === null ? null : <DirectoryKeyboard {...typing.keyboard} />}
      <DayStepper
        testId="notice-until"
        label={t('directoryAdmin.noticeUntil')}
        day={until}
        earliest={today}
        onChange={setUntil}
      />
      <FormActions
        primary={{
          testId: 'notice-save',
          label: t('directoryAdmin.save'),
          disabled: save.state === 'busy',
          onClick: () => {
            typing.setFocused(null);
            void saveWith(setSave, () => setNotice(serviceId, text, until), onSaved);
          },
        }}
        secondary={
          notice === undefined
            ? null
            : {
                testId: 'notice-remove',
                label: t('directoryAdmin.noticeRemove'),
                disabled: save.state === 'busy',
                onClick: () => {
                  void saveWith(
                    setSave,
                    () => clearNotice(serviceId),
                    () => {
                      typing.setValues(Object.fromEntries(LANGUAGES.map((l) => [`text.${l}`, ''])));
                      onSaved();
                    },
                  );
                },
              }
        }
      />
      <SaveAnswer save={save} testId="notice-answer" />
    </section>
  );
}
