import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  CHECKLIST_ANSWERS,
  CHECKLIST_NOTE_MAX,
  type ChecklistAnswer,
  type ChecklistAnswerValue,
  type LabelledItem,
} from '../../../main/contract/index.js';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard.js';
import { toLanguage } from '../i18n/resources.js';

import { ChoiceButtons } from './ChoiceButtons.js';
import { playTestTone } from './screen-report.js';

export interface ChecklistFormProps {
  readonly items: readonly LabelledItem[];
  /** Notes are deleted after this many days: the screen says so next to the warning. */
  readonly noteRetentionDays: number;
  readonly saving: boolean;
  readonly onSave: (answers: ChecklistAnswer[]) => void;
}

/** The site's checklist: every item answered pass, fail or not applicable, with an optional note. */
export function ChecklistForm({ items, noteRetentionDays, saving, onSave }: ChecklistFormProps): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const [answers, setAnswers] = useState<Record<string, ChecklistAnswerValue>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [toneFailed, setToneFailed] = useState(false);
  const unanswered = items.filter((item) => answers[item.id] === undefined).length;
  const choices = CHECKLIST_ANSWERS.map((value) => ({ value, label: t(`operations.check.answers.${value}`) }));
  const editNote = (item: string, change: (note: string) => string): void => {
    setNotes({ ...notes, [item]: change(notes[item] ?? '').slice(0, CHECKLIST_NOTE_MAX) });
  };

  return (
    <section className="checklist" data-testid="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('operations.check.manual')}</h2>
      <p>{t('operations.check.manualIntro')}</p>
      <button
        type="button"
        className="button"
        data-testid="checklist-tone"
        onClick={() => {
          void playTestTone().then((played) => {
            setToneFailed(!played);
          });
        }}
      >
        {t('operations.check.tone')}
      </button>
      {toneFailed ? (
        <p className="staff-message staff-message--error" role="alert">
          {t('operations.check.toneFailed')}
        </p>
      ) : null}
      {items.map((item) => (
        <div key={item.id} className="checklist__item">
          <ChoiceButtons
            heading={item.label[language]}
            testId={`checklist-${item.id}`}
            choices={choices}
            chosen={answers[item.id] ?? null}
            onChoose={(value) => {
              setAnswers({ ...answers, [item.id]: value });
            }}
          />
          {editing === item.id ? (
            <div className="checklist__note">
              <p className="staff-message staff-message--warning" data-testid="checklist-note-warning">
                {t('operations.check.noteWarning')}
              </p>
              <p className="staff-detail" data-testid="checklist-note-kept">
                {t('operations.check.noteKept', { days: noteRetentionDays })}
              </p>
              <p
                className="checklist__note-text"
                data-testid={`checklist-note-${item.id}`}
                aria-label={t('operations.check.noteLabel')}
              >
                {notes[item.id] ?? ''}
              </p>
              <p className="staff-detail">
                {t('operations.check.noteCount', { used: (notes[item.id] ?? '').length, max: CHECKLIST_NOTE_MAX })}
              </p>
              <OnScreenKeyboard
                onKey={(key) => {
                  editNote(item.id, (note) => note + key);
                }}
                onDelete={() => {
                  editNote(item.id, (note) => note.slice(0, -1));
                }}
                onClear={() => {
                  editNote(item.id, () => '');
                }}
              />
              <button
                type="button"
                className="button"
                data-testid="checklist-note-done"
                onClick={() => {
                  setEditing(null);
                }}
              >
                {t('operations.check.noteDone')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button button--quiet"
              data-testid={`checklist-note-open-${item.id}`}
              onClick={() => {
                setEditing(item.id);
              }}
            >
              {notes[item.id] === undefined || notes[item.id] === '' ? t('operations.check.addNote') : notes[item.id]}
            </button>
          )}
        </div>
      ))}
      {unanswered > 0 ? (
        <p className="staff-detail" data-testid="checklist-unanswered">
          {t('operations.check.unanswered', { count: unanswered })}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary staff-save"
        data-testid="checklist-save"
        disabled={unanswered > 0 || saving}
        onClick={() => {
          onSave(
            items.flatMap((item) => {
              const answer = answers[item.id];
              if (answer === undefined) return [];
              const note = (notes[item.id] ?? '').trim();
              return [note === '' ? { item: item.id, answer } : { item: item.id, answer, note }];
            }),
          );
        }}
      >
        {t('operations.check.save')}
      </button>
    </section>
  );
}
