import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { operatorRoleSchema, pinSchema, staffNameSchema, type OperatorRole } from '../contract/index.js';
import { pepperHash, hashPinUnpeppered } from '../services/operator/pin-hash.js';
import { weakPinReason } from '../services/operator/pin-policy.js';
import { writeSetupCode } from '../services/operator/setup-code.js';
import { findByName, newAccount, sortedAccounts, withAccount } from '../services/operator/staff-accounts.js';
import { emptyStaffFile, readStaffFile, writeStaffFile, type StaffFileData } from '../services/operator/staff-file.js';
import { lockedUntil, OPEN_LOCKOUT } from '../services/operator/lockout-policy.js';
import { loadMachineKey, type MachineKeyResult } from '../services/secrets/machine-key.js';
import { ensurePrivateDir } from '../services/secrets/private-files.js';

import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io.js';

type Outcome = { readonly code: number; readonly lines: readonly string[] };

const fail = (...lines: string[]): Outcome => ({ code: EXIT_FAILED, lines });

/** `kioskctl staff …`: runs on the kiosk's machine, with write access to its data folder. */
export async function runStaffCommand(
  subcommand: string | undefined,
  args: readonly string[],
  io: CliIo,
  defaults: { dataDir: string },
): Promise<number | { usageError: string }> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        data: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        'force-new': { type: 'boolean' },
      },
      allowPositionals: false,
    });
  } catch (error) {
    return { usageError: error instanceof Error ? error.message : String(error) };
  }
  const { values } = parsed;
  const dataDir = resolve(values.data ?? defaults.dataDir);
  await ensurePrivateDir(dataDir);
  const key = await loadMachineKey(dataDir);
  let outcome: Outcome;
  switch (subcommand) {
    case 'list':
      outcome = await list(dataDir);
      break;
    case 'setup-code':
      outcome = await setupCode(dataDir);
      break;
    case 'add':
    case 'reset': {
      const name = staffNameSchema.safeParse(values.name ?? '');
      if (!name.success) return { usageError: "--name is needed: letters, digits, spaces and . - ' only, 40 at most." };
      let role: OperatorRole = 'supervisor';
      if (subcommand === 'add') {
        const checked = operatorRoleSchema.safeParse(values.role);
        if (!checked.success) return { usageError: '--role must be operator or supervisor.' };
        role = checked.data;
      }
      const pin = await askPin(io);
      if (typeof pin !== 'string') {
        outcome = pin;
        break;
      }
      const request = { name: name.data, role, pin, forceNew: values['force-new'] === true };
      outcome = subcommand === 'add' ? await add(dataDir, key, request) : await reset(dataDir, key, request);
      break;
    }
    default:
      return { usageError: `Unknown command "staff ${subcommand ?? ''}".` };
  }
  for (const line of outcome.lines) {
    if (outcome.code === EXIT_OK) io.out(line);
    else io.err(line);
  }
  return outcome.code;
}

async function askPin(io: CliIo): Promise<string | Outcome> {
  if (io.readSecret === undefined)
    return { code: EXIT_USAGE, lines: ['This command needs a terminal to ask for the PIN.'] };
  const first = await io.readSecret('New PIN (6 to 12 digits, not shown): ');
  if (!pinSchema.safeParse(first).success) return fail('A PIN is 6 to 12 digits. Nothing was changed.');
  const weak = weakPinReason(first);
  if (weak !== null) return fail(`That PIN is too easy to guess (${weak}). Nothing was changed.`);
  const second = await io.readSecret('The same PIN again: ');
  if (second !== first) return fail('The two PINs differ. Nothing was changed.');
  return first;
}

/**
 * The hash to store: peppered with the machine key when this process can read it, otherwise (the
 * key is sealed by the OS for the kiosk's account) unpeppered, and the kiosk peppers it when it
 * next reads the file.
 */
async function hashFor(pin: string, key: MachineKeyResult): Promise<string | undefined> {
  const plain = await hashPinUnpeppered(pin);
  return key.kind === 'ready' ? pepperHash(plain, key.key.derive('pin-pepper')) : plain;
}

type Loaded = { kind: 'ok'; data: StaffFileData } | { kind: 'refused'; outcome: Outcome };

async function load(dataDir: string, key: MachineKeyResult, forceNew: boolean): Promise<Loaded> {
  if (key.kind === 'unreadable') {
    return { kind: 'refused', outcome: fail(`The machine key ${key.file} cannot be read: ${key.reason}.`) };
  }
  const fingerprint = key.kind === 'ready' ? key.key.fingerprint : null;
  const read = await readStaffFile(dataDir);
  if (read.kind === 'missing') return { kind: 'ok', data: emptyStaffFile(fingerprint) };
  if (read.kind === 'damaged') {
    if (forceNew) return { kind: 'ok', data: emptyStaffFile(fingerprint) };
    return {
      kind: 'refused',
      outcome: fail(
        `The staff accounts file is damaged (${read.reason}).`,
        'Run "kioskctl staff reset --name NAME --force-new" to start a new one.',
      ),
    };
  }
  if (fingerprint !== null && read.data.keyFingerprint !== null && read.data.keyFingerprint !== fingerprint) {
    if (!forceNew) {
      return {
        kind: 'refused',
        outcome: fail(
          'The staff accounts file was made with another machine key (copied from another kiosk, or the key was lost).',
          'Run "kioskctl staff reset --name NAME --force-new": names are kept, every other account then needs a new PIN.',
        ),
      };
    }
    const accounts = read.data.accounts.map((a) => ({ ...a, pinHash: null }));
    return { kind: 'ok', data: { ...read.data, keyFingerprint: fingerprint, accounts } };
  }
  return { kind: 'ok', data: read.data };
}

