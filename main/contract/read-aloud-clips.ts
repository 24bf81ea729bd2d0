import type { ClipManifest } from './clip-manifest.js';
import type { Language } from './languages.js';

/**
 * Which clips each visitor screen reads aloud. A clip id is the locale key of the text it says
 * (`home.heading`), or `directory.<service id>` / `emergency.<number id>` for texts from the site's
 * configuration. One clip per part a visitor can tap to hear.
 *
 * A screen lists exact keys and whole subtrees of the locale file (`home.tiles`): every leaf under
 * a subtree is a clip, so a new tile or guide step is covered (and counted missing) by itself.
 * `tests/contract/read-aloud-clips.test.ts` fails when a visitor screen shows a text that no entry
 * here covers, and when a screen has no entry.
 */
export interface ScreenClips {
  /** Locale keys read as they are. */
  readonly keys: readonly string[];
  /** Locale subtrees: every string under each is its own clip. */
  readonly subtrees: readonly string[];
  /** Clips whose text comes from the configuration, one per item (see `ConfigClipKind`). */
  readonly config?: readonly ConfigClipKind[];
}

/**
 * `directory`: a service's parts, `directory.<service id>` (name and description), `.hours`,
 * `.bring` (see `serviceClipParts`). `emergency.<id>`: one number. `topic`: each part of each rights topic, `topic.<id>.<part>` (see `topicClipParts`).
 */
export type ConfigClipKind = 'directory' | 'emergency' | 'topic';

export const VISITOR_SCREEN_CLIPS = {
  // Each language button speaks its own invitation in its own language.
  language: { keys: ['language.welcome', 'language.choose', 'readAloud.languageInvitation'], subtrees: [] },
  home: { keys: ['home.heading', 'followUp.visitor.entry'], subtrees: ['home.tiles'] },
  'about-redsafe': { keys: [], subtrees: ['about'] },
  'account-guide': {
    keys: [
      'guide.previous',
      'guide.next',
      'guide.done',
      'guide.askStaff',
      'guide.under18',
      'guide.noData',
      'guide.support',
    ],
    subtrees: ['guide.steps', 'guide.password', 'guide.stores'],
  },
  services: {
    keys: [
      'services.heading',
      'services.intro',
      'services.searchHeading',
      'services.searchPlaceholder',
      'services.filtersHeading',
      'services.categoriesHeading',
      'services.allCategories',
      'services.none',
      'services.loading',
      'services.loadError',
      'services.openNow',
      'services.closedNow',
      'services.temporarilyClosed',
    ],
    subtrees: ['services.filters', 'categories'],
  },
  service: {
    keys: [
      'service.notFound',
      'service.printSlip',
      'service.showOnScreen',
      'service.referralNeeded',
      'service.addressHeading',
      'service.hoursHeading',
      'service.closed',
      'service.phonesHeading',
      'service.noPhone',
      'service.costHeading',
      'service.free',
      'service.paid',
      'service.bringHeading',
      'service.bringNothing',
      'service.whoHeading',
      'service.languagesHeading',
      'service.noticeHeading',
      'service.closedSlip',
      'serviceMap.heading',
      'serviceMap.hint',
      'serviceMap.qrLabel',
    ],
    subtrees: ['populations', 'languageNames', 'service.closedBecause'],
    config: ['directory'],
  },
  'urgent-help': {
    keys: [
      'urgentHelp.heading',
      'urgentHelp.intro',
      'urgentHelp.numbersHeading',
      'urgentHelp.open24h',
      'urgentHelp.noNumbers',
      'urgentHelp.childHeading',
      'urgentHelp.childBody',
      'urgentHelp.askStaff',
    ],
    subtrees: [],
    config: ['emergency'],
  },
  privacy: {
    keys: [
      'privacy.heading',
      'privacy.keepsHeading',
      'privacy.keeps',
      'privacy.neverHeading',
      'privacy.slips',
      'privacy.finishHeading',
      'privacy.finishBody',
      'privacy.whoHeading',
      'privacy.whoBody',
      'privacy.redsafeHeading',
      'privacy.redsafeBody',
    ],
    subtrees: ['privacy.never'],
  },
  topics: {
    keys: ['topics.heading', 'topics.intro', 'topics.empty', 'topics.loading', 'topics.loadError'],
    subtrees: [],
    config: ['topic'],
  },
  topic: {
    keys: [
      'topics.notFound',
      'topics.allTopics',
      'topics.stepsHeading',
      'topics.bringHeading',
      'topics.nothingToBring',
      'topics.costHeading',
      'topics.warningsHeading',
      'topics.printSheet',
      'topics.servicesHeading',
      'topics.sourcesHeading',
    ],
    // The take-away sheet's answer (printed, on screen, limited) is read like the slip's.
    subtrees: ['topics.result'],
    config: ['topic'],
  },
  // "Tell us how it went": the visitor types (or scans) a code and touches an answer; each answer speaks.
  'follow-up': {
    keys: [
      'followUp.visitor.heading',
      'followUp.visitor.typeCode',
      'followUp.visitor.next',
      'followUp.visitor.why',
      'followUp.visitor.thanks',
      // The screen comes in a chunk of its own: its short wait, and the message if it cannot come.
      'app.loading',
      'unavailable.heading',
      'unavailable.body',
      'unavailable.askStaff',
      'unavailable.retry',
    ],
    subtrees: [
      'followUp.visitor.outcomes',
      'followUp.visitor.reasons',
      'followUp.visitor.problem',
      'followUp.visitor.scan',
    ],
  },
  'ask-staff': {
    keys: ['askStaff.heading', 'askStaff.goToDesk', 'askStaff.staffWillHelp', 'askStaff.wait'],
    subtrees: ['turns.visitor', 'turns.needs', 'turns.priorities', 'turns.calling'],
  },
} as const satisfies Record<string, ScreenClips>;

