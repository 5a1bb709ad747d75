import type { ComponentChildren } from 'preact';

/**
 * Until an island has read what it starts from in the browser (saved work, the page's address),
 * it marks what it shows with `data-loading`; the mark goes once that is read. The browser tests
 * wait for no `[data-loading]` on the page before they touch an island (`waitForIslands` in
 * tests/e2e/site.ts): hydration alone is not enough, because an island reads the browser in an
 * effect that runs after it has rendered.
 */
export function loadingMark(loading: boolean): { 'data-loading'?: '' } {
  return loading ? { 'data-loading': '' } : {};
}

/** What a tool shows in place of itself until it has read the work saved in this browser. */
export function LoadingNote({ children }: { children: ComponentChildren }) {
  return <p data-loading="">{children}</p>;
}
