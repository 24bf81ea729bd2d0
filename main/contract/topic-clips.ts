import type { LocalizedText } from './languages.js';
import type { Topic } from './topic.js';

/** One part of a topic a visitor can tap to hear, with its clip id. */
export interface TopicClipPart {
  readonly id: string;
  readonly text: LocalizedText;
}

/**
 * A topic's text in reading order, each part with a stable clip id: `topic.<id>.title`,
 * `.summary`, `.steps.<n>`, `.whatToBring.<n>`, `.cost`, `.warnings.<n>` (n from 1). The screen
 * reads these and the clip coverage counts them, from this one list. Positions, not wording,
 * name the clips: reordering steps in topics.json means recording them again.
 */
export function topicClipParts(topic: Topic): TopicClipPart[] {
  const at = `topic.${topic.id}`;
  return [
    { id: `${at}.title`, text: topic.title },
    { id: `${at}.summary`, text: topic.summary },
    ...topic.steps.map((step, index) => ({ id: `${at}.steps.${index + 1}`, text: step.text })),
    ...topic.whatToBring.map((item, index) => ({ id: `${at}.whatToBring.${index + 1}`, text: item })),
    { id: `${at}.cost`, text: topic.cost },
    ...topic.warnings.map((item, index) => ({ id: `${at}.warnings.${index + 1}`, text: item })),
  ];
}
