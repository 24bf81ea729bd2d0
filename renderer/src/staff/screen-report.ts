import type { ScreenReport } from '../../../main/contract/index.js';

/** How long the audio output may take to start before it counts as not starting. */
const AUDIO_START_MS = 1_500;

type AudioContextClass = new () => AudioContext;

function audioContextClass(): AudioContextClass | undefined {
  return (window as unknown as { AudioContext?: AudioContextClass }).AudioContext;
}

/** Whether an audio output can start here: the browser's own answer, bounded in time. */
async function audioState(): Promise<ScreenReport['audio']> {
  const Context = audioContextClass();
  if (Context === undefined) return 'unavailable';
  let context: AudioContext;
  try {
    context = new Context();
  } catch {
    return 'unavailable';
  }
  try {
    await Promise.race([
      context.resume(),
      new Promise((resolve) => {
        setTimeout(resolve, AUDIO_START_MS);
      }),
    ]);
    return context.state === 'running' ? 'running' : 'suspended';
  } catch {
    return 'suspended';
  } finally {
    void context.close().catch(() => undefined);
  }
}

/** The display and sound of this screen, for the daily check. */
export async function measureScreen(): Promise<ScreenReport> {
  return {
    display: {
      width: Math.round(window.screen.width),
      height: Math.round(window.screen.height),
      touchPoints: Math.min(100, navigator.maxTouchPoints),
    },
    audio: await audioState(),
  };
}

/** A short tone, so the operator can confirm the speakers are heard. Resolves false if no sound. */
export async function playTestTone(): Promise<boolean> {
  const Context = audioContextClass();
  if (Context === undefined) return false;
  try {
    const context = new Context();
    await context.resume();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 660;
    gain.gain.value = 0.2;
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.8);
    oscillator.onended = () => {
      void context.close().catch(() => undefined);
    };
    return context.state === 'running';
  } catch {
    return false;
  }
}
