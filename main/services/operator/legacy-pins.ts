import { useDatabase } from '../db/index.js';

import { forgetLegacyPins, readLegacyPins } from './operator-store.js';
import { pepperHash } from './pin-hash.js';
import { newAccount, withAccount } from './staff-accounts.js';
import type { StaffContext } from './staff-context.js';
import { readStaffFile } from './staff-file.js';

/**
 * Kiosks from before named accounts kept one PIN per role in the database. On the first start with
 * accounts, those PINs become two accounts, "Supervisor" and "Operator" (a supervisor can rename
 * them): nobody has to learn a new PIN. The old hashes are peppered without knowing the PINs, written
 * to the staff file, and only then deleted from the database.
 */
export async function importLegacyPins(ctx: StaffContext): Promise<void> {
  const legacy = await useDatabase(ctx.database, ctx.logger, 'legacy_pins_read', readLegacyPins);
  if (!legacy.ok || legacy.value.size === 0) return;
  const existing = await readStaffFile(ctx.dataDir);
  if (existing.kind === 'missing') {
    const now = ctx.clock.now();
    const imported = await ctx.store.update((data, pepper) => {
      let next = data;
      for (const [role, hash] of legacy.value) {
        const peppered = pepperHash(hash, pepper);
        if (peppered === undefined) continue;
        const name = role === 'supervisor' ? 'Supervisor' : 'Operator';
        next = withAccount(next, { ...newAccount(name, role, peppered, now) });
      }
      return { data: next, value: next.accounts.length };
    });
    if (!imported.ok) return;
    ctx.logger.info('staff_accounts_imported', { accounts: imported.value });
  }
  // The staff file exists now (or already did): the database copies have nothing left to do.
  const forgotten = await useDatabase(ctx.database, ctx.logger, 'legacy_pins_forget', forgetLegacyPins);
  if (!forgotten.ok) ctx.logger.error('legacy_pins_not_forgotten', { code: forgotten.error.code });
}
