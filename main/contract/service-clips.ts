import type { LocalizedText, Language } from './languages.js';
import { WEEKDAYS, type OpeningHours } from './opening-hours.js';

/** The parts of a service a visitor can tap to hear, as the directory holds them. */
export interface ServiceClipSource {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly openingHours: OpeningHours;
  readonly hoursNote?: LocalizedText | undefined;
  readonly whatToBring: readonly LocalizedText[];
}

/** Words of the locale file the hours are said with: `calendar.weekdays` (Sunday first) and `service.closed`. */
export interface ServiceClipWords {
  readonly weekdays: readonly string[];
  readonly closed: string;
}

export interface ServiceClipPart {
  readonly id: string;
  readonly text: string;
}

/** `09:00-14:00` as people read it and say it: `09:00 – 14:00`. */
const spokenRange = (range: string): string => range.replace('-', ' – ');

/**
 * A service's detail page in the parts its listen controls read, each with a clip id:
 * `directory.<id>` (name and description), `directory.<id>.hours` (each weekday, Monday first,
 * and the note), `directory.<id>.bring` (what to bring; absent when there is nothing, where the
 * screen shows `service.bringNothing`, a clip of its own). The screen and the clip coverage both
 * take the texts from here, so the text a clip was made for is the text the screen shows.
 */
export function serviceClipParts(
  service: ServiceClipSource,
  language: Language,
  words: ServiceClipWords,
): ServiceClipPart[] {
  const at = `directory.${service.id}`;
  const days = WEEKDAYS.map((day, index) => {
    const ranges = service.openingHours[day] ?? [];
    const name = words.weekdays[(index + 1) % 7] ?? day;
    return `${name}: ${ranges.length === 0 ? words.closed : ranges.map(spokenRange).join(', ')}`;
  });
  const note = service.hoursNote?.[language];
  const parts: ServiceClipPart[] = [
    { id: at, text: `${service.name[language]}. ${service.description[language]}` },
    { id: `${at}.hours`, text: [...days, ...(note === undefined ? [] : [note])].join('. ') },
  ];
  if (service.whatToBring.length > 0) {
    parts.push({ id: `${at}.bring`, text: service.whatToBring.map((item) => item[language]).join('. ') });
  }
  return parts;
}
