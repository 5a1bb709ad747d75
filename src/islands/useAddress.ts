import { useEffect } from 'preact/hooks';

/**
 * Calls `apply` with the page's query string once the island is in the browser, and again
 * whenever the back or forward button changes it: the address is where these pages keep their
 * state, so a shared or reloaded link shows the same thing.
 */
export function useAddress(apply: (search: string) => void): void {
  useEffect(() => {
    const fromAddress = () => {
      apply(window.location.search);
    };
    fromAddress();
    window.addEventListener('popstate', fromAddress);
    return () => {
      window.removeEventListener('popstate', fromAddress);
    };
  }, []);
}
