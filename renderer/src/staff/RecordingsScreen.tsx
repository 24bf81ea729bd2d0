import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  ENDONYMS,
  LANGUAGES,
  VISITOR_SCREENS,
  type KioskError,
  type Language,
  type RecordingItem,
  type Result,
  type VisitorScreen,
} from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';
import { base64Of, playTake, startTake, type Take } from '../recordings/microphone.js';
import { RecordingElapsed } from '../recordings/RecordingElapsed.js';
import { useKioskStore } from '../store/index.js';

import { ChoiceButtons } from './ChoiceButtons.js';
import { downloadReportFile } from './report-download.js';
import { StaffLayout } from './StaffLayout.js';

type Notice =
  'saved' | 'deleted' | 'silent' | 'noMicrophone' | 'badArchive' | { imported: number; kept: number } | null;
/** The microphone gate closes by itself after ten minutes; renew it well before. */
const GATE_RENEW_MS = 4 * 60 * 1000;

/** "all": every text still to record, missing and changed first; a screen: all of its texts. */
type Scope = VisitorScreen | 'all';

/** The texts a scope goes through: a screen's include the recorded ones, so a take can be redone. */
function textsIn(items: readonly RecordingItem[], scope: Scope): readonly RecordingItem[] {
  return scope === 'all'
    ? items.filter((item) => item.state !== 'recorded')
    : items.filter((item) => item.screen === scope);
}

/**
 * Staff read each visitor text aloud, one after the other: missing and changed texts first. Or
 * they pick a screen (urgent help before the rest, or one whose take was poor) and go through all
 * of its texts, recorded ones included. The microphone is asked for only when "Record" is pressed
 * and released when the take ends.
 */
