// Child process for the durability test: writes usage counters, activity entries and print jobs
// through the kiosk's own database layer as fast as it can, and prints `COMMITTED <kind> <n>` only
// after each transaction has committed. The parent kills it with SIGKILL at a random moment.
import { fixedClock } from '../../main/services/clock.js';
import { openKioskDatabase } from '../../main/services/db/index.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { createUsageCounters } from '../../main/services/usage/usage-counters.js';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: durability-writer DATA_DIR');

const clock = fixedClock(new Date('2026-11-23T18:00:00Z'));
const logger = createMemoryLogger();
const database = await openKioskDatabase({ dataDir, clock, logger });
const db = database.connection();
if (db === undefined) throw new Error(`database unavailable: ${JSON.stringify(database.status())}`);
const usage = createUsageCounters({ database, clock, logger, timeZone: () => 'America/Mexico_City' });

process.stdout.write('READY\n');
for (let n = 1; ; n += 1) {
  const counted = await usage.record('topic_opened', 'durability');
  if (!counted.ok) throw new Error(counted.error.code);
  process.stdout.write(`COMMITTED usage ${counted.value.count}\n`);
  const entryId = await db.transaction(async (tx) => {
    const row = await tx.get<{ id: number }>(
      "INSERT INTO activity_entry (day, type, category, language, recorded_on) VALUES ('2026-11-23', 'talk-group', NULL, 'es', '2026-11-23') RETURNING id",
    );
    if (row === undefined) throw new Error('no id');
    await tx.run("INSERT INTO activity_count (entry_id, sex, age, count) VALUES (?, 'female', '18-59', ?)", [
      row.id,
      n,
    ]);
    return row.id;
  });
  process.stdout.write(`COMMITTED activity ${entryId}\n`);
  const job = await db.get<{ id: number }>(
    "INSERT INTO print_job (service_id, language, referral_code, printer, state, created_at, updated_at) VALUES ('comar-asilo', 'es', ?, 'bench', 'printed', ?, ?) RETURNING id",
    [`CODE-${n}`, clock.now().toISOString(), clock.now().toISOString()],
  );
  process.stdout.write(`COMMITTED job ${job?.id ?? 0}\n`);
}
