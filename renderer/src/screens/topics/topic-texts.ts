import { topicClipParts, type Language, type Topic, type TopicPictogram } from '../../../../main/contract/index.js';
import type { PictogramName } from '../../components/Pictogram.js';
import type { ReadAloudItem } from '../../components/ReadAloudButton.js';
import { localize } from '../../i18n/i18n.js';

/** Every topic pictogram is one of the kiosk's drawings: checked here by the compiler. */
export function topicPictogram(name: TopicPictogram): PictogramName {
  return name;
}

/** The topic's text in reading order, each part with its clip id (`topicClipParts`). */
export function topicReadAloud(topic: Topic, language: Language): ReadAloudItem[] {
  return topicClipParts(topic).map((part) => ({ id: part.id, text: localize(part.text, language) }));
}

/** The topic's parts whose clip id ends with one of `parts` (`title`, `summary`, `steps.1`, `warnings.`…). */
export function topicItems(topic: Topic, language: Language, parts: readonly string[]): ReadAloudItem[] {
  const at = `topic.${topic.id}.`;
  return topicReadAloud(topic, language).filter((item) =>
    parts.some((part) => (part.endsWith('.') ? item.id.startsWith(at + part) : item.id === at + part)),
  );
}
