import { z } from 'zod';

import { clipPlaybackSchema } from './audio.js';

// The manifest's schemas live apart from the clip registry (read-aloud-clips.ts): visitor screens
// import the registry on the first load, and these schemas would bring zod into that bundle.

/** One clip's entry in a language's manifest (`<data>/audio/<lang>/manifest.json`). */
export const clipEntrySchema = z.strictObject({
  /** File name inside the language folder. */
  file: z.string().regex(/^[a-zA-Z0-9_.-]{1,140}\.(wav|webm|ogg|mp3)$/),
  /** sha-256 (hex) of the text the clip was made for: a different text makes the clip stale. */
  textSha256: z.string().regex(/^[0-9a-f]{64}$/),
  source: z.enum(['synthetic', 'recorded']),
  /** Staff account name of who recorded it; the engine's name for a synthetic clip. */
  by: z.string().min(1).max(80),
  /** The day it was made, YYYY-MM-DD. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Silence trim and loudness gain of a staff recording, applied when it plays. */
  playback: clipPlaybackSchema.optional(),
});
export type ClipEntry = z.infer<typeof clipEntrySchema>;

export const clipManifestSchema = z.strictObject({
  version: z.literal(1),
  clips: z.record(z.string().regex(/^[a-zA-Z0-9_.-]{1,120}$/), clipEntrySchema),
});
export type ClipManifest = z.infer<typeof clipManifestSchema>;
