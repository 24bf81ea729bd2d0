import { decodeText, type CodePage } from '../escpos/code-pages.js';

import { GARBAGE_REPLY, HEALTHY, paperReply, statusReply, type EmulatorFaults } from './emulator-state.js';

/** What came out on paper, in order. */
export type PaperItem =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly align: 'left' | 'center' | 'right';
      readonly bold: boolean;
      readonly scale: number;
    }
  | { readonly kind: 'qr'; readonly payload: Uint8Array; readonly model: number; readonly moduleSize: number }
  | { readonly kind: 'cut' };

export interface EmulatorOptions {
  /** Pace input to this line speed (8N1: baud/10 bytes per second); undefined = as fast as it comes. */
  readonly baudRate?: number | undefined;
  /** Power on in Chinese double-byte mode, as many clones do, until `FS .`. */
  readonly startsInChineseMode?: boolean;
}

/** Where replies go (the serial line, the TCP socket) and how the "cable" is pulled. */
export interface EmulatorPeer {
  write(bytes: Uint8Array): void;
  disconnect(): void;
}

/** `ESC t n` → page shown. Pages the kiosk never selects (0 = PC437 at power-on) show as CP858. */
function pageFor(n: number): CodePage {
  return n === 16 ? 'wpc1252' : 'cp858';
}

/**
 * A small ESC/POS printer in software: parses the commands the kiosk sends, decodes text with the
 * selected code page (a wrong page shows as wrong letters), answers `DLE EOT` and `GS r` from a
 * scriptable state, and paces itself to a baud rate, since a pseudo-terminal ignores the rate.
 */
export class EscPosEmulator {
  faults: EmulatorFaults = { ...HEALTHY };
  readonly paper: PaperItem[] = [];
  /** Every command seen, by name (`ESC @`, `FS .`, `GS ( k 81`, …), for tests to check order. */
  readonly commands: string[] = [];
  received = 0;
  rasterBytes = 0;

