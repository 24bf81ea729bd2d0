import type { KioskEvent } from '../contract/index.js';

export interface EventBus {
  emit(event: KioskEvent): void;
  subscribe(listener: (event: KioskEvent) => void): () => void;
}

/** In-process fan-out of main → renderer events. A failing listener never stops the others. */
export function createEventBus(onListenerError?: (error: unknown) => void): EventBus {
  const listeners = new Set<(event: KioskEvent) => void>();
  return {
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          onListenerError?.(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
