import type { Language } from '../../../contract/index.js';

/**
 * The fixed words of a referral slip, in the four languages. They live with the slip rather than
 * in the screens' locale files because they are printed by main, and a slip must print even when
 * the UI's texts change. Kreyòl follows the standard orthography with the product's fixed terms
 * (Sèvis, Ijans, Telefòn, Gratis, Dokiman, anplwaye).
 */
export interface SlipTexts {
  readonly title: string;
  readonly service: string;
  readonly address: string;
  readonly howToFind: string;
  readonly hours: string;
  readonly closed: string;
  readonly phone: string;
  readonly whatsapp: string;
  readonly cost: string;
  readonly free: string;
  readonly paid: string;
  readonly whatToBring: string;
  readonly nothingToBring: string;
  readonly emergency: string;
  readonly open24h: string;
  readonly referralCode: string;
  readonly showToStaff: string;
  readonly forReceivingService: string;
  /** The Spanish block's sentence; `{par}` and `{date}` are filled in. */
  readonly receivingNote: string;
  readonly noPersonalData: string;
  readonly sample: string;
  readonly selfTest: string;
}

export const SLIP_TEXTS: Readonly<Record<Language, SlipTexts>> = {
  es: {
    title: 'Hoja de referencia',
    service: 'Servicio',
    address: 'Dirección',
    howToFind: 'Cómo llegar',
    hours: 'Horario',
    closed: 'cerrado',
    phone: 'Teléfono',
    whatsapp: 'WhatsApp',
    cost: 'Costo',
    free: 'Gratuito',
    paid: 'Con costo',
    whatToBring: 'Qué llevar',
    nothingToBring: 'No hace falta llevar nada.',
    emergency: 'Números de emergencia',
    open24h: '24 h',
    referralCode: 'Código de referencia',
    showToStaff: 'Muestre este código al personal.',
    forReceivingService: 'Para el servicio que recibe',
    receivingNote: 'Persona orientada en {par} el {date}. El código y el QR identifican esta hoja, no a la persona.',
    noPersonalData: 'Esta hoja no contiene datos personales.',
    sample: 'EJEMPLO: verifique los datos antes de usarlos.',
    selfTest: 'Prueba de caracteres',
  },
  en: {
    title: 'Referral slip',
    service: 'Service',
    address: 'Address',
    howToFind: 'How to find it',
    hours: 'Opening hours',
    closed: 'closed',
    phone: 'Phone',
    whatsapp: 'WhatsApp',
    cost: 'Cost',
    free: 'Free',
    paid: 'There is a cost',
    whatToBring: 'What to bring',
    nothingToBring: 'You do not need to bring anything.',
    emergency: 'Emergency numbers',
    open24h: '24 h',
    referralCode: 'Referral code',
    showToStaff: 'Show this code to staff.',
    forReceivingService: 'For the receiving service',
    receivingNote: 'Person referred at {par} on {date}. The code and QR identify this slip, not the person.',
    noPersonalData: 'This slip holds no personal data.',
    sample: 'SAMPLE: verify the details before use.',
    selfTest: 'Character test',
  },
  fr: {
    title: "Fiche d'orientation",
    service: 'Service',
    address: 'Adresse',
    howToFind: 'Comment y aller',
    hours: 'Horaires',
    closed: 'fermé',
    phone: 'Téléphone',
    whatsapp: 'WhatsApp',
    cost: 'Coût',
    free: 'Gratuit',
    paid: 'Payant',
    whatToBring: 'À apporter',
    nothingToBring: "Vous n'avez rien à apporter.",
    emergency: "Numéros d'urgence",
    open24h: '24 h/24',
    referralCode: "Code d'orientation",
    showToStaff: 'Montrez ce code au personnel.',
    forReceivingService: "Pour le service d'accueil",
    receivingNote: 'Personne orientée à {par} le {date}. Le code et le QR identifient cette fiche, pas la personne.',
    noPersonalData: 'Cette fiche ne contient aucune donnée personnelle.',
    sample: 'EXEMPLE : vérifiez les informations avant usage.',
    selfTest: 'Test des caractères',
  },
  ht: {
    title: 'Fich referans',
    service: 'Sèvis',
    address: 'Adrès',
    howToFind: 'Kijan pou w jwenn li',
    hours: 'Lè li louvri',
    closed: 'fèmen',
    phone: 'Telefòn',
    whatsapp: 'WhatsApp',
    cost: 'Pri',
    free: 'Gratis',
    paid: 'Fòk ou peye',
    whatToBring: 'Sa pou w pote',
    nothingToBring: 'Ou pa bezwen pote anyen.',
    emergency: 'Nimewo ijans',
    open24h: '24 sou 24',
    referralCode: 'Kòd referans',
    showToStaff: 'Montre yon anplwaye kòd sa a.',
    forReceivingService: 'Pou sèvis k ap resevwa w la',
    receivingNote:
      'Moun sa a te resevwa oryantasyon nan {par} jou {date}. Kòd la ak QR la idantifye fich la, pa moun nan.',
    noPersonalData: 'Fich sa a pa gen okenn enfòmasyon pèsonèl.',
    sample: 'EGZANP: verifye enfòmasyon yo anvan ou sèvi ak yo.',
    selfTest: 'Tès karaktè',
  },
};

/**
 * Every letter the four languages need, for the code-page self-test slip: a printer set to the
 * wrong page shows wrong letters here before a visitor ever sees one.
 */
export const SELF_TEST_LINES: readonly string[] = [
  'es: ñ á é í ó ú ü ¿ ¡  Ñ Á É Í Ó Ú Ü',
  'fr: à â ç é è ê ë î ï ô ù û ü ÿ œ æ',
  'FR: À Â Ç É È Ê Ë Î Ï Ô Ù Û Ü Œ Æ',
  'ht: è ò à  È Ò À',
  '€ « » ° ¿ ¡',
  '“quotes” ‘quote’ – — …',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'abcdefghijklmnopqrstuvwxyz 0123456789',
];
