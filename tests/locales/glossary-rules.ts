import type { Language } from '../../main/contract/index.js';

/**
 * The glossary (docs/glossary.md) as data: words that must not appear, per language, and where a
 * word is right in context after all. The test reads every locale file and every configuration
 * text against these lists.
 */

/** Who reads a text: visitors (walk-up, many read little) or staff. */
export type Audience = 'visitor' | 'staff';

export interface ForbiddenTerm {
  /** A word or phrase, matched whole and without regard to case; or a pattern. */
  readonly term: string | RegExp;
  /** `all`: visitor and staff texts; `visitor`: only texts visitors read. */
  readonly in: 'all' | 'visitor';
  readonly why: string;
  /** What to write instead, for the failure message. */
  readonly use?: string;
}

export interface Allowance {
  readonly language: Language;
  /** The forbidden term as listed (its string, or its pattern's source). */
  readonly term: string;
  /** Text keys (see `glossary-check.ts` for how keys are written) where the word is right. */
  readonly keys: RegExp;
  readonly why: string;
}

/**
 * Top-level sections (or deeper prefixes) of the UI locale files that visitors read. The longest
 * matching prefix wins, so `outOfService.staffBody` is staff although `outOfService` is visitor.
 * Anything not listed is staff: a new section is checked at least against the rules for everyone.
 */
export const VISITOR_KEY_PREFIXES: readonly string[] = [
  'app',
  'language',
  'topBar',
  'nav',
  'home',
  'urgentHelp',
  'privacy',
  'askStaff',
  'sample',
  'idle',
  'outOfService',
  'unavailable',
  'readAloud',
  'about',
  'guide',
  'services',
  'service',
  'referral',
  'categories',
  'populations',
  'languageNames',
  'calendar',
  'operations.banner',
  'turns.visitor',
  'turns.needs',
  'turns.priorities',
  'turns.calling',
  'turns.display',
  'operations.notOpen',
  // Namespace files: the slip is printed for the visitor.
  'slip:',
];

export const STAFF_KEY_PREFIXES: readonly string[] = [
  'outOfService.staffHeading',
  'outOfService.staffBody',
  'outOfService.issueCount',
  'outOfService.wholeFile',
  'outOfService.noIssues',
  'reports:',
];

/**
 * Configuration texts visitors read: the whole directory and site, and in the pathways the
 * printed `whatHappensNext` and the `tell` lines staff say to the person. The rest of the pathways
 * (titles, checks, "never") and every other file are for staff.
 */
export const VISITOR_CONFIG_KEYS: readonly RegExp[] = [
  /^directory\.json:/,
  /^site\.json:/,
  /^pathways\.json:pathways\.[^.]+\.whatHappensNext$/,
  /^pathways\.json:pathways\.[^.]+\.steps\.[^.]+\.tell$/,
];

/** The child pathway speaks to the child: tú in es, tu in fr (docs/glossary.md, "Register"). */
const CHILD_TEXTS = /^pathways\.json:pathways\.unaccompanied-child\.(whatHappensNext|steps\.[^.]+\.tell)$/;

/** Spanish tú: verb forms, pronouns and sentence-initial imperatives (usted everywhere else). */
const ES_TU_WORDS = [
  'puedes',
  'tienes',
  'estás',
  'quieres',
  'necesitas',
  'acabas',
  'vienes',
  'sabes',
  'ayudarte',
  'mostrarte',
  'llamarte',
  'cuidarte',
  'contigo',
  'te',
  'tu',
  'tus',
  'tú',
];
const ES_TU_IMPERATIVE =
  /(?:^|[.!?:;¿¡]\s*)(?:vuelve|toca|responde|revisa|elige|escribe|mira|llama|pide|avisa|quédate|muestra|ven|usa|abre|instala|busca|lee|espera)(?![\p{L}\p{N}])/iu;

