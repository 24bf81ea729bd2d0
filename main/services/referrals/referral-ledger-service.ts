import {
  isoDay,
  type Language,
  type PartnerImportResult,
  type OutcomeReport,
  type OutcomeSource,
  type ReferralKind,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import type { KioskDatabase } from '../db/index.js';
import type { Logger } from '../logger.js';

import { importPartnerOutcomes } from './partner-import.js';
import {
  foldReferralsBefore,
  lookupReferral,
  recordOutcome,
  recordReferral,
  type LedgerLookup,
  type OutcomeWrite,
} from './referral-ledger.js';

export interface ReferralLedgerOptions {
  readonly database: KioskDatabase;
  readonly config: ConfigService;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface IssuedReferral {
  readonly code: string;
  readonly kind: ReferralKind;
  readonly serviceId: string;
  readonly category: string;
  readonly language: Language;
}

export interface ReferralLedger {
  /**
   * Notes a referral just given. Never fails the caller: a visitor who got a slip keeps it even if
   * the ledger cannot be written (the failure is logged without the code).
   */
  issued(referral: IssuedReferral): Promise<boolean>;
  lookup(typed: string): Promise<LedgerLookup | undefined>;
  record(code: string, report: OutcomeReport, source: OutcomeSource): Promise<OutcomeWrite | undefined>;
  /** A partner's CSV of codes and outcomes, checked or applied; undefined while there is no database or site. */
  importPartner(csv: string, apply: boolean): Promise<PartnerImportResult | undefined>;
  /** Folds and deletes referrals older than `retention.referralCodesDays`; returns how many. */
  fold(): Promise<number>;
}

const DAY_MS = 86_400_000;

export function createReferralLedger(options: ReferralLedgerOptions): ReferralLedger {
  const { database, config, clock, logger } = options;
  const today = (): string | undefined => {
    const timeZone = config.site()?.timezone;
    return timeZone === undefined ? undefined : isoDay(clock.now(), timeZone);
  };
  return {
    async issued(referral) {
      const db = database.connection();
      const day = today();
      if (db === undefined || day === undefined) return false;
      try {
        await recordReferral(db, { ...referral, day });
        return true;
      } catch (error) {
        logger.warn('referral_ledger_write_failed', { error: error instanceof Error ? error.message : String(error) });
        return false;
      }
    },
    async lookup(typed) {
      const db = database.connection();
      return db === undefined ? undefined : lookupReferral(db, typed);
    },
    async record(code, report, source) {
      const db = database.connection();
      const day = today();
      if (db === undefined || day === undefined) return undefined;
      return recordOutcome(db, code, report, source, day);
    },
    async importPartner(csv, apply) {
      const db = database.connection();
      const day = today();
      if (db === undefined || day === undefined) return undefined;
      return importPartnerOutcomes(db, csv, day, apply);
    },
    async fold() {
      const db = database.connection();
      const timeZone = config.site()?.timezone;
      if (db === undefined || timeZone === undefined) return 0;
      const days = config.operations().retention.referralCodesDays;
      const cutoff = isoDay(new Date(clock.now().getTime() - days * DAY_MS), timeZone);
      return db.transaction((tx) => foldReferralsBefore(tx, cutoff));
    },
  };
}