export function RecordingsScreen(): ReactElement {
  const { t } = useTranslation();
  const listRecordings = useKioskStore((state) => state.listRecordings);
  const saveRecording = useKioskStore((state) => state.saveRecording);
  const deleteRecording = useKioskStore((state) => state.deleteRecording);
  const setRecordingScreen = useKioskStore((state) => state.setRecordingScreen);
  const exportClipArchive = useKioskStore((state) => state.exportClipArchive);
  const importClipArchive = useKioskStore((state) => state.importClipArchive);
  const [language, setLanguage] = useState<Language>('ht');
  const [items, setItems] = useState<readonly RecordingItem[]>([]);
  const [scope, setScope] = useState<Scope>('all');
  const [index, setIndex] = useState(0);
  const [stopTake, setStopTake] = useState<(() => Promise<Take>) | null>(null);
  const [takeStartedAt, setTakeStartedAt] = useState(0);
  const [take, setTake] = useState<Take | null>(null);
  const [playing, setPlaying] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  // A service that refused (a full disk, a damaged manifest): said, never silently dropped.
  const [problem, setProblem] = useState<KioskError | null>(null);
  // The text whose recording staff asked to delete: a second press on the same card deletes it.
  const [deleteAsked, setDeleteAsked] = useState<string | null>(null);

  useEffect(() => {
    void setRecordingScreen(true);
    const timer = window.setInterval(() => void setRecordingScreen(true), GATE_RENEW_MS);
    return () => {
      window.clearInterval(timer);
      void setRecordingScreen(false);
    };
  }, [setRecordingScreen]);

  const reload = useCallback(async (): Promise<readonly RecordingItem[] | null> => {
    const result = await listRecordings(language);
    if (!result.ok) {
      setProblem(result.error);
      return null;
    }
    setItems(result.value.items);
    return result.value.items;
  }, [language, listRecordings]);
  useEffect(() => {
    void listRecordings(language).then((result) => {
      if (!result.ok) {
        setProblem(result.error);
        return;
      }
      setProblem(null);
      setItems(result.value.items);
    });
  }, [language, listRecordings]);

  const shown = textsIn(items, scope);
  const at = Math.min(index, Math.max(0, shown.length - 1));
  const current = shown[at];
  const inScope = scope === 'all' ? items : shown;
  const done = inScope.filter((item) => item.state === 'recorded').length;
  const taking = stopTake !== null;
  const deleting = current !== undefined && deleteAsked === current.clipId;

  /** Another language or screen: its first text, with no take and no delete pending. */
  function startOver(): void {
    setIndex(0);
    setTake(null);
    setDeleteAsked(null);
  }
  async function record(): Promise<void> {
    setNotice(null);
    setProblem(null);
    setDeleteAsked(null);
    setTake(null);
    try {
      const stop = await startTake();
      setTakeStartedAt(performance.now());
      setStopTake(() => stop);
    } catch {
      setNotice('noMicrophone');
    }
  }
  async function finish(): Promise<void> {
    if (stopTake === null) return;
    setStopTake(null);
    const finished = await stopTake();
    if (finished.playback === null) setNotice('silent');
    setTake(finished);
  }
  /** Shows a service's answer: its refusal, or the notice of what was done. True when done. */
  function answered(result: Result<unknown>, done: Notice): boolean {
    setNotice(result.ok ? done : null);
    setProblem(result.ok ? null : result.error);
    return result.ok;
  }
  async function keep(): Promise<void> {
    if (take === null || take.playback === null || current === undefined) return;
    const result = await saveRecording(language, current.clipId, {
      mimeType: 'audio/webm',
      base64: await base64Of(take.blob),
      playback: take.playback,
    });
    // Refused: the take stays, so "Keep" can be pressed again once the cause is mended.
    if (!answered(result, 'saved')) return;
    setTake(null);
    const kept = current.clipId;
    const after = await reload();
    // A text still to record leaves the list when kept, and the next one takes its place. A take
    // redone stays where it was: move on to the next text, as after any other take.
    const next = after === null ? [] : textsIn(after, scope);
    if (next.length > 0 && next[at]?.clipId === kept) setIndex((at + 1) % next.length);
  }
  async function deleteRecorded(clipId: string): Promise<void> {
    setDeleteAsked(null);
    if (answered(await deleteRecording(language, clipId), 'deleted')) await reload();
  }
  async function exportArchive(): Promise<void> {
    const result = await exportClipArchive(language);
    if (!result.ok) setProblem(result.error);
    else
      downloadReportFile({
        fileName: result.value.fileName,
        base64: result.value.base64,
        mime: 'application/zip',
        bytes: Math.floor((result.value.base64.length * 3) / 4),
      });
  }
  async function importArchive(file: File): Promise<void> {
    const result = await importClipArchive(language, await base64Of(file));
    setNotice(result.ok ? result.value : 'badArchive');
    await reload();
  }

  return (
    <StaffLayout back name="recordings" heading={t('recordings.heading')}>
      <p>{t('recordings.intro')}</p>
      {/* While a take runs the card must not change: the take would be kept as another text's clip. */}
      <ChoiceButtons
        heading={t('recordings.language')}
        testId="recordings-language"
        choices={LANGUAGES.map((code) => ({ value: code, label: ENDONYMS[code], lang: code, verbatim: true }))}
        chosen={language}
        disabled={taking}
        onChoose={(code) => {
          setLanguage(code);
          startOver();
        }}
      />
      <ChoiceButtons
        heading={t('recordings.screen')}
        testId="recordings-screen"
        choices={(['all', ...VISITOR_SCREENS] as const).map((option) => ({
          value: option,
          label: option === 'all' ? t('recordings.allScreens') : t(`recordings.screens.${option}`),
        }))}
        chosen={scope}
        disabled={taking}
        onChoose={(option) => {
          setScope(option);
          startOver();
        }}
      />
      <p data-testid="recordings-progress">{t('recordings.progress', { done, total: inScope.length })}</p>
      {current === undefined ? (
        <p data-testid="recordings-all-done">{t('recordings.allDone')}</p>
      ) : (
        <article className="recording-card" data-testid="recording-card" data-clip-id={current.clipId}>
          <p className="recording-card__state">
            {current.state === 'recorded'
              ? t('recordings.states.recorded', { by: current.by ?? '', day: current.day ?? '' })
              : t(`recordings.states.${current.state}`)}
          </p>
          <p
            lang={language}
            className="recording-card__text"
            style={{ fontSize: '2.2rem' }}
            data-testid="recording-text"
          >
            {current.text}
          </p>
          <div className="button-row">
            {stopTake === null ? (
              <button
                type="button"
                className="button button--primary"
                data-testid="recording-record"
                onClick={() => void record()}
              >
                {take === null ? t('recordings.record') : t('recordings.redo')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--primary"
                data-testid="recording-stop"
                onClick={() => void finish()}
              >
                {t('recordings.stopRecording')}
              </button>
            )}
            {take === null || take.playback === null ? null : (
              <>
                <button
                  type="button"
                  className="button"
                  aria-pressed={playing}
                  data-testid="recording-listen"
                  onClick={() => {
                    setPlaying(true);
                    playTake(take, () => {
                      setPlaying(false);
                    });
                  }}
                >
                  {t('recordings.listen')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  data-testid="recording-keep"
                  onClick={() => void keep()}
                >
                  {t('recordings.keep')}
                </button>
              </>
            )}
            <button
              type="button"
              className="button button--quiet"
              data-testid="recording-skip"
              disabled={taking}
              onClick={() => {
                setTake(null);
                setDeleteAsked(null);
                setIndex((at + 1) % Math.max(1, shown.length));
              }}
            >
              {t('recordings.skip')}
            </button>
            {current.state !== 'missing' ? (
              // Asked twice: without the clip a visitor may hear nothing (Kreyòl has no machine voice).
              <button
                type="button"
                className={deleting ? 'button button--urgent' : 'button button--quiet'}
                data-testid="recording-delete"
                disabled={taking}
                onClick={() => {
                  if (deleting) void deleteRecorded(current.clipId);
                  else setDeleteAsked(current.clipId);
                }}
              >
                {deleting ? t('recordings.deleteConfirm') : t('recordings.delete')}
              </button>
            ) : null}
          </div>
          {deleting ? (
            <p className="staff-message staff-message--error" role="alert" data-testid="recording-delete-warning">
              {t('recordings.deleteWarning')}
            </p>
          ) : null}
          {taking ? <RecordingElapsed startedAt={takeStartedAt} /> : null}
        </article>
      )}
      {problem === null ? null : (
        <p className="staff-message staff-message--error" role="alert" data-testid="recordings-error">
          {t(errorMessageKey(problem.code))}
        </p>
      )}
      {notice === null ? null : (
        <p role="status" data-testid="recordings-notice">
          {typeof notice === 'string' ? t(`recordings.${notice}`) : t('recordings.imported', notice)}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" data-testid="recordings-export" onClick={() => void exportArchive()}>
          {t('recordings.exportArchive')}
        </button>
        <label className="button">
          {t('recordings.importArchive')}
          <input
            type="file"
            accept=".zip,application/zip"
            hidden
            data-testid="recordings-import"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file !== undefined) void importArchive(file);
            }}
          />
        </label>
      </div>
    </StaffLayout>
  );
}
