import { execFile, spawn } from 'node:child_process';

import type { Language } from '../../contract/index.js';

import { withTrueWavSizes } from './wav-info.js';

/**
 * espeak-ng's voice for each language, by its exact language code: Mexican visitors hear Latin
 * American Spanish, and Kreyòl gets espeak-ng's own Haitian Creole voice. There is deliberately no
 * fallback: a missing `ht` voice must never become the French one.
 */
export const ESPEAK_VOICES: Readonly<Record<Language, string>> = { es: 'es-419', en: 'en-us', fr: 'fr-fr', ht: 'ht' };

const TIMEOUT_MS = 30_000;
/** A little slower than espeak-ng's 175 words a minute: listeners who read little, in a second language. */
const WORDS_PER_MINUTE = '150';

export class EngineError extends Error {}

export interface SpeechEngine {
  readonly name: string;
  /** True when the engine has a voice of exactly this language. */
  hasVoice(language: Language): Promise<boolean>;
  /** A 16-bit PCM WAV of the text. */
  synthesise(language: Language, text: string): Promise<Uint8Array>;
}

export function espeakEngine(binary = 'espeak-ng'): SpeechEngine {
  return {
    name: 'espeak-ng',
    hasVoice(language) {
      const wanted = ESPEAK_VOICES[language];
      return new Promise((resolve) => {
        execFile(binary, [`--voices=${wanted}`], { timeout: TIMEOUT_MS }, (error, stdout) => {
          if (error !== null) {
            resolve(false);
            return;
          }
          // Lines: "Pty Language Age/Gender VoiceName File Other". Only the exact code counts:
          // `--voices=ht` could list a voice that merely mentions ht among its other languages.
          const codes = stdout
            .split('\n')
            .slice(1)
            .map((line) => line.trim().split(/\s+/)[1]);
          resolve(codes.includes(wanted));
        });
      });
    },
    synthesise(language, text) {
      return new Promise((resolve, reject) => {
        // Text on stdin, never on the command line: a text starting with "-" is not an option.
        const child = spawn(binary, ['-v', ESPEAK_VOICES[language], '-s', WORDS_PER_MINUTE, '--stdout'], {
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const chunks: Buffer[] = [];
        let stderr = '';
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new EngineError(`espeak-ng took more than ${TIMEOUT_MS / 1000} s`));
        }, TIMEOUT_MS);
        child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        child.on('error', (error) => {
          clearTimeout(timer);
          reject(new EngineError(`cannot run ${binary}: ${error.message}`));
        });
        child.on('close', (code) => {
          clearTimeout(timer);
          if (code !== 0) reject(new EngineError(`espeak-ng exited with ${String(code)}: ${stderr.trim()}`));
          else resolve(withTrueWavSizes(new Uint8Array(Buffer.concat(chunks))));
        });
        child.stdin.end(text, 'utf8');
      });
    },
  };
}
