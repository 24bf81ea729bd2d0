import { err } from '../../contract/index.js';
import type { KioskHandlers } from '../handlers.js';

// Being built: recorded read-aloud clips from kiosk-config/audio/<lang>/.
export function createAudioHandlers(): Pick<KioskHandlers, 'listAudioClips' | 'getAudioClip'> {
  return {
    listAudioClips: () => Promise.resolve(err('INTERNAL', 'not available yet')),
    getAudioClip: () => Promise.resolve(err('INTERNAL', 'not available yet')),
  };
}
