import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

import { createStderrLogger, formatLogLine } from '../../main/services/logger.js';

describe('the stderr logger', () => {
  let written: string[];
  let spy: MockInstance<typeof process.stderr.write>;

  beforeEach(() => {
    written = [];
    spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    spy.mockRestore();
  });

  it("keeps the line's level when a field is called level, and keeps the field's value too", () => {
    createStderrLogger().warn('x', { level: 1 });
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('"level":"warn"');
    expect(JSON.parse(written[0] ?? '')).toMatchObject({ level: 'warn', event: 'x', field_level: 1 });
  });

  it('keeps at and event when fields carry the same names', () => {
    createStderrLogger().error('disk_full', { at: 'elsewhere', event: 'other', free: 0 });
    const line = JSON.parse(written[0] ?? '') as Record<string, unknown>;
    expect(line.event).toBe('disk_full');
    expect(line.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(line).toMatchObject({ field_at: 'elsewhere', field_event: 'other', free: 0 });
  });

  it('writes nothing below its minimum level', () => {
    const logger = createStderrLogger('warn');
    logger.info('quiet', {});
    logger.warn('loud');
    expect(written.map((l) => (JSON.parse(l) as { event: string }).event)).toEqual(['loud']);
  });
});

describe('formatLogLine', () => {
  it('puts its own keys first and a __proto__ field as a plain key', () => {
    const fields = JSON.parse('{"__proto__":{"polluted":true},"n":2}') as Record<string, unknown>;
    const text = formatLogLine(new Date('2026-12-06T10:00:00Z'), 'info', 'e', fields);
    expect(text).toBe(
      '{"at":"2026-12-06T10:00:00.000Z","level":"info","event":"e","__proto__":{"polluted":true},"n":2}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
