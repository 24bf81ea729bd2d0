import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { LANGUAGES, WEEKDAYS, type ServiceEntry } from '../../../../main/contract/index.js';
import { useKioskStore } from '../../store/index.js';

import { DirectoryKeyboard } from './DirectoryKeyboard.js';
import {
  ADDRESS_PARTS,
  addItem,
  countItems,
  draftFromEntry,
  fieldsFromDraft,
  problemKey,
  removeItem,
} from './entry-draft.js';
import { FormActions } from './FormActions.js';
import { ItemList } from './ItemList.js';
import { fieldName } from './problem-text.js';
import { IDLE, problemsOf, SaveAnswer, type SaveState } from './SaveAnswer.js';
import { saveWith } from './save-with.js';
import { TypedField } from './TypedField.js';
import { useTyping } from './use-typing.js';

export interface EditFormProps {
  readonly entry: ServiceEntry;
  readonly onSaved: () => void;
}

/**
 * The facts of a service staff may change from the kiosk: phones, hours, address and landmark,
 * cost, what to bring. Everything is typed on the kiosk's keyboard; each language is its own
 * field, and one left empty is shown (and refused) as missing.
 */
export function EditForm({ entry, onSaved }: EditFormProps): ReactElement {
  const { t } = useTranslation();
  const edit = useKioskStore((state) => state.editDirectoryService);
  const typing = useTyping(draftFromEntry(entry));
  const [save, setSave] = useState<SaveState>(IDLE);
  const draft = typing.values;
  // Problems keyed like the draft: `openingHours.monday.1` belongs to the Monday line.
  const problems = problemsOf(save).map((problem) => ({ ...problem, field: problemKey(problem.field) }));

  const field = (key: string, label: string, isText = false): ReactElement => (
    <TypedField
      key={key}
      fieldKey={key}
      label={label}
      value={draft[key] ?? ''}
      focused={typing.focused === key}
      onFocus={typing.setFocused}
      problems={problems}
      missingLabel={isText ? t('directoryAdmin.missingLanguage', { language: label }) : undefined}
    />
  );
  const texts = (prefix: string): ReactElement[] =>
    LANGUAGES.map((language) => field(`${prefix}.${language}`, t(`languageNames.${language}`), true));

  // A list's length and its Add and Remove: a new item's first field takes the keyboard.
  const listOf = (list: 'phones' | 'whatToBring', firstField: (index: number) => string) => ({
    list,
    count: countItems(draft, list),
    onAdd: () => {
      typing.setValues(addItem(draft, list));
      typing.setFocused(firstField(countItems(draft, list)));
    },
    onRemove: (index: number) => {
      typing.setFocused(null);
      typing.setValues(removeItem(draft, list, index));
    },
  });
  return (
    <section className="panel directory-form" data-testid="directory-edit-form">
      <h2>{t('directoryAdmin.edit')}</h2>

      <ItemList
        {...listOf('phones', (index) => `phones.${String(index)}.number`)}
        testId="edit-phones"
        legend={t('directoryAdmin.fields.phones')}
        itemClassName="directory-item"
        item={(index) => field(`phones.${String(index)}.number`, fieldName(t, `phones.${String(index)}`))}
        addLabel={t('directoryAdmin.addPhone')}
      />

      <fieldset className="directory-group" data-testid="edit-hours">
        <legend>{t('directoryAdmin.fields.openingHours')}</legend>
        <p className="staff-intro">{t('directoryAdmin.hoursHint')}</p>
        {WEEKDAYS.map((day) => field(`openingHours.${day}`, fieldName(t, `openingHours.${day}`)))}
      </fieldset>

      <fieldset className="directory-group" data-testid="edit-hours-note">
        <legend>{t('directoryAdmin.fields.hoursNote')}</legend>
        {texts('hoursNote')}
      </fieldset>

      <fieldset className="directory-group" data-testid="edit-address">
        <legend>{t('directoryAdmin.fields.address')}</legend>
        {ADDRESS_PARTS.map((part) => field(`address.${part}`, t(`directoryAdmin.address.${part}`)))}
        <p>{t('directoryAdmin.address.reference')}</p>
        {texts('address.reference')}
      </fieldset>

      <fieldset className="directory-group" data-testid="edit-cost">
        <legend>{t('directoryAdmin.fields.cost')}</legend>
        <div className="directory-choices">
          {(['free', 'paid'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="button"
              aria-pressed={draft['cost.kind'] === kind}
              data-testid={`cost-${kind}`}
              onClick={() => {
                typing.setValues({ ...draft, 'cost.kind': kind });
              }}
            >
              {t(`directoryAdmin.cost.${kind}`)}
            </button>
          ))}
        </div>
        <p>{t('directoryAdmin.cost.note')}</p>
        {texts('cost.note')}
      </fieldset>

      <ItemList
        {...listOf('whatToBring', (index) => `whatToBring.${String(index)}.${LANGUAGES[0]}`)}
        testId="edit-bring"
        legend={t('directoryAdmin.fields.whatToBring')}
        itemClassName="directory-item directory-item--texts"
        item={(index) => (
          <>
            <p>{fieldName(t, `whatToBring.${String(index)}`)}</p>
            {texts(`whatToBring.${String(index)}`)}
          </>
        )}
        addLabel={t('directoryAdmin.addItem')}
      />

      {typing.focused === null ? null : (
        <div className="directory-keyboard-dock">
          <DirectoryKeyboard {...typing.keyboard} />
          <button
            type="button"
            className="button"
            data-testid="keyboard-done"
            onClick={() => {
              typing.setFocused(null);
            }}
          >
            {t('directoryAdmin.keyboardDone')}
          </button>
        </div>
      )}
      <FormActions
        primary={{
          testId: 'edit-save',
          label: t('directoryAdmin.save'),
          className: 'staff-save',
          disabled: save.state === 'busy',
          onClick: () => {
            typing.setFocused(null);
            const fields = fieldsFromDraft(draft, entry);
            if (Object.keys(fields).length === 0) {
              setSave({ state: 'unchanged' });
              return;
            }
            void saveWith(setSave, () => edit(entry.id, fields), onSaved);
          },
        }}
        secondary={{
          testId: 'edit-undo',
          label: t('directoryAdmin.undo'),
          onClick: () => {
            typing.setFocused(null);
            typing.setValues(draftFromEntry(entry));
            setSave(IDLE);
          },
        }}
      />
      <SaveAnswer save={save} testId="edit-answer" />
    </section>
  );
}
