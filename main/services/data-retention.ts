import type { Clock } from './clock.js';
import type { ConfigService } from './config/index.js';
import { purgeCorruptCopies } from './db/corrupt-copies.js';
import type { KioskDatabase } from './db/index.js';
import type { Logger } from './logger.js';
import { purgeOldNotes } from './operations/note-retention.js';
import type { ReferralLedger } from './referrals/referral-ledger-service.js';
import type { TurnService } from './turns/turn-service.js';

export interface DataRetentionOptions {
  readonly dataDir: string;
  readonly database: KioskDatabase;
  readonly config: ConfigService;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Folds referral codes past `retention.referralCodesDays` into daily totals and deletes them. */
  readonly referralLedger?: ReferralLedger | undefined;
  /** Folds the turns of past days into daily figures, so no per-turn time outlives its day. */
  readonly turns?: Pick<TurnService, 'fold'> | undefined;
  /** How often the purge runs after the first one at start, in ms (hourly by default). */
  readonly everyMs?: number | undefined;
}

export interface DataRetention {
  /** One purge now (also what the timer runs). */
  run(): Promise<void>;
  stop(): void;
}

const EVERY_MS = 60 * 60_000;

/**
 * Forgets what the kiosk must not keep for long: checklist notes after `retention.notesDays`,
 * moved-aside damaged databases after `retention.corruptCopiesDays` (operations.json). At start
 * and then on an unref'd timer, so a kiosk that never restarts forgets too.
 */
export function startDataRetention(options: DataRetentionOptions): DataRetention {
  const { dataDir, database, config, clock, logger } = options;
  const run = async (): Promise<void> => {
    const { notesDays, corruptCopiesDays } = config.operations().retention;
    try {
      const db = database.connection();
      const cleared = db === undefined ? 0 : await purgeOldNotes(db, clock.now(), notesDays);
      if (cleared > 0) logger.info('notes_purged', { count: cleared });
      const deleted = await purgeCorruptCopies(dataDir, clock.now(), corruptCopiesDays);
      if (deleted.length > 0) logger.info('corrupt_copies_deleted', { count: deleted.length });
      const folded = (await options.referralLedger?.fold()) ?? 0;
      if (folded > 0) logger.info('referral_codes_folded', { count: folded });
      await options.turns?.fold();
    } catch (error) {
      logger.warn('retention_purge_failed', { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const timer = setInterval(() => void run(), options.everyMs ?? EVERY_MS);
  timer.unref();
  return {
    run,
    stop: () => {
      clearInterval(timer);
    },
  };
}
