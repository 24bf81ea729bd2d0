type AudioContextClass = new () => AudioContext;

let context: AudioContext | undefined;

/**
 * A short two-note chime made with WebAudio: no sound file to ship, nothing to load. Silent where
 * the page may not play sound yet (no touch since it opened); the number on screen still shows.
 */
export function playChime(): void {
  const Context = (window as unknown as { AudioContext?: AudioContextClass }).AudioContext;
  if (Context === undefined) return;
  try {
    context ??= new Context();
    const audio = context;
    void audio.resume().catch(() => undefined);
    const start = audio.currentTime + 0.02;
    [880, 660].forEach((frequency, index) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const at = start + index * 0.35;
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.4, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.32);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.34);
    });
  } catch {
    // No sound is no failure: the call is on screen.
  }
}
