import { err, ok, type Language, type Result, type Topic, type TopicSheetResult } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import type { PrintingService } from '../printing/printing-service.js';
import { slipText } from '../printing/slip/slip-render.js';
import type { UsageCounters } from '../usage/usage-counters.js';

import { CALENDAR_TEXTS } from '../texts/calendar-texts.js';

import { sheetTexts } from './sheet-texts.js';
import { topicSheet, type TopicSheetInput } from './topic-sheet.js';

type TopicMethods = 'getTopics' | 'printTopicSheet';

export interface TopicDeps {
  readonly config: ConfigService;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly printing: PrintingService;
  readonly usage: UsageCounters;
}

/** The widest page a sheet is shown at on screen (80 mm paper), as the pathway slips do. */
const SCREEN_COLUMNS = 48;

/**
 * "Know your rights and the steps": the topics for the screens, and the take-away sheet printed
 * in the printer's queue within the site's print timeout, like every slip. The sheet is counted
 * by topic id only, under the slip metrics (`sheet.<id>`); nothing about the visitor is kept.
 */
export function createTopicHandlers(deps: TopicDeps): Pick<KioskHandlers, TopicMethods> {
  const { config, clock, logger, printing, usage } = deps;

  const count = (metric: 'slip_printed' | 'slip_shown' | 'slip_failed', topic: Topic): void => {
    void usage.record(metric, `sheet.${topic.id}`).then((counted) => {
      if (!counted.ok) logger.warn('usage_not_counted', { metric, code: counted.error.code });
    });
  };

  async function printSheet(topic: Topic, language: Language): Promise<Result<TopicSheetResult>> {
    const site = config.site();
    if (site === undefined) return err('CONFIG_UNAVAILABLE', 'site.json has never been valid.');
    const texts = sheetTexts(language);
    if (texts === undefined) return err('CONFIG_UNAVAILABLE', `locales/slip/${language}.json: sheet is not valid`);
    const base: Omit<TopicSheetInput, 'columns' | 'codePage'> = {
      site,
      topic,
      sample: config.topics().sampleNotice !== undefined,
      language,
      texts,
      issuedAt: clock.now(),
      calendar: CALENDAR_TEXTS.own(language),
    };
    // A sheet is visitor paper: it counts for the kiosk's per-minute slip limit like a slip.
    const printed = await printing.printDocument((page) => topicSheet({ ...base, ...page }), { visitorSlip: true });
    count(
      printed.outcome === 'printed' ? 'slip_printed' : printed.outcome === 'not_printed' ? 'slip_failed' : 'slip_shown',
      topic,
    );
    // The outcome only: a timed log line naming the topic would be a trail of what one visitor read.
    logger.info('topic_sheet', { outcome: printed.outcome });
    return ok({
      outcome: printed.outcome,
      problems: [...printed.problems],
      text: slipText(topicSheet({ ...base, columns: SCREEN_COLUMNS, codePage: 'wpc1252' })),
      sourceUrl: topic.sources[0]?.url ?? null,
    });
  }

  return {
    getTopics: () => {
      const { topics, sampleNotice, reverifyAfterDays } = config.topics();
      return Promise.resolve(ok({ topics, sampleNotice: sampleNotice ?? null, reverifyAfterDays }));
    },
    printTopicSheet: ({ topicId, language }) => {
      const topic = config.topics().topics.find((t) => t.id === topicId);
      if (topic === undefined) return Promise.resolve(err('NOT_FOUND', `no topic "${topicId}" in topics.json`));
      return printSheet(topic, language);
    },
  };
}
