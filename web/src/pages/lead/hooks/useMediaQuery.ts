import { useSyncExternalStore } from 'react';

/** Phones and narrow windows get cards instead of wide tables (the shell switches at the same width). */
export const NARROW = '(max-width: 860px)';

/** Whether a CSS media query matches now, following changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
