// What one PIN guess costs an attacker who has the staff file AND the machine key (without the key
// no guess can be tested at all): scrypt N=2^15, r=8 per guess, on this machine. From it, the time
// to try every 6-digit PIN on all of this machine's cores.
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';

import { hashPin, verifyPin } from '../main/services/operator/pin-hash.js';

import { median, report } from './lib.js';

const pepper = randomBytes(32);
const stored = await hashPin('482916', pepper);
await verifyPin('000000', stored, pepper);

const times: number[] = [];
for (let i = 0; i < 15; i += 1) {
  const start = performance.now();
  await verifyPin(String(100000 + i), stored, pepper);
  times.push(performance.now() - start);
}
const perGuess = median(times);
report({ figure: 'PIN guess, one core (scrypt N=2^15 r=8 + HMAC)', value: Math.round(perGuess * 10) / 10, unit: 'ms' });

// Parallel guesses, as an attacker would run them on every core.
const cores = cpus().length;
const parallelStart = performance.now();
const batch = cores * 4;
await Promise.all(Array.from({ length: batch }, (_, i) => verifyPin(String(200000 + i), stored, pepper)));
const perGuessAllCores = (performance.now() - parallelStart) / batch;
report({
  figure: `PIN guess, ${cores} cores in parallel (time per guess)`,
  value: Math.round(perGuessAllCores * 10) / 10,
  unit: 'ms',
});
report({
  figure: `all 10^6 six-digit PINs on ${cores} cores`,
  value: Math.round(((perGuessAllCores * 1e6) / 3_600_000) * 10) / 10,
  unit: 'h',
  note: 'only with the machine key; without it, none',
});
