import type { Language, Urgency } from '../../contract/index.js';

/**
 * The fixed words of the pathway flowchart and slips. Like the referral slip's words they live in
 * main, not in the screens' locale files: the CLI draws flowcharts and the services print slips
 * without the UI. Kreyòl in standard orthography, short and plain.
 */
export interface PathwayTexts {
  readonly urgency: Readonly<Record<Urgency, string>>;
  readonly sample: string;
  readonly contacts: string;
  readonly doNot: string;
  readonly tell: string;
  readonly end: string;
  readonly urgencyLegend: string;
  readonly slipTitle: string;
  readonly goTo: string;
  readonly whatHappensNext: string;
  readonly noteTitle: string;
  /** Printed before the pathway's neutral `noteLabel`: the note names a route, never a profile. */
  readonly route: string;
  readonly defaultRoute: string;
  readonly handOver: string;
  readonly noteBody: string;
}

export const PATHWAY_TEXTS: Readonly<Record<Language, PathwayTexts>> = {
  es: {
    urgency: { immediate: 'Inmediato', '24h': 'En 24 horas', '72h': 'En 72 horas', '2w': 'En 2 semanas' },
    sample: 'EJEMPLO: verificar con las organizaciones locales',
    contacts: 'Contactar',
    doNot: 'No hacer',
    tell: 'Decir',
    end: 'Fin',
    urgencyLegend: 'Urgencia',
    slipTitle: 'Hoja de referencia',
    goTo: 'Adónde ir',
    whatHappensNext: 'Qué pasa ahora',
    noteTitle: 'Nota de referencia para el servicio que recibe',
    route: 'Ruta',
    defaultRoute: 'Ruta de protección',
    handOver: 'Entregar al personal del servicio que recibe.',
    noteBody:
      'Referencia hecha en {par} el {date} siguiendo la ruta acordada. El código identifica esta nota, no a la persona. No contiene datos personales.',
  },
  en: {
    urgency: { immediate: 'Immediately', '24h': 'Within 24 hours', '72h': 'Within 72 hours', '2w': 'Within 2 weeks' },
    sample: 'SAMPLE: verify with local partners',
    contacts: 'Contact',
    doNot: 'Do not',
    tell: 'Say',
    end: 'End',
    urgencyLegend: 'Urgency',
    slipTitle: 'Referral slip',
    goTo: 'Where to go',
    whatHappensNext: 'What happens next',
    noteTitle: 'Referral note for the receiving service',
    route: 'Route',
    defaultRoute: 'Protection route',
    handOver: 'Hand to the staff of the receiving service.',
    noteBody:
      'Referred at {par} on {date} following the agreed pathway. The code identifies this note, not the person. It holds no personal data.',
  },
  fr: {
    urgency: { immediate: 'Immédiatement', '24h': 'Sous 24 heures', '72h': 'Sous 72 heures', '2w': 'Sous 2 semaines' },
    sample: 'EXEMPLE : à vérifier avec les partenaires locaux',
    contacts: 'Contacter',
    doNot: 'À ne pas faire',
    tell: 'Dire',
    end: 'Fin',
    urgencyLegend: 'Urgence',
    slipTitle: "Billet d'orientation",
    goTo: 'Où aller',
    whatHappensNext: 'Et maintenant',
    noteTitle: "Note d'orientation pour le service qui reçoit",
    route: 'Parcours',
    defaultRoute: 'Parcours de protection',
    handOver: 'À remettre au personnel du service qui reçoit.',
    noteBody:
      'Orientation faite à {par} le {date} selon le parcours convenu. Le code identifie cette note, pas la personne. Elle ne contient aucune donnée personnelle.',
  },
  ht: {
    urgency: { immediate: 'Touswit', '24h': 'Nan 24 èdtan', '72h': 'Nan 72 èdtan', '2w': 'Nan 2 semèn' },
    sample: 'EGZANP: verifye ak òganizasyon lokal yo',
    contacts: 'Kontakte',
    doNot: 'Pa fè',
    tell: 'Di',
    end: 'Fen',
    urgencyLegend: 'Ijans',
    slipTitle: 'Papye referans',
    goTo: 'Ki kote pou w ale',
    whatHappensNext: 'Sa k ap pase apre',
    noteTitle: 'Nòt referans pou sèvis k ap resevwa moun nan',
    route: 'Wout',
    defaultRoute: 'Wout pwoteksyon',
    handOver: 'Bay anplwaye sèvis k ap resevwa moun nan nòt sa a.',
    noteBody:
      'Referans fèt nan {par} jou {date} dapre chemen yo te dakò a. Kòd la idantifye nòt sa a, li pa idantifye moun nan. Pa gen okenn done pèsonèl ladan l.',
  },
};

/** Flowchart colours per urgency, always drawn with the urgency's words beside them. */
export const URGENCY_COLOURS: Readonly<Record<Urgency, { readonly fill: string; readonly text: string }>> = {
  immediate: { fill: '#b3261e', text: '#ffffff' },
  '24h': { fill: '#c25100', text: '#ffffff' },
  '72h': { fill: '#f2c230', text: '#1a1a1a' },
  '2w': { fill: '#2e7d32', text: '#ffffff' },
};
