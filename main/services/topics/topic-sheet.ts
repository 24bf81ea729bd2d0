import type { CalendarNames, Language, Topic } from '../../contract/index.js';
import type { SiteConfig } from '../config/index.js';
import { paperTopicTitle } from '../config/index.js';
import type { CodePage } from '../printing/escpos/code-pages.js';
import { slipDate } from '../printing/slip/calendar-names.js';
import { SlipBuilder, type SlipDocument } from '../printing/slip/slip-document.js';

import type { SheetTexts } from './sheet-texts.js';

export interface TopicSheetInput {
  readonly site: SiteConfig;
  readonly topic: Topic;
  readonly sample: boolean;
  readonly language: Language;
  readonly texts: SheetTexts;
  readonly issuedAt: Date;
  readonly calendar: CalendarNames | undefined;
  readonly columns: number;
  readonly codePage: CodePage;
}

/**
 * The take-away sheet: the topic's summary and steps in the visitor's language. Nothing about the
 * person, and for a sensitive topic the neutral `sheetTitle` instead of the title, so a sheet found
 * or taken does not tell why someone came. No source link on paper for the same reason: the screen
 * shows it as a QR instead.
 */
export function topicSheet(input: TopicSheetInput): SlipDocument {
  const { site, topic, language, texts } = input;
  const sheet = new SlipBuilder(input.columns, input.codePage);
  sheet.text(site.name[language], { align: 'center', bold: true });
  sheet.text(slipDate(input.issuedAt, site.timezone, input.calendar), { align: 'center' });
  sheet.rule();
  sheet.text(paperTopicTitle(topic)[language], { align: 'center', bold: true });
  if (input.sample || site.sample) sheet.text(texts.sample, { align: 'center' });
  sheet.blank();
  sheet.text(topic.summary[language]);
  sheet.blank();
  sheet.text(texts.steps, { bold: true });
  topic.steps.forEach((step, index) => {
    sheet.text(`${index + 1}. ${step.text[language]}`, { indent: '   ' });
  });
  sheet.rule();
  sheet.text(texts.askStaff, { align: 'center' });
  sheet.text(texts.noPersonalData, { align: 'center' });
  return sheet.build();
}
