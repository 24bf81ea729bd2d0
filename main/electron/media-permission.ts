import { isAppUrl } from './app-origin.js';

/** What Electron tells about a permission request or check; `mediaTypes` only for requests. */
export interface MediaPermissionQuery {
  readonly permission: string;
  readonly requestingUrl: string;
  /** `audio`, `video`: what getUserMedia asks for (absent on permission checks). */
  readonly mediaTypes?: readonly string[];
  /** True only while the staff recordings screen is open (services' recording gate). */
  readonly recordingScreenOpen: boolean;
  /** True only while the Follow-up screen's slip scanner is open (services' scanner gate). */
  readonly scannerOpen: boolean;
  /** True only while the visitor's own slip scanner is open (services' visitor scanner gate). */
  readonly visitorScannerOpen?: boolean;
  /** True only while site.json `visitorCamera` allows the visitor's scanner (read at each request). */
  readonly visitorCameraAllowed?: boolean;
}

/**
 * The microphone and the camera, each only for our own page and only while its staff screen is
 * open: the microphone for the recordings screen (staff reading a fixed text; nothing a visitor
 * says is ever recorded), the camera for the Follow-up screen's slip scanner (it reads the QR of a
 * slip and keeps nothing). The one visitor exception is the camera, never the microphone, for the
 * visitor's own slip scanner: only while it is open AND the site allows it (`visitorCamera`), so a
 * site that turns it off closes the camera at once, whatever gate was left open. A request for
 * both devices at once is refused. A permission check carries no media types: it is answered for
 * whichever gate is open.
 */
export function isMediaPermissionAllowed(query: MediaPermissionQuery): boolean {
  if (query.permission !== 'media' || !isAppUrl(query.requestingUrl)) return false;
  const allowed = new Set<string>();
  if (query.recordingScreenOpen) allowed.add('audio');
  if (query.scannerOpen) allowed.add('video');
  if (query.visitorScannerOpen === true && query.visitorCameraAllowed === true) allowed.add('video');
  if (allowed.size === 0) return false;
  const types = query.mediaTypes;
  if (types === undefined) return true;
  if (types.length === 0) return false;
  // One device kind per request: the scanner asks for video alone, the recorder for audio alone.
  return new Set(types).size === 1 && types.every((type) => allowed.has(type));
}
