import type { Language, Topic, TopicPictogram } from '../../../../main/contract/index.js';
import type { PictogramName } from '../../components/Pictogram.js';
import type { ReadAloudItem } from '../../components/ReadAloudButton.js';
import { localize } from '../../i18n/i18n.js';

/** Every topic pictogram is one of the kiosk's drawings: checked here by the compiler. */
export function topicPictogram(name: TopicPictogram): PictogramName {
  return name;
}

/**
 * The topic's text in reading order, each part with a stable clip id: `topic.<id>.title`,
 * `.summary`, `.steps.<n>`, `.whatToBring.<n>`, `.cost`, `.warnings.<n>` (n from 1). A site records
 * `kiosk-config/audio/<lang>/<clip id>.mp3` for each (docs/read-aloud.md). Positions, not
 * wording, name the clips: reordering steps in topics.json means recording them again.
 */
export function topicReadAloud(topic: Topic, language: Language): ReadAloudItem[] {
  const at = `topic.${topic.id}`;
  return [
    { id: `${at}.title`, text: localize(topic.title, language) },
    { id: `${at}.summary`, text: localize(topic.summary, language) },
    ...topic.steps.map((step, index) => ({ id: `${at}.steps.${index + 1}`, text: localize(step.text, language) })),
    ...topic.whatToBring.map((item, index) => ({
      id: `${at}.whatToBring.${index + 1}`,
      text: localize(item, language),
    })),
    { id: `${at}.cost`, text: localize(topic.cost, language) },
    ...topic.warnings.map((item, index) => ({ id: `${at}.warnings.${index + 1}`, text: localize(item, language) })),
  ];
}
