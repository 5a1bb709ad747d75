import { useEffect, useState } from 'preact/hooks';

/**
 * Island state kept in the page's address, so a shared or reloaded link shows the same thing.
 * The query strings themselves are written by src/lib/site/urls.ts and read back, checked against
 * the content, by the capability that owns the state; this module only talks to the browser.
 */

/**
 * Calls `apply` with the page's query string once the island is in the browser, and again
 * whenever the back or forward button changes it. Returns whether the address has been read yet
 * (false on the server and in the first render in the browser).
 */
export function useAddress(apply: (search: string) => void): boolean {
  const [read, setRead] = useState(false);
  useEffect(() => {
    const fromAddress = () => {
      apply(window.location.search);
    };
    fromAddress();
    setRead(true);
    window.addEventListener('popstate', fromAddress);
    return () => {
      window.removeEventListener('popstate', fromAddress);
    };
  }, []);
  return read;
}

/**
 * Puts a query string ("?a=1", or "" for none) in the address, replacing the entry or adding one
 * for the back button. The new address is built from the current one as an absolute URL: a
 * relative "//planner/?a=1" would name another host, and the browser refuses to go there.
 */
export function writeAddress(search: string, history: 'push' | 'replace' = 'replace'): void {
  const url = new URL(window.location.href);
  url.search = search;
  if (url.href === window.location.href) return;
  if (history === 'push') window.history.pushState(null, '', url.href);
  else window.history.replaceState(null, '', url.href);
}

/** The search string of the page's address ("?a=1"), for islands that read it once on start. */
export function currentSearch(): string {
  return window.location.search;
}
