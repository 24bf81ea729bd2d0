import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language, Topic, TopicSheetResult } from '../../../../main/contract/index.js';
import { Modal } from '../../components/Modal.js';
import { Pictogram } from '../../components/Pictogram.js';
import { QrCode } from '../../components/QrCode.js';
import { localize } from '../../i18n/i18n.js';
import { useKioskStore } from '../../store/index.js';

type SheetState =
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly result: TopicSheetResult }
  /** No answer at all (services unreachable): the screen shows the topic's own text instead. */
  | { readonly kind: 'failed' };

/** The summary and numbered steps, as the sheet would carry them, from the topic itself. */
function fallbackText(topic: Topic, language: Language): string {
  const steps = topic.steps.map((step, index) => `${index + 1}. ${localize(step.text, language)}`);
  return [localize(topic.summary, language), '', ...steps].join('\n');
}

/**
 * The take-away sheet, the way referral slips are handled: printing, then what happened in plain
 * words. Whenever the paper did not come out, the sheet is on screen with a QR to the source
 * page, so the person still leaves with the information. The state lives here, not in the store:
 * it goes when the screen goes, as at "Finish" or the idle reset.
 */
export function TopicSheetDialog({
  topic,
  language,
  onClose,
}: {
  readonly topic: Topic;
  readonly language: Language;
  readonly onClose: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const printTopicSheet = useKioskStore((state) => state.printTopicSheet);
  const [state, setState] = useState<SheetState>({ kind: 'working' });

  useEffect(() => {
    let wanted = true;
    printTopicSheet(topic.id, language)
      .then((answer) => {
        if (wanted) setState(answer.ok ? { kind: 'done', result: answer.value } : { kind: 'failed' });
      })
      .catch(() => {
        if (wanted) setState({ kind: 'failed' });
      });
    return () => {
      wanted = false;
    };
  }, [printTopicSheet, topic.id, language]);

  if (state.kind === 'working') {
    return (
      <Modal heading={t('topics.result.working')} onClose={onClose} testId="sheet-dialog">
        <div className="referral-working" role="status" data-testid="sheet-working">
          <Pictogram name="print" className="pictogram--hero referral-working__pictogram" />
          <p className="lead">{t('topics.result.wait')}</p>
        </div>
      </Modal>
    );
  }

  const outcome = state.kind === 'done' ? state.result.outcome : 'not_printed';
  const texts =
    outcome === 'printed'
      ? ({ heading: 'topics.result.printedHeading', body: 'topics.result.printedBody' } as const)
      : outcome === 'previewed'
        ? ({ heading: 'topics.result.previewHeading', body: 'topics.result.previewBody' } as const)
        : outcome === 'limited'
          ? ({ heading: 'topics.result.limitedHeading', body: 'topics.result.limitedBody' } as const)
          : ({ heading: 'topics.result.notPrintedHeading', body: 'topics.result.notPrintedBody' } as const);
  const sourceUrl = (state.kind === 'done' ? state.result.sourceUrl : null) ?? topic.sources[0]?.url ?? null;
  const text = state.kind === 'done' ? state.result.text : fallbackText(topic, language);

  return (
    <Modal heading={t(texts.heading)} onClose={onClose} testId="sheet-dialog" className="referral-dialog">
      <div data-testid="sheet-outcome" data-outcome={outcome}>
        <p className="lead">{t(texts.body)}</p>
        {outcome === 'printed' ? null : (
          <>
            {sourceUrl === null ? null : (
              <QrCode value={sourceUrl} label={t('topics.result.qrLabel')} size={220} testId="sheet-qr" />
            )}
            <pre className="slip-preview" data-testid="sheet-preview" data-verbatim="">
              {text}
            </pre>
          </>
        )}
      </div>
      <button
        type="button"
        className="button button--primary button--large modal__close"
        data-testid="sheet-close"
        onClick={onClose}
      >
        {t('topics.result.close')}
      </button>
    </Modal>
  );
}
