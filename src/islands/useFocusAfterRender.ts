import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to an element by id once the next render is done. When a list item is moved or
 * removed, the control the user pressed may move or vanish: focus must land somewhere sensible
 * instead of falling back to the page.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id) => {
    pending.current = id;
  };
}