  private peer: EmulatorPeer | undefined;
  private readonly wire: number[] = [];
  private pending: number[] = [];
  private nextByteAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private line: number[] = [];
  private style = { align: 'left' as 'left' | 'center' | 'right', bold: false, scale: 1 };
  private codePage = 0;
  private chinese: boolean;
  private qrData = new Uint8Array();
  private qrModel = 2;
  private qrSize = 3;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: EmulatorOptions = {}) {
    this.chinese = options.startsInChineseMode ?? false;
  }

  connect(peer: EmulatorPeer): void {
    this.peer = peer;
  }

  setFaults(change: Partial<EmulatorFaults>): void {
    this.faults = { ...this.faults, ...change };
  }

  /** Called after input has been processed: tests wait on it instead of sleeping. */
  onProgress(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once `done()` holds; checked after every processed batch. */
  until(done: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      if (done()) {
        resolve();
        return;
      }
      const stop = this.onProgress(() => {
        if (done()) {
          stop();
          resolve();
        }
      });
    });
  }

  /** Bytes from the kiosk. */
  receive(chunk: Uint8Array): void {
    if (this.faults.stalled) return;
    for (const byte of chunk) this.wire.push(byte);
    const now = performance.now();
    if (this.nextByteAt < now) this.nextByteAt = now;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    const rate = this.options.baudRate;
    if (rate === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.drain(this.wire.length);
      }, 0);
      return;
    }
    const perByte = 1000 / (rate / 10);
    const tick = (): void => {
      this.timer = undefined;
      const now = performance.now();
      let count = 0;
      while (count < this.wire.length && this.nextByteAt + perByte <= now + 0.5) {
        this.nextByteAt += perByte;
        count += 1;
      }
      this.drain(count);
      if (this.wire.length > 0)
        this.timer = setTimeout(tick, Math.max(1, this.nextByteAt + perByte - performance.now()));
    };
    this.timer = setTimeout(tick, Math.max(1, this.nextByteAt + perByte - performance.now()));
  }

  private drain(count: number): void {
    const bytes = this.wire.splice(0, count);
    for (const byte of bytes) {
      this.received += 1;
      const cut = this.faults.disconnectAfterBytes;
      if (cut !== null && this.received >= cut) {
        this.faults = { ...this.faults, disconnectAfterBytes: null };
        this.wire.length = 0;
        this.pending = [];
        this.peer?.disconnect();
        break;
      }
      if (this.faults.wrongBaud) {
        // Bits sampled at the wrong rate: framing errors, printed as stray high-half glyphs.
        this.line.push((byte ^ 0x5a) | 0x80);
        continue;
      }
      this.pending.push(byte);
      this.parse();
    }
    for (const listener of [...this.listeners]) listener();
  }

  private reply(bytes: readonly number[]): void {
    if (this.faults.silent) return;
    this.peer?.write(Uint8Array.from(this.faults.garbage ? GARBAGE_REPLY : bytes));
  }

  private get printing(): boolean {
    return this.faults.paper !== 'out' && !this.faults.coverOpen && !this.faults.cutterError;
  }

  private flushLine(): void {
    if (this.printing) {
      this.paper.push({ kind: 'text', text: decodeText(this.line, pageFor(this.codePage)), ...this.style });
      if (this.faults.paperOutAfterLines !== null) {
        const left = this.faults.paperOutAfterLines - 1;
        this.faults = {
          ...this.faults,
          paperOutAfterLines: left <= 0 ? null : left,
          paper: left <= 0 ? 'out' : this.faults.paper,
        };
      }
    }
    this.line = [];
  }

  /** Consumes complete commands from `pending`; an incomplete one waits for more bytes. */
  private parse(): void {
    for (;;) {
      const used = this.command(this.pending);
      if (used === 0) return;
      this.pending = this.pending.slice(used);
      if (this.pending.length === 0) return;
    }
  }

  private reset(): void {
    this.style = { align: 'left', bold: false, scale: 1 };
    this.codePage = 0;
    this.chinese = this.options.startsInChineseMode ?? false;
  }

  /** Returns how many bytes the command at the start of `b` takes, or 0 if it is incomplete. */
  private command(b: readonly number[]): number {
    const [first, second, third] = b;
    if (first === undefined) return 0;
    const need = (n: number): boolean => b.length >= n;
    const log = (name: string): void => {
      this.commands.push(name);
    };
    switch (first) {
      case 0x10: // DLE
        if (!need(3)) return 0;
        if (second === 0x04) {
          log(`DLE EOT ${String(third)}`);
          this.reply([statusReply(third ?? 0, this.faults)]);
        } else if (second === 0x05) {
          log(`DLE ENQ ${String(third)}`);
          if (third === 2) this.faults = { ...this.faults, cutterError: false };
        }
        return 3;
      case 0x1b: // ESC
        if (!need(2)) return 0;
        if (second === 0x40) {
          log('ESC @');
          this.reset();
          return 2;
        }
        if (second === 0x70) return need(5) ? 5 : 0; // ESC p: drawer pulse
        if (!need(3)) return 0;
        if (second === 0x74) {
          log(`ESC t ${String(third)}`);
          this.codePage = third ?? 0;
        } else if (second === 0x61) this.style.align = third === 1 ? 'center' : third === 2 ? 'right' : 'left';
        else if (second === 0x45) this.style.bold = (third ?? 0) !== 0;
        else if (second === 0x64) for (let i = 0; i < (third ?? 0); i += 1) this.flushLine();
        else if (second === 0x32) return 2;
        return 3;
      case 0x1c: // FS
        if (!need(2)) return 0;
        if (second === 0x2e) {
          log('FS .');
          this.chinese = false;
        } else if (second === 0x26) this.chinese = true;
        return 2;
      case 0x1d: // GS
        return this.gsCommand(b, log);
      case 0x0a:
        this.flushLine();
        return 1;
      default:
        if (first < 0x20) return 1;
        if (this.chinese && first >= 0x80) {
          if (!need(2)) return 0;
          this.line.push(0x3f); // shown as "?" in place of the double-byte glyph
          this.line.push(0x3f);
          return 2;
        }
        this.line.push(first);
        return 1;
    }
  }

  private gsCommand(b: readonly number[], log: (name: string) => void): number {
    const [, second, third] = b;
    if (b.length < 3) return 0;
    switch (second) {
      case 0x21:
        this.style.scale = Math.max(((third ?? 0) >> 4) + 1, ((third ?? 0) & 7) + 1);
        return 3;
      case 0x72: // GS r n
        log(`GS r ${String(third)}`);
        if (this.printing) this.reply([paperReply(this.faults)]);
        return 3;
      case 0x56: {
        const withFeed = [65, 66, 97, 98, 103, 104].includes(third ?? 0);
        if (withFeed && b.length < 4) return 0;
        if (this.line.length > 0) this.flushLine();
        log('GS V');
        if (this.printing) this.paper.push({ kind: 'cut' });
        return withFeed ? 4 : 3;
      }
      case 0x28: {
        if (b.length < 5) return 0;
        const length = (b[3] ?? 0) + (b[4] ?? 0) * 256;
        if (b.length < 5 + length) return 0;
        if (third === 0x6b) this.qrCommand(b.slice(5, 5 + length), log);
        return 5 + length;
      }
      case 0x76: {
        // GS v 0: raster image. Counted, so tests can assert that none is sent.
        if (b.length < 8) return 0;
        const size = ((b[4] ?? 0) + (b[5] ?? 0) * 256) * ((b[6] ?? 0) + (b[7] ?? 0) * 256);
        if (b.length < 8 + size) return 0;
        this.rasterBytes += size;
        log('GS v 0');
        return 8 + size;
      }
      default:
        return 3;
    }
  }

  private qrCommand(params: readonly number[], log: (name: string) => void): void {
    const [cn, fn, ...rest] = params;
    if (cn !== 0x31) return;
    log(`GS ( k ${String(fn)}`);
    if (fn === 0x41) this.qrModel = rest[0] === 49 ? 1 : 2;
    if (fn === 0x43) this.qrSize = rest[0] ?? 3;
    if (fn === 0x50) this.qrData = Uint8Array.from(rest.slice(1));
    if (fn === 0x51 && this.printing) {
      this.paper.push({ kind: 'qr', payload: this.qrData, model: this.qrModel, moduleSize: this.qrSize });
    }
  }

  /** The current line, not yet ended by LF. */
  get unfinishedLine(): string {
    return decodeText(this.line, pageFor(this.codePage));
  }

  /** Clears what was printed (a new roll), keeping the faults. */
  clearPaper(): void {
    this.paper.length = 0;
    this.commands.length = 0;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.wire.length = 0;
  }
}
