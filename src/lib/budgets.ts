/**
 * Byte budgets, checked from dist/ by the tests and reported by the benchmark.
 * 14 KiB is what a server can send in the first round trip of a new TCP connection (ten
 * packets of about 1460 bytes), so a page within it can render without waiting for another.
 */
export const budgets = {
  /** A content page's HTML with its render-blocking CSS (inlined here), gzipped. */
  contentPageGzipBytes: 14 * 1024,
} as const;
