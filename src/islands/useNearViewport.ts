import { useEffect, useRef, useState } from 'preact/hooks';

// One observer for every element that asks, rather than one each: an audit can have hundreds.
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Printing lays out the whole page: everything still waiting is filled first (the render this asks for comes before the layout). */
function nearAllForPrint() {
  for (const [element, onNear] of waiting) {
    onNear();
    observer?.unobserve(element);
  }
  waiting.clear();
}

function watch(element: Element, onNear: () => void): () => void {
  if (!observer) window.addEventListener('beforeprint', nearAllForPrint);
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        waiting.get(entry.target)?.();
        waiting.delete(entry.target);
        observer?.unobserve(entry.target);
      }
    },
    // A screen's height above and below: near enough that it is ready before it is seen.
    { rootMargin: '100% 0px' },
  );
  waiting.set(element, onNear);
  observer.observe(element);
  return () => {
    waiting.delete(element);
    observer?.unobserve(element);
  };
}

/**
 * Whether an element is on the screen or near it (or the page is being printed), and stays true
 * once it has been. A long list (an audit of hundreds of roles) fills its heaviest parts, such as
 * selects with a hundred options each and lists of responsibilities, only when they come near, so
 * the page opens and answers quickly: a browser builds and lays out every option of every select
 * and every box of every list, seen or not.
 */
export function useNearViewport<E extends Element>() {
  const ref = useRef<E>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    return watch(element, () => setNear(true));
  }, [near]);
  return { ref, near };
}
