import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption of a short secret (AES-256-GCM) for storage in the database:
 * `box1.<iv>.<tag>.<ciphertext>`, base64url. A value sealed with another key, or changed on disk,
 * does not open: `openSecret` answers undefined rather than garbage.
 */
const PREFIX = 'box1';

export function sealSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [PREFIX, iv, cipher.getAuthTag(), data]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function isSealedSecret(value: string): boolean {
  return value.startsWith(`${PREFIX}.`);
}

export function openSecret(sealed: string, key: Buffer): string | undefined {
  const [prefix, iv, tag, data] = sealed.split('.');
  if (prefix !== PREFIX || iv === undefined || tag === undefined || data === undefined) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
