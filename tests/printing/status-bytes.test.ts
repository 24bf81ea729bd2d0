import { describe, expect, it } from 'vitest';

import {
  isPaperStatusReply,
  isStatusReply,
  problemsFromStatus,
  stateFromProblems,
} from '../../main/services/printing/status/status-bytes.js';
import {
  HEALTHY,
  GARBAGE_REPLY,
  statusReply,
  type EmulatorFaults,
} from '../../main/services/printing/emulator/emulator-state.js';

const replies = (faults: Partial<EmulatorFaults>) => {
  const all = { ...HEALTHY, ...faults };
  return {
    printer: statusReply(1, all),
    offline: statusReply(2, all),
    error: statusReply(3, all),
    paper: statusReply(4, all),
  };
};

describe('DLE EOT replies', () => {
  it('accept exactly the bytes with the reply pattern', () => {
    const valid = Array.from({ length: 256 }, (_, b) => b).filter(isStatusReply);
    expect(valid).toHaveLength(16);
    for (const byte of valid) expect(byte & 0x93).toBe(0x12);
    for (const hostile of [0x00, 0xff, 0x10, 0x04, 0x1b, 0x80, 0x92, 0x13, ...GARBAGE_REPLY]) {
      expect(isStatusReply(hostile)).toBe(false);
      expect(() => problemsFromStatus({ printer: hostile, offline: 0x12, error: 0x12, paper: 0x12 })).toThrow(
        RangeError,
      );
    }
    for (const byte of GARBAGE_REPLY) expect(isPaperStatusReply(byte)).toBe(false);
  });

  it.each([
    [{}, [], 'ready'],
    [{ paper: 'near_end' as const }, ['paper_near_end'], 'warning'],
    [{ paper: 'out' as const }, ['paper_end'], 'not_ready'],
    [{ coverOpen: true }, ['cover_open'], 'not_ready'],
    [{ cutterError: true }, ['cutter_error'], 'not_ready'],
    [{ coverOpen: true, paper: 'near_end' as const }, ['cover_open', 'paper_near_end'], 'not_ready'],
  ])('%j → %j (%s)', (faults, problems, state) => {
    const found = problemsFromStatus(replies(faults));
    expect(found).toEqual(problems);
    expect(stateFromProblems(found)).toBe(state);
  });

  it('read bits Epson documents, offline only when nothing explains it', () => {
    expect(problemsFromStatus({ printer: 0x1a, offline: 0x12, error: 0x12, paper: 0x12 })).toEqual(['offline']);
    expect(problemsFromStatus({ printer: 0x12, offline: 0x12, error: 0x32, paper: 0x12 })).toEqual([
      'unrecoverable_error',
    ]);
    expect(problemsFromStatus({ printer: 0x12, offline: 0x12, error: 0x52, paper: 0x12 })).toEqual([
      'auto_recoverable_error',
    ]);
  });

  it('never call silence ready', () => {
    expect(stateFromProblems(['no_answer'])).toBe('unknown');
    expect(stateFromProblems(['status_not_available'])).toBe('unknown');
    expect(stateFromProblems(['disconnected'])).toBe('not_ready');
  });
});
