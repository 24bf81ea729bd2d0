// The turn ticket: what it carries in each language (golden files read back by the ESC/POS
// emulator), that an urgent or private turn prints the very same ticket, and that a printer out of
// paper leaves the turn counted with its number for the screen.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { LANGUAGES, type TakeTurnResponse, type TurnQueue } from '../../main/contract/index.js';
import type { PrinterProfile, SiteConfig } from '../../main/services/config/index.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { serveEmulatorOverTcp } from '../../main/services/printing/emulator/emulator-hosts.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { encodeSlip } from '../../main/services/printing/slip/slip-escpos.js';
import { calendarNamesByLanguage } from '../../main/services/texts/calendar-texts.js';
import { TICKET_TEXT_SET } from '../../main/services/turns/ticket-texts.js';
import { turnTicket } from '../../main/services/turns/turn-ticket.js';
import { printersFile, startPrintingKiosk } from '../printing/printing-support.js';
import { SAMPLE_CONFIG_DIR } from '../services/temp-dirs.js';
import { okValue } from '../support/result.js';
import { operatorToken } from '../support/staff-sessions.js';

const site = JSON.parse(await readFile(join(SAMPLE_CONFIG_DIR, 'site.json'), 'utf8')) as SiteConfig;
const calendar = calendarNamesByLanguage();
const NOW = new Date('2026-12-07T16:00:00Z');
const PROFILE: PrinterProfile = {
  paperWidthMm: 80,
  codePage: 'wpc1252',
  nativeQr: true,
  qrModuleSize: 6,
  status: true,
  paperMmPerSecond: 90,
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function printed(language: (typeof LANGUAGES)[number], number: string): Promise<string> {
  const doc = turnTicket({
    site,
    number,
    language,
    texts: TICKET_TEXT_SET.all[language],
    issuedAt: NOW,
    calendar: calendar[language],
    columns: 48,
    codePage: PROFILE.codePage,
  });
  const emulator = new EscPosEmulator();
  emulator.connect({ write: () => undefined, disconnect: () => undefined });
  emulator.receive(encodeSlip(doc, PROFILE).bytes);
  await emulator.until(() => emulator.paper.some((item) => item.kind === 'cut'));
  return paperText(emulator.paper, 48);
}

describe('the ticket', () => {
  it.each(LANGUAGES)('%s: the point, the day, the number and the language, nothing else', async (language) => {
    const text = await printed(language, '007');
    await expect(text).toMatchFileSnapshot(`golden/ticket-${language}.txt`);
    expect(text).toContain(site.name[language]);
    // Double-size digits: the emulator draws each double-width letter followed by a space.
    expect(text).toContain('0 0 7');
    // No time of day: a ticket must not tie a person to the minute they arrived.
    expect(text).not.toMatch(/\d{1,2}:\d{2}/);
  });
});

describe('taking a turn with a real printer', () => {
  it('prints the same neutral ticket whatever the need', async () => {
    const emulator = new EscPosEmulator();
    const host = await serveEmulatorOverTcp(emulator);
    cleanups.push(() => host.close());
    const kiosk = await startPrintingKiosk(
      printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port }, profile: PROFILE }),
    );
    cleanups.push(() => kiosk.services.close());
    const papers: string[] = [];
    for (const [index, need] of ['information', 'urgent_or_private'].entries()) {
      const answer = okValue(
        await kiosk.services.dispatch('takeTurn', {
          session: `visit-${index}`,
          requestKey: `tap-key-${index}000`,
          need,
          language: 'es',
        }),
      ) as TakeTurnResponse;
      expect(answer.ticket).toBe('printed');
      await emulator.until(() => emulator.paper.filter((p) => p.kind === 'cut').length === index + 1);
      papers.push(paperText(emulator.paper, 48));
    }
    const [first = '', both = ''] = papers;
    const second = both.slice(first.length);
    // The two tickets differ only in their number.
    expect(second.replace('0 0 2', 'N').trim()).toBe(first.replace('0 0 1', 'N').trim());
    expect(first).toContain('0 0 1');
    for (const word of ['urgent', 'privad', 'Urgen', 'Privad']) expect(both).not.toContain(word);
  });

  it('out of paper: the ticket is not printed, the turn counts and its number is given for the screen', async () => {
    const emulator = new EscPosEmulator();
    emulator.setFaults({ paper: 'out' });
    const host = await serveEmulatorOverTcp(emulator);
    cleanups.push(() => host.close());
    const kiosk = await startPrintingKiosk(
      printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port }, profile: PROFILE }),
    );
    cleanups.push(() => kiosk.services.close());
    const answer = okValue(
      await kiosk.services.dispatch('takeTurn', {
        session: 'visit-1',
        requestKey: 'tap-key-paper',
        need: 'referral',
        language: 'ht',
      }),
    ) as TakeTurnResponse;
    expect(answer).toMatchObject({ ticket: 'not_printed', existing: false, turn: { number: '001', ahead: 0 } });
    const token = await operatorToken(kiosk.services.dispatch, kiosk.dataDir);
    const queue = okValue(await kiosk.services.dispatch('listTurnQueue', { token })) as TurnQueue;
    expect(queue.turns.map((t) => [t.number, t.language])).toEqual([['001', 'ht']]);
  });
});
