import { startTransition, useEffect, useState } from 'react';

/**
 * False while a screen's first frame is being drawn, true just after it. A screen whose lower part
 * is long (the service list, which starts below the fold) draws what shows first and the rest right
 * after, so the tap that opened it costs one frame's worth of work instead of the whole list.
 * The update is a transition: a tap that comes in between is handled first.
 */
export function useAfterFirstFrame(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let timer: number | undefined;
    // The animation-frame callback runs as the first frame starts; the timeout after that frame is drawn.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        startTransition(() => {
          setDrawn(true);
        });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return drawn;
}