export const FORBIDDEN: Readonly<Record<Language, readonly ForbiddenTerm[]>> = {
  ht: [
    { term: 'papye', in: 'all', why: 'papye means (immigration) papers', use: 'fèy / fèy referans for the slip' },
    { term: 'fich', in: 'all', why: 'one name for the slip', use: 'fèy' },
    { term: 'kyòsk', in: 'all', why: 'misspelling of the kiosk', use: 'òdinatè sa a (visitors), kyòs la (staff)' },
    { term: 'machin', in: 'all', why: 'machin first means car', use: 'enprimant' },
    { term: 'poukont', in: 'all', why: 'one spelling', use: 'pou kont' },
    { term: 'esplike', in: 'all', why: 'one spelling', use: 'eksplike' },
    { term: 'jiridik', in: 'all', why: 'formal word; the service names say legal', use: 'legal' },
    { term: 'antre kòd', in: 'all', why: 'antre means go in; English calque', use: 'tape kòd' },
    { term: 'antre PIN', in: 'all', why: 'antre means go in; English calque', use: 'tape PIN' },
    { term: 'chif antre', in: 'all', why: 'antre means go in; English calque', use: 'chif tape' },
    { term: 'sove', in: 'all', why: 'sove also means run away', use: 'anrejistre' },
    { term: 'relans', in: 'all', why: 'French calque', use: 'voye lòd la / debloke' },
    { term: 'relanse', in: 'all', why: 'French calque', use: 'debloke' },
    { term: 'pa konsène', in: 'all', why: 'French calque', use: 'pa aplike' },
    { term: 'pwoblèm ouvè', in: 'all', why: 'English calque', use: 'pwoblèm ki poko regle' },
    { term: 'liy datant', in: 'all', why: 'French calque', use: 'bwat pou voye a' },
    { term: 'pa an liy', in: 'all', why: 'French calque', use: 'pa konekte / pa ka resevwa travay' },
    { term: 'pa an sèvis', in: 'all', why: 'French calque', use: 'li pa mache kounye a' },
    {
      term: '24 èdtan sou 24',
      in: 'all',
      why: 'French calque',
      use: 'lajounen kou lannwit (screen), 24 sou 24 (slip)',
    },
    { term: 'tablo kalkil', in: 'all', why: 'English calque', use: 'fichye Excel' },
    { term: 'enkoni', in: 'all', why: 'French word', use: 'nou pa konnen' },
    { term: 'pwen atansyon', in: 'all', why: 'reads as "warning point"', use: 'pwen akèy' },
    { term: 'fèt le', in: 'all', why: 'le is French', use: 'dat li fèt' },
    { term: 'fizo orè', in: 'all', why: 'French calque', use: 'lè lokal' },
    { term: 'verifikasyon materyèl', in: 'all', why: 'one name for the check', use: 'tès ekipman' },
    { term: 'kyòs', in: 'visitor', why: 'visitors say òdinatè sa a', use: 'òdinatè sa a' },
    { term: 'done', in: 'visitor', why: 'IT jargon for a weak reader', use: 'enfòmasyon' },
    { term: 'navigatè', in: 'visitor', why: 'IT jargon', use: 'telefòn nan oswa òdinatè a' },
    { term: 'istorik', in: 'visitor', why: 'IT jargon', use: 'tout sa ou te gade yo' },
    { term: 'nimerik', in: 'visitor', why: 'IT jargon', use: 'say what it does' },
    { term: 'karaktè', in: 'visitor', why: 'IT jargon', use: 'lèt, chif oswa siy' },
    { term: 'filt', in: 'visitor', why: 'IT jargon', use: 'chwa' },
    { term: 'koresponn', in: 'visitor', why: 'formal word', use: 'nou pa jwenn' },
    { term: 'orè', in: 'visitor', why: 'formal word; the slip says lè li louvri', use: 'lè li louvri' },
    { term: 'reyinifikasyon', in: 'visitor', why: 'formal word', use: 'fanmi an ka viv ansanm ankò' },
    { term: 'regilarizasyon', in: 'visitor', why: 'formal word', use: 'papye' },
    { term: 'sosyete sivil', in: 'visitor', why: 'formal word', use: 'òganizasyon ki pa pou leta' },
    { term: 'fòmèl', in: 'visitor', why: 'formal word', use: 'ak kontra' },
    { term: 'fwa travay', in: 'visitor', why: 'fwa also means "times"', use: 'jounen pou jwenn travay' },
    { term: 'konfidansyèl', in: 'visitor', why: 'formal word', use: 'kenbe sekrè' },
    { term: 'viktim', in: 'visitor', why: 'survivor-centred wording', use: 'moun ki sibi …' },
  ],
  es: [
    { term: 'quiosco', in: 'all', why: 'one word for the kiosk', use: 'kiosco' },
    ...ES_TU_WORDS.map((term) => ({ term, in: 'all' as const, why: 'tú form; usted everywhere', use: 'usted' })),
    { term: ES_TU_IMPERATIVE, in: 'all', why: 'tú imperative; usted everywhere', use: 'usted (vuelva, toque, …)' },
    { term: 'usted mismo', in: 'all', why: 'masculine generic', use: 'por su cuenta' },
    {
      term: 'abogado gratuito',
      in: 'all',
      why: 'masculine generic; the service is free',
      use: 'una abogada o un abogado … sin costo',
    },
    { term: 'el operador', in: 'all', why: 'masculine generic', use: 'la persona operadora' },
    { term: 'el supervisor', in: 'all', why: 'masculine generic', use: 'la persona supervisora' },
    { term: 'del supervisor', in: 'all', why: 'masculine generic', use: 'de supervisión' },
    { term: 'al responsable', in: 'all', why: 'masculine generic', use: 'a la persona responsable' },
    { term: 'lo envíe solo', in: 'all', why: 'masculine generic', use: 'a la niña o al niño sin compañía' },
    { term: 'cuidarle', in: 'all', why: 'le for a direct object hides the gender', use: 'cuidarla o cuidarlo' },
    { term: 'solo cuentas', in: 'all', why: 'cuentas reads as accounts', use: 'solo números' },
    { term: 'víctima', in: 'visitor', why: 'survivor-centred wording', use: 'sobreviviente / persona que sufrió …' },
    { term: 'víctimas', in: 'visitor', why: 'survivor-centred wording', use: 'personas sobrevivientes' },
  ],
  fr: [
    { term: 'kiosque', in: 'all', why: 'one word for the kiosk', use: 'borne' },
    { term: 'billet', in: 'all', why: 'a ticket or banknote; the slip is a fiche', use: 'fiche' },
    { term: 'billets', in: 'all', why: 'a ticket or banknote; the slip is a fiche', use: 'fiches' },
    { term: 'massicot', in: 'all', why: 'one word for the cutter', use: 'lame de coupe' },
    { term: 'à ce point', in: 'all', why: 'wrong preposition', use: 'pour ce point' },
    { term: 'dans ce point', in: 'all', why: 'wrong preposition', use: 'pour ce point' },
    { term: 'personne connecté', in: 'all', why: 'ungrammatical', use: 'non connecté' },
    { term: 'elle marche', in: 'all', why: 'colloquial', use: 'elle fonctionne' },
    { term: "demandeurs d'asile", in: 'all', why: 'masculine generic', use: "personnes demandeuses d'asile" },
    { term: "demandeur d'asile", in: 'all', why: 'masculine generic', use: "personne demandeuse d'asile" },
    { term: "l'opérateur", in: 'all', why: 'masculine generic', use: 'opérateur·rice' },
    { term: 'le superviseur', in: 'all', why: 'masculine generic', use: 'superviseur·e / la supervision' },
    { term: 'un superviseur', in: 'all', why: 'masculine generic', use: 'superviseur·e / la supervision' },
    { term: 'du superviseur', in: 'all', why: 'masculine generic', use: 'de la personne qui supervise' },
    { term: 'premier superviseur', in: 'all', why: 'masculine generic', use: 'premier compte de supervision' },
    {
      term: "l'administrateur",
      in: 'all',
      why: 'masculine generic',
      use: "la personne qui administre / l'administration",
    },
    { term: '’', in: 'all', why: 'one apostrophe', use: "'" },
    { term: 'tu', in: 'all', why: 'tu only for the child', use: 'vous' },
    { term: 'toi', in: 'all', why: 'tu only for the child', use: 'vous' },
    { term: 'ton', in: 'all', why: 'tu only for the child', use: 'votre' },
    { term: 'tes', in: 'all', why: 'tu only for the child', use: 'vos' },
    { term: 'victime', in: 'visitor', why: 'survivor-centred wording', use: 'personne survivante / qui a subi …' },
    { term: 'victimes', in: 'visitor', why: 'survivor-centred wording', use: 'personnes survivantes' },
    { term: 'beaucoup moins délivrée', in: 'all', why: 'awkward', use: 'délivrée beaucoup plus rarement' },
  ],
  en: [
    {
      term: 'check in an interview',
      in: 'all',
      why: 'reads as the phrasal verb "check in"',
      use: 'In an interview, … check whether',
    },
    { term: 'passing fault', in: 'all', why: 'unclear', use: 'temporary fault' },
    { term: 'recover printer', in: 'all', why: 'unclear', use: 'clear printer error' },
    { term: 'set up recovery', in: 'all', why: 'jargon', use: 'prepare a way back into your account' },
    {
      term: 'that you can open later',
      in: 'all',
      why: 'you do not open a phone number',
      use: 'that you will still have later',
    },
    { term: 'paid middlemen', in: 'all', why: 'unclear', use: 'people who charge' },
    { term: 'counted for today', in: 'all', why: 'unclear', use: 'Counted today. Urgency: …' },
    { term: 'victim', in: 'visitor', why: 'survivor-centred wording', use: 'survivor' },
    { term: 'victims', in: 'visitor', why: 'survivor-centred wording', use: 'survivors' },
  ],
};

