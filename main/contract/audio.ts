import { z } from 'zod';

import { languageSchema } from './languages.js';

/** A message id as the locale files name it, e.g. `home.title` or `urgent.intro`. */
export const messageIdSchema = z.string().regex(/^[a-zA-Z0-9_.-]{1,120}$/);

export const listAudioClipsRequestSchema = z.strictObject({ language: languageSchema });
export const listAudioClipsResponseSchema = z.strictObject({ messageIds: z.array(messageIdSchema) });

export const getAudioClipRequestSchema = z.strictObject({ language: languageSchema, messageId: messageIdSchema });
export const audioClipSchema = z.strictObject({
  mimeType: z.enum(['audio/mpeg', 'audio/ogg', 'audio/wav']),
  /** The clip itself, base64: it travels through the contract like everything else. */
  base64: z.string().max(8 * 1024 * 1024),
});
export type AudioClip = z.infer<typeof audioClipSchema>;
