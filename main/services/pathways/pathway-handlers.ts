import {
  err,
  isoDay,
  ok,
  URGENCIES,
  type Pathway,
  type PathwaySummary,
  type Result,
  type ServiceEntry,
  type SlipOutcome,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import type { DocumentPrintResult, PrintingService } from '../printing/printing-service.js';
import type { SlipDocument } from '../printing/slip/slip-document.js';
import { slipText } from '../printing/slip/slip-render.js';
import type { ReferralLedger } from '../referrals/referral-ledger-service.js';
import { newReferralCode, validateReferralCode } from '../referrals/referral-code.js';
import { referralQrPayload } from '../referrals/referral.js';
import { calendarNamesByLanguage } from '../texts/calendar-texts.js';

import { countPathwayReferral, readPathwayReferralCounts } from './pathway-counts.js';
import { referralNote, visitorSlip, type PathwaySlipInput } from './pathway-slips.js';
import { pathwaySvg } from './pathway-svg.js';
import { summariseWalk } from './pathway-walk.js';

type PathwayMethods =
  'listPathways' | 'getPathway' | 'completePathwayReferral' | 'printPathwaySlips' | 'getPathwayReferralCounts';

export interface PathwayDeps {
  readonly config: ConfigService;
  readonly database: KioskDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly printing: PrintingService;
  readonly referralLedger?: ReferralLedger | undefined;
}

/** The widest page a slip is shown at on screen (80 mm paper). */
const SCREEN_COLUMNS = 48;
const MAX_COUNT_DAYS = 366;

/**
 * Protection referral pathways for staff: the flowcharts, the walk's end (counted once, as day,
 * profile and urgency only) and the two slips. Step states never reach the services except as the
 * walk that is checked and then forgotten.
 */
export function createPathwayHandlers(deps: PathwayDeps): Pick<KioskHandlers, PathwayMethods> {
  const { config, database, clock, logger, printing } = deps;

  const findPathway = (id: string): Result<Pathway> => {
    const pathway = config.pathways().pathways.find((p) => p.id === id);
    return pathway === undefined ? err('NOT_FOUND', `no pathway "${id}" in pathways.json`) : ok(pathway);
  };
  const servicesOf = (ids: readonly string[]): ServiceEntry[] => {
    const byId = new Map(config.directory().services.map((s) => [s.id, s]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };

  return {
    listPathways: ({ language }) => {
      const pathways = config.pathways().pathways.map((p): PathwaySummary => ({
        id: p.id,
        sample: p.sample,
        title: p.title[language],
        summary: p.summary[language],
        topUrgency: URGENCIES.find((u) => p.steps.some((s) => s.urgency === u)) ?? '2w',
        steps: p.steps.length,
      }));
      return Promise.resolve(ok({ pathways }));
    },

    getPathway: ({ id, language }) => {
      const pathway = findPathway(id);
      if (!pathway.ok) return Promise.resolve(pathway);
      const ids = [...new Set(pathway.value.steps.flatMap((s) => s.contacts))];
      const contacts = servicesOf(ids);
      const services = new Map(contacts.map((s) => [s.id, s]));
      return Promise.resolve(
        ok({ pathway: pathway.value, contacts, svg: pathwaySvg({ pathway: pathway.value, language, services }) }),
      );
    },

    completePathwayReferral: async ({ profile, walk }) => {
      const pathway = findPathway(profile);
      if (!pathway.ok) return pathway;
      const summary = summariseWalk(pathway.value, walk);
      if (!summary.ok) return summary;
      const timeZone = config.site()?.timezone;
      if (timeZone === undefined) return err('CONFIG_UNAVAILABLE', 'site.json has never been valid.');
      const day = isoDay(clock.now(), timeZone);
      const counted = await useDatabase(database, logger, 'pathway_count', (db) =>
        countPathwayReferral(db, day, profile, summary.value.urgency),
      );
      if (!counted.ok) return counted;
      const referralCode = newReferralCode();
      const { urgency, contacts } = summary.value;
      logger.info('pathway_referral_counted', { profile, urgency });
      return ok({
        profile,
        urgency,
        contacts: [...contacts],
        referralCode,
        qrPayload: referralQrPayload(referralCode),
        day,
      });
    },

    printPathwaySlips: async ({ profile, walk, referralCode, language }) => {
      const pathway = findPathway(profile);
      if (!pathway.ok) return pathway;
      const summary = summariseWalk(pathway.value, walk);
      if (!summary.ok) return summary;
      const code = validateReferralCode(referralCode);
      if (!code.valid) return err('INVALID_PAYLOAD', `referralCode: not a valid code (${code.reason})`);
      // Noted when printed, in the visitor's language: one referral, however often it is reprinted.
      if (code.scheme === 'gf32') {
        await deps.referralLedger?.issued({
          code: code.code,
          kind: 'pathway',
          serviceId: profile,
          category: 'pathway',
          language,
        });
      }
      const site = config.site();
      if (site === undefined) return err('CONFIG_UNAVAILABLE', 'site.json has never been valid.');
      const services = servicesOf(summary.value.contacts);
      const base: Omit<PathwaySlipInput, 'columns' | 'codePage'> = {
        site,
        pathway: pathway.value,
        urgency: summary.value.urgency,
        services,
        referralCode: code.code,
        qrPayload: referralQrPayload(code.code),
        language,
        issuedAt: clock.now(),
        calendar: calendarNamesByLanguage(),
      };
      const onScreen = (build: (input: PathwaySlipInput) => SlipDocument): string =>
        slipText(build({ ...base, columns: SCREEN_COLUMNS, codePage: 'wpc1252' }));
      const outcome = (printed: DocumentPrintResult, text: string): SlipOutcome => ({
        outcome: printed.outcome,
        problems: [...printed.problems],
        text,
      });

      // The visitor's slip counts for the kiosk's slip limit; past it, it is shown on screen and
      // the note (for the service, handed over by staff) still prints.
      const first = await printing.printDocument((page) => visitorSlip({ ...base, ...page }), { visitorSlip: true });
      // A printer that just failed would only fail again, and the operator would wait twice.
      const second: DocumentPrintResult =
        first.outcome === 'not_printed'
          ? first
          : await printing.printDocument((page) => referralNote({ ...base, ...page }));
      logger.info('pathway_slips', { profile, visitor: first.outcome, note: second.outcome });
      return ok({
        referralCode: code.code,
        visitorSlip: outcome(first, onScreen(visitorSlip)),
        referralNote: outcome(second, onScreen(referralNote)),
      });
    },

    getPathwayReferralCounts: async ({ from, to }) => {
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (span < 0) return err('INVALID_PERIOD', '"from" is after "to"');
      if (span > MAX_COUNT_DAYS) return err('INVALID_PERIOD', `at most ${MAX_COUNT_DAYS} days at a time`);
      return useDatabase(database, logger, 'pathway_counts', async (db) => ({
        counts: await readPathwayReferralCounts(db, from, to),
      }));
    },
  };
}