async function list(dataDir: string): Promise<Outcome> {
  const read = await readStaffFile(dataDir);
  if (read.kind === 'missing')
    return {
      code: EXIT_OK,
      lines: [
        'No staff accounts yet. Add the first supervisor with "kioskctl staff add --role supervisor --name NAME".',
      ],
    };
  if (read.kind === 'damaged') return fail(`The staff accounts file is damaged: ${read.reason}.`);
  const now = new Date();
  const lines = sortedAccounts(read.data).map((a) => {
    const state = a.disabled
      ? 'disabled'
      : a.pinHash === null
        ? 'needs a new PIN'
        : lockedUntil(a.lockout, now) !== null
          ? 'locked for now'
          : 'active';
    return `${a.role.padEnd(10)} ${a.name.padEnd(24)} ${state}`;
  });
  return { code: EXIT_OK, lines: lines.length > 0 ? lines : ['No staff accounts yet.'] };
}

async function setupCode(dataDir: string): Promise<Outcome> {
  const read = await readStaffFile(dataDir);
  if (read.kind === 'ok' && read.data.accounts.length > 0) {
    return fail('Staff accounts exist already: first-run setup is closed. Use "kioskctl staff add" or "staff reset".');
  }
  const code = await writeSetupCode(dataDir);
  return {
    code: EXIT_OK,
    lines: [
      `One-time setup code: ${code.replace(/(\d{4})(?=\d)/g, '$1 ')}`,
      'Open staff mode on the kiosk (hold the top-left corner 3 s) and type it there.',
    ],
  };
}

interface AccountRequest {
  readonly name: string;
  readonly role: OperatorRole;
  readonly pin: string;
  readonly forceNew: boolean;
}

async function add(dataDir: string, key: MachineKeyResult, request: AccountRequest): Promise<Outcome> {
  const loaded = await load(dataDir, key, false);
  if (loaded.kind === 'refused') return loaded.outcome;
  if (findByName(loaded.data, request.name) !== undefined)
    return fail(`An account named "${request.name}" exists already.`);
  const hash = await hashFor(request.pin, key);
  if (hash === undefined) return fail('The PIN could not be hashed.');
  const now = new Date();
  const data = withAccount(loaded.data, newAccount(request.name, request.role, hash, now));
  await writeStaffFile(dataDir, withAudit(data, now, 'staff_added', request.role, `${request.role} ${request.name}`));
  return { code: EXIT_OK, lines: [`Added ${request.role} "${request.name}".`, ...sealedNote(key)] };
}

async function reset(dataDir: string, key: MachineKeyResult, request: AccountRequest): Promise<Outcome> {
  const loaded = await load(dataDir, key, request.forceNew);
  if (loaded.kind === 'refused') return loaded.outcome;
  const hash = await hashFor(request.pin, key);
  if (hash === undefined) return fail('The PIN could not be hashed.');
  const now = new Date();
  const existing = findByName(loaded.data, request.name);
  const account =
    existing === undefined
      ? newAccount(request.name, 'supervisor', hash, now)
      : { ...existing, pinHash: hash, pinChangedAt: now.toISOString(), disabled: false, lockout: OPEN_LOCKOUT };
  const data = withAccount(loaded.data, account);
  const detail = `${account.role} ${account.name}${existing === undefined ? ' created' : ''}`;
  await writeStaffFile(dataDir, withAudit(data, now, 'staff_reset_by_administrator', account.role, detail));
  return {
    code: EXIT_OK,
    lines: [`New PIN set for ${account.role} "${account.name}"; its open sessions end.`, ...sealedNote(key)],
  };
}

function withAudit(
  data: StaffFileData,
  now: Date,
  kind: StaffFileData['pendingAudit'][number]['kind'],
  role: OperatorRole,
  detail: string,
): StaffFileData {
  // The oldest entries give way if the kiosk has not started for a long time.
  const pendingAudit = [
    ...data.pendingAudit,
    { at: now.toISOString(), kind, role, detail: detail.slice(0, 120) },
  ].slice(-100);
  return { ...data, pendingAudit };
}

function sealedNote(key: MachineKeyResult): string[] {
  return key.kind === 'sealed'
    ? ['The machine key is sealed by the OS: the kiosk secures the new PIN when it next reads the accounts.']
    : [];
}
