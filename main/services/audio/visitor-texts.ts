import { createHash } from 'node:crypto';

import {
  configClipId,
  localeText,
  serviceClipParts,
  screenLocaleClipIds,
  VISITOR_SCREEN_CLIPS,
  type EmergencyNumber,
  type Language,
  type LocaleTree,
  topicClipParts,
  type ScreenClips,
  type VisitorScreen,
} from '../../contract/index.js';
import type { DirectoryConfig, TopicsConfig } from '../config/index.js';

/** The configuration parts whose texts visitor screens read aloud. */
export interface ClipConfigTexts {
  readonly emergencyNumbers: readonly EmergencyNumber[];
  readonly directory: DirectoryConfig | undefined;
  readonly topics?: TopicsConfig | undefined;
}

export const textSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Every text a visitor can hear, in one language, by screen and clip id. Locale texts are taken
 * as written in the locale file (placeholders included): the clip is recorded with the site's
 * values, and a changed template is what makes it stale. Ids are expanded from `reference`
 * (Spanish, the file every other locale must match), so a key missing in one language still
 * counts as a missing clip. A clip two screens share (a category name) is listed under both.
 */
export function visitorClipTextsByScreen(
  language: Language,
  locale: LocaleTree,
  reference: LocaleTree,
  config: ClipConfigTexts,
): Map<VisitorScreen, Map<string, string>> {
  const byScreen = new Map<VisitorScreen, Map<string, string>>();
  for (const screen of Object.keys(VISITOR_SCREEN_CLIPS) as VisitorScreen[]) {
    const texts = new Map<string, string>();
    byScreen.set(screen, texts);
    for (const id of screenLocaleClipIds(screen, reference)) texts.set(id, localeText(locale, id) ?? '');
    const kinds = (VISITOR_SCREEN_CLIPS[screen] as ScreenClips).config ?? [];
    if (kinds.includes('emergency')) {
      for (const number of config.emergencyNumbers) {
        const parts = [number.label[language], number.number, number.description?.[language]];
        texts.set(configClipId('emergency', number.id), parts.filter((part) => part !== undefined).join('. '));
      }
    }
    if (kinds.includes('topic')) {
      for (const topic of config.topics?.topics ?? []) {
        for (const part of topicClipParts(topic)) texts.set(part.id, part.text[language]);
      }
    }
    if (kinds.includes('directory')) {
      const words = {
        weekdays: [0, 1, 2, 3, 4, 5, 6].map((day) => localeText(locale, `calendar.weekdays.${day}`) ?? ''),
        closed: localeText(locale, 'service.closed') ?? '',
      };
      for (const service of config.directory?.services ?? []) {
        if (service.status === 'inactive') continue;
        for (const part of serviceClipParts(service, language, words)) texts.set(part.id, part.text);
      }
    }
  }
  return byScreen;
}

/** Every text a visitor can hear, in one language, by clip id (all screens together). */
export function visitorClipTexts(
  language: Language,
  locale: LocaleTree,
  reference: LocaleTree,
  config: ClipConfigTexts,
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const screen of visitorClipTextsByScreen(language, locale, reference, config).values()) {
    for (const [id, text] of screen) texts.set(id, text);
  }
  return texts;
}

/** The same map with each text replaced by its sha-256, as the coverage compares them. */
export function hashTexts(texts: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...texts].map(([id, text]) => [id, textSha256(text)]));
}
