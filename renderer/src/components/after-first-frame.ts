import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `callback` just after the frame that shows what was just committed: an animation-frame
 * callback runs as that frame starts, and a timeout set there runs once it is drawn. Work that
 * the new screen does not need to appear (the heading's focus, the part of a list below the
 * fold) goes there, out of the tap's own task. Returns what cancels it (an effect's cleanup).
 */
export function afterFirstFrame(callback: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * False while a screen's first frame is being drawn, true just after it. A screen whose lower part
 * is long (the service list, which starts below the fold) draws what shows first and the rest right
 * after, so the tap that opened it costs one frame's worth of work instead of the whole list.
 * The update is a transition: a tap that comes in between is handled first.
 */
export function useAfterFirstFrame(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(
    () =>
      afterFirstFrame(() => {
        startTransition(() => {
          setDrawn(true);
        });
      }),
    [],
  );
  return drawn;
}
