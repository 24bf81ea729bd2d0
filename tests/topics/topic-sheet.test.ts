// The take-away sheet: printed on the emulated printer in the visitor's language, a neutral title
// for a sensitive topic, nothing about the person, on screen when the printer fails, and counted
// per topic under the slip metrics.
import { afterEach, describe, expect, it } from 'vitest';

import { LANGUAGES, topicSheetResultSchema, type TopicSheetResult } from '../../main/contract/index.js';
import { serveEmulatorOverTcp } from '../../main/services/printing/emulator/emulator-hosts.js';
import { paperText } from '../../main/services/printing/emulator/emulator-render.js';
import { EscPosEmulator } from '../../main/services/printing/emulator/escpos-emulator.js';
import { printersFile, startPrintingKiosk, type PrintingKiosk } from '../printing/printing-support.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function kioskWith(printers: Record<string, unknown> | undefined): Promise<PrintingKiosk> {
  const kiosk = await startPrintingKiosk(printers);
  cleanups.push(() => kiosk.services.close());
  return kiosk;
}

async function counted(kiosk: PrintingKiosk, metric: string, key: string): Promise<number> {
  const result = await kiosk.services.dispatch('recordUsage', { metric, key });
  if (!result.ok) throw new Error(result.error.code);
  return (result.value as { count: number }).count - 1;
}

async function sheet(kiosk: PrintingKiosk, topicId: string, language: string): Promise<TopicSheetResult> {
  const result = await kiosk.services.dispatch('printTopicSheet', { topicId, language });
  if (!result.ok) throw new Error(`printTopicSheet failed: ${result.error.code}`);
  return topicSheetResultSchema.parse(result.value);
}

/** Spaces as the paper has them: wrapped lines joined, so a sentence can be searched whole. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('the take-away sheet on an emulated printer', () => {
  async function emulated(): Promise<{ kiosk: PrintingKiosk; emulator: EscPosEmulator }> {
    const emulator = new EscPosEmulator();
    const host = await serveEmulatorOverTcp(emulator);
    cleanups.push(() => host.close());
    const kiosk = await kioskWith(printersFile({ transport: { kind: 'tcp', host: '127.0.0.1', port: host.port } }));
    return { kiosk, emulator };
  }

  it('prints summary and steps in each language, decoded with the printer’s code page', async () => {
    const { kiosk, emulator } = await emulated();
    const expected = {
      es: ['Los pasos', 'Registro Civil', 'primera copia certificada del acta son gratis'],
      en: ['The steps', 'Registro Civil', 'first certified copy of the certificate are free'],
      fr: ['Les étapes', 'Registro Civil', 'première copie certifiée de l’acte sont gratuites'.replace('’', "'")],
      ht: ['Etap yo', 'Registro Civil', 'premye kopi sètifye batistè a gratis'],
    } as const;
    for (const language of LANGUAGES) {
      const before = emulator.paper.length;
      const answer = await sheet(kiosk, 'birth-registration', language);
      expect(answer).toMatchObject({ outcome: 'printed', problems: [] });
      const printed = flat(paperText(emulator.paper.slice(before)));
      for (const words of expected[language]) expect(printed).toContain(words);
      expect(printed).toContain('1. ');
      expect(printed).toContain('4. ');
    }
    expect(await counted(kiosk, 'slip_printed', 'sheet.birth-registration')).toBe(4);
    // Referral slips are counted apart, by service category.
    expect(await counted(kiosk, 'slip_printed', 'children')).toBe(0);
  });

  it('prints a sensitive topic under its neutral title, and never the screen title', async () => {
    const { kiosk, emulator } = await emulated();
    await sheet(kiosk, 'asylum', 'es');
    await sheet(kiosk, 'detention', 'ht');
    const printed = flat(paperText(emulator.paper));
    expect(printed).toContain('Información sobre trámites');
    expect(printed).toContain('Enfòmasyon sou demach yo');
    expect(printed).not.toContain('Pedir asilo (ser');
    expect(printed).not.toContain('Si migrasyon arete ou oswa yon timoun');
    // Nothing that names a person, and no source link that would tell the topic.
    expect(printed).not.toMatch(/https?:/);
    expect(printed).toContain('Esta hoja no lleva ningún dato personal.');
    // Nor do the logs say which topic someone took away.
    const logged = JSON.stringify(kiosk.logger.lines);
    expect(logged).toContain('topic_sheet');
    expect(logged).not.toMatch(/asylum|detention/);
  });

  it('shows the sheet on screen, with the source page, when the printer fails, and counts the failure', async () => {
    const { kiosk, emulator } = await emulated();
    emulator.setFaults({ paper: 'out' });
    const answer = await sheet(kiosk, 'scams', 'fr');
    expect(answer.outcome).toBe('not_printed');
    expect(answer.problems).toContain('paper_end');
    expect(answer.sourceUrl).toBe('https://redsafe.icrc.org');
    expect(flat(answer.text)).toContain('Les démarches sont gratuites.');
    expect(flat(answer.text)).toContain('Les étapes');
    expect(paperText(emulator.paper).trim()).toBe('');
    expect(await counted(kiosk, 'slip_failed', 'sheet.scams')).toBe(1);
    expect(await counted(kiosk, 'slip_printed', 'sheet.scams')).toBe(0);
  });

  it("counts sheets for the kiosk's per-minute slip limit, and shows the sheet on screen past it", async () => {
    const emulator = new EscPosEmulator();
    const host = await serveEmulatorOverTcp(emulator);
    cleanups.push(() => host.close());
    const transport = { kind: 'tcp', host: '127.0.0.1', port: host.port };
    const kiosk = await kioskWith(printersFile({ transport }, { slipLimit: { perSession: 3, perMinute: 2 } }));
    expect((await sheet(kiosk, 'scams', 'ht')).outcome).toBe('printed');
    expect((await sheet(kiosk, 'scams', 'ht')).outcome).toBe('printed');
    const before = emulator.paper.length;
    const limited = await sheet(kiosk, 'scams', 'ht');
    expect(limited.outcome).toBe('limited');
    expect(flat(limited.text)).toContain('Etap yo');
    expect(emulator.paper.length).toBe(before);
    expect(await counted(kiosk, 'slip_shown', 'sheet.scams')).toBe(1);
  });
});

describe('the take-away sheet without a printer', () => {
  it('answers not_printed with the text to show, when printers.json was never valid', async () => {
    const kiosk = await kioskWith({ printers: 'none' });
    const answer = await sheet(kiosk, 'family-links', 'ht');
    expect(answer.outcome).toBe('not_printed');
    expect(answer.text).toContain('Lakwa Wouj ede ou chèche fanmi ou');
    expect(await counted(kiosk, 'slip_failed', 'sheet.family-links')).toBe(1);
  });

  it('refuses a topic the configuration does not have, and a key that is not a topic', async () => {
    const kiosk = await kioskWith(undefined);
    expect(await kiosk.services.dispatch('printTopicSheet', { topicId: 'lottery', language: 'es' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    expect(
      await kiosk.services.dispatch('recordUsage', { metric: 'slip_printed', key: 'sheet.lottery' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await kiosk.services.dispatch('recordUsage', { metric: 'topic_opened', key: 'asylum' })).toMatchObject({
      ok: true,
    });
  });
});
