/** How a scan ended without a code; each has a message under `followUp.scan.*`. */
export type ScanEnd = 'cancelled' | 'timeout' | 'refused' | 'absent' | 'failed';

/** Whether any camera is attached (labels need a permission; kinds do not). */
export async function cameraPresent(): Promise<boolean> {
  // Absent outside a secure context (and in some shells): then there is no camera to offer.
  const devices = navigator.mediaDevices as MediaDevices | undefined;
  if (devices === undefined) return false;
  try {
    const found = await devices.enumerateDevices();
    return found.some((device) => device.kind === 'videoinput');
  } catch {
    return false;
  }
}

/** Why getUserMedia failed, in the screen's terms: refused by the person or the shell, no camera, or other. */
export function cameraFailure(error: unknown): Exclude<ScanEnd, 'cancelled' | 'timeout'> {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'absent';
  return 'failed';
}

/** Stops every track: the camera light goes off and the device is free for anything else. */
export function releaseStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
