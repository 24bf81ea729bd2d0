import { isAppUrl } from './app-origin.js';

/** What Electron tells about a permission request or check; `mediaTypes` only for requests. */
export interface MediaPermissionQuery {
  readonly permission: string;
  readonly requestingUrl: string;
  /** `audio`, `video`: what getUserMedia asks for (absent on permission checks). */
  readonly mediaTypes?: readonly string[];
  /** True only while the staff recordings screen is open (services' recording gate). */
  readonly recordingScreenOpen: boolean;
}

/**
 * The microphone, and nothing else of the media devices: only for our own page, only while the
 * staff recordings screen is open. A recording is staff reading a fixed text; nothing a visitor
 * says is ever recorded, so no visitor screen can get the microphone, and no screen the camera.
 */
export function isMediaPermissionAllowed(query: MediaPermissionQuery): boolean {
  if (query.permission !== 'media') return false;
  if (!isAppUrl(query.requestingUrl) || !query.recordingScreenOpen) return false;
  const types = query.mediaTypes ?? ['audio'];
  return types.length > 0 && types.every((type) => type === 'audio');
}