export type VisitorScreen = keyof typeof VISITOR_SCREEN_CLIPS;
/** The visitor screens in the journey's order (the recordings screen offers them in this order). */
export const VISITOR_SCREENS = Object.keys(VISITOR_SCREEN_CLIPS) as [VisitorScreen, ...VisitorScreen[]];

/**
 * Texts a visitor screen shows that get no clip, each for a reason: a value only known at run
 * time (a date, a count), an accessible name of a QR code (screen readers only), a navigation
 * button whose pictogram carries the meaning and whose tap acts at once.
 */
export const NOT_READ_ALOUD: Readonly<Record<string, string>> = {
  'home.today': 'holds the date, known only at run time',
  'guide.progress': 'holds step numbers, known only at run time',
  'guide.qrLabel': 'accessible name of a QR code',
  'privacy.noticeQr': 'accessible name of a QR code',
  'services.count': 'holds the number of services found, known only at run time',
  'service.ages': 'holds the ages of the service, known only at run time',
  'service.minAge': 'holds the ages of the service, known only at run time',
  'service.maxAge': 'holds the ages of the service, known only at run time',
  'service.verifiedOn': 'holds a date, known only at run time',
  'service.closedUntil': 'holds a date, known only at run time (the reason next to it is read)',
  'service.whatsapp': 'a mark next to a phone number',
  'topics.verifiedOn': 'holds a date, known only at run time',
  'topics.result.qrLabel': 'accessible name of a QR code',
  'followUp.visitor.scan.preview': 'accessible name of the live camera picture',
  'followUp.visitor.scan.cancel': 'navigation button: its tap acts at once (the camera goes off)',
  'followUp.visitor.scan.cameraOn': 'a mark next to the live picture: the picture itself shows it',
  'turns.visitor.ahead_one': 'holds the number of people before the visitor, known only at run time',
  'turns.visitor.ahead_many': 'holds the number of people before the visitor, known only at run time',
  'turns.visitor.ahead_other': 'holds the number of people before the visitor, known only at run time',
  'nav.back': 'navigation button: its tap acts at once',
  'nav.home': 'navigation button: its tap acts at once',
  'nav.finish': 'navigation button: its tap acts at once',
};

/** A locale file as a tree of strings. */
export interface LocaleTree {
  readonly [key: string]: string | LocaleTree;
}

function leavesOf(tree: LocaleTree, prefix: string): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leavesOf(value, `${prefix}${key}.`),
  );
}

/** The text at a dotted key, or undefined when the key is missing or names a subtree. */
export function localeText(tree: LocaleTree, key: string): string | undefined {
  let node: string | LocaleTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function subtree(tree: LocaleTree, key: string): LocaleTree | undefined {
  let node: string | LocaleTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node === undefined || typeof node === 'string' ? undefined : node;
}

/** The locale keys a screen reads, expanded from its subtrees in the given (reference) locale. */
export function screenLocaleClipIds(screen: VisitorScreen, tree: LocaleTree): string[] {
  const entry: ScreenClips = VISITOR_SCREEN_CLIPS[screen];
  const fromSubtrees = entry.subtrees.flatMap((key) => {
    const node = subtree(tree, key);
    return node === undefined ? [] : leavesOf(node, `${key}.`);
  });
  return [...new Set([...entry.keys, ...fromSubtrees])].filter((id) => !(id in NOT_READ_ALOUD));
}

/** The ids of configuration clips: `directory.<service id>`, `emergency.<number id>`. */
export const configClipId = (kind: ConfigClipKind, id: string): string => `${kind}.${id}`;

/** Coverage of one language: what a screen can read aloud, and what needs recording. */
export interface ClipCoverage {
  readonly language: Language;
  readonly expected: number;
  readonly present: readonly string[];
  readonly missing: readonly string[];
  readonly stale: readonly string[];
  readonly synthetic: readonly string[];
  readonly recorded: readonly string[];
}

/**
 * Pure: compares the manifest with the texts the screens show now. `texts` maps each expected clip
 * id to the sha-256 of its current text. Present = a clip exists with the current text's hash;
 * stale = a clip exists for an older text; missing = no clip. Synthetic and recorded split present.
 */
export function clipCoverage(
  language: Language,
  texts: ReadonlyMap<string, string>,
  manifest: ClipManifest,
): ClipCoverage {
  const present: string[] = [];
  const missing: string[] = [];
  const stale: string[] = [];
  const synthetic: string[] = [];
  const recorded: string[] = [];
  for (const [id, hash] of [...texts].sort(([a], [b]) => a.localeCompare(b))) {
    const entry = manifest.clips[id];
    if (entry === undefined) missing.push(id);
    else if (entry.textSha256 !== hash) stale.push(id);
    else {
      present.push(id);
      (entry.source === 'synthetic' ? synthetic : recorded).push(id);
    }
  }
  return { language, expected: texts.size, present, missing, stale, synthetic, recorded };
}

export const EMPTY_MANIFEST: ClipManifest = { version: 1, clips: {} };
