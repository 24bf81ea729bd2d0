import { z } from 'zod';

import { languageSchema } from './languages.js';
import { operatorTokenSchema } from './operator.js';
import { VISITOR_SCREENS } from './read-aloud-clips.js';

/** A message id as the locale files name it, e.g. `home.title` or `urgent.intro`. */
export const messageIdSchema = z.string().regex(/^[a-zA-Z0-9_.-]{1,120}$/);

export const listAudioClipsRequestSchema = z.strictObject({ language: languageSchema });
export const listAudioClipsResponseSchema = z.strictObject({ messageIds: z.array(messageIdSchema) });

/**
 * How a recording is played: staff recordings are kept as recorded (no re-encoding) and the
 * silence trim and loudness gain found in the recordings screen are applied at playback.
 */
export const clipPlaybackSchema = z.strictObject({
  startSeconds: z.number().min(0).max(600),
  /** Seconds to play from `startSeconds`; omitted = to the end. */
  durationSeconds: z.number().positive().max(600).optional(),
  /** Linear gain that brings the clip's speech to the common level. */
  gain: z.number().positive().max(32),
});
export type ClipPlayback = z.infer<typeof clipPlaybackSchema>;

export const getAudioClipRequestSchema = z.strictObject({ language: languageSchema, messageId: messageIdSchema });
export const audioClipSchema = z.strictObject({
  mimeType: z.enum(['audio/mpeg', 'audio/ogg', 'audio/wav', 'audio/webm']),
  /** The clip itself, base64: it travels through the contract like everything else. */
  base64: z.string().max(8 * 1024 * 1024),
  /** Trim and gain of a staff recording; absent for clips played as they are. */
  playback: clipPlaybackSchema.optional(),
});
export type AudioClip = z.infer<typeof audioClipSchema>;

// — Recordings made at the point (staff) —

/** A recording as `MediaRecorder` makes it (Opus in WebM), or a WAV. */
export const RECORDING_MIME_TYPES = ['audio/webm', 'audio/wav'] as const;
/** At most 2 MiB of audio: well over a minute of Opus at 32 kbit/s, far more than one clip needs. */
export const MAX_RECORDING_BYTES = 2 * 1024 * 1024;
/** A language's archive of recorded clips (synthetic drafts are not exported: any point can make its own). */
export const MAX_CLIP_ARCHIVE_BYTES = 24 * 1024 * 1024;

const base64Of = (bytes: number) =>
  z
    .string()
    .max(Math.ceil(bytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const recordingStateSchema = z.enum(['missing', 'stale', 'synthetic', 'recorded']);
export type RecordingState = z.infer<typeof recordingStateSchema>;

export const recordingItemSchema = z.strictObject({
  clipId: messageIdSchema,
  /** The text to read, as the locale or the configuration holds it now. */
  text: z.string(),
  state: recordingStateSchema,
  /** The visitor screen that reads it (the first one, for a text two screens share). */
  screen: z.enum(VISITOR_SCREENS),
  by: z.string().optional(),
  day: z.string().optional(),
});
export type RecordingItem = z.infer<typeof recordingItemSchema>;

export const listRecordingsResponseSchema = z.strictObject({ items: z.array(recordingItemSchema) });

export const saveRecordingRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  language: languageSchema,
  clipId: messageIdSchema,
  mimeType: z.enum(RECORDING_MIME_TYPES),
  base64: base64Of(MAX_RECORDING_BYTES).min(4),
  playback: clipPlaybackSchema,
});
export const clipRefRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  language: languageSchema,
  clipId: messageIdSchema,
});
export const languageTokenRequestSchema = z.strictObject({ token: operatorTokenSchema, language: languageSchema });
export const savedRecordingSchema = z.strictObject({ clipId: messageIdSchema, by: z.string(), day: z.string() });

export const clipArchiveSchema = z.strictObject({
  fileName: z.string(),
  base64: base64Of(MAX_CLIP_ARCHIVE_BYTES),
  clips: z.number().int().min(0),
});
export const importClipArchiveRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  language: languageSchema,
  base64: base64Of(MAX_CLIP_ARCHIVE_BYTES).min(4),
});
export const importClipArchiveResponseSchema = z.strictObject({
  imported: z.number().int().min(0),
  /** Clips of this point kept because they are recordings of the current text. */
  kept: z.number().int().min(0),
});