const ES_TU_TERMS = [...ES_TU_WORDS, ES_TU_IMPERATIVE.source];
const INM_VISA = /^directory\.json:services\.inm-visitante-humanitario\.description$/;

export const ALLOWED: readonly Allowance[] = [
  ...ES_TU_TERMS.map((term) => ({
    language: 'es' as const,
    term,
    keys: CHILD_TEXTS,
    why: 'the child pathway speaks to the child',
  })),
  ...['tu', 'toi', 'ton', 'tes'].map((term) => ({
    language: 'fr' as const,
    term,
    keys: CHILD_TEXTS,
    why: 'the child pathway speaks to the child',
  })),
  {
    language: 'ht',
    term: 'papye',
    keys: new RegExp(
      [
        // immigration papers
        '^(reports:)?categories\\.documents-regularisation$',
        '^directory\\.json:services\\.(grupos-beta-orientacion|linea-nacional-contra-la-trata|imumi-mujeres-migrantes|sin-fronteras-asesoria-legal)\\.description$',
        '^directory\\.json:services\\.asylum-access-mexico\\.whatToBring\\.0$',
        '^pathways\\.json:pathways\\.trafficking\\.(summary|steps\\.support\\.tell)$',
        '^pathways\\.json:pathways\\.asylum-deadline\\.steps\\.comar-urgent\\.doNot\\.0$',
        // the printer's paper itself
        '^operations\\.status\\.paper$',
        '^operations\\.incidents\\.faults\\.(paper_end|cutter_error)$',
        '^printerAdmin\\.problems\\.(paper_near_end|paper_end|cutter_error)$',
        '^printerAdmin\\.actions\\.recoverHelp$',
        '^checkDetails\\.printer\\.(preview_only|paper_near_end|paper_end|cutter_error)$',
        '^operations\\.json:(checklist\\.paper-spare|maintenanceKinds\\.paper-roll)\\.label$',
      ].join('|'),
    ),
    why: 'papers (documents) or the paper roll, not the slip',
  },
  { language: 'ht', term: 'viktim', keys: INM_VISA, why: 'the legal category the visa names' },
  { language: 'es', term: 'víctimas', keys: INM_VISA, why: 'the legal category the visa names' },
  { language: 'fr', term: 'victimes', keys: INM_VISA, why: 'the legal category the visa names' },
  { language: 'en', term: 'victims', keys: INM_VISA, why: 'the legal category the visa names' },
  {
    language: 'fr',
    term: 'billets',
    keys: /^pathways\.json:pathways\.voluntary-return\.steps\.iom\.doNot\.0$/,
    why: 'travel tickets',
  },
];
