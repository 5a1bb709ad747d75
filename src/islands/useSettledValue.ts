import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * `compute(input)`, worked out off the typing path: at once on the first render, then again once
 * `input` has stayed the same for `delayMs`, and at once before the page is printed. Until then
 * the last value stays. For what is slow to work out or to show and need not follow every key
 * (the role audit's findings across hundreds of roles).
 */
export function useSettledValue<I, V>(input: I, compute: (input: I) => V, delayMs: number): V {
  const [settled, setSettled] = useState(() => ({ input, value: compute(input) }));
  const latest = useRef({ input, compute, settled });
  latest.current = { input, compute, settled };

  useEffect(() => {
    if (settled.input === input) return;
    const timer = setTimeout(() => setSettled({ input, value: latest.current.compute(input) }), delayMs);
    return () => clearTimeout(timer);
  }, [input]);

  useEffect(() => {
    // Printing lays the page out straight after this event: the render it asks for comes first.
    const beforePrint = () => {
      const { input, compute, settled } = latest.current;
      if (settled.input !== input) setSettled({ input, value: compute(input) });
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);

  return settled.value;
}
