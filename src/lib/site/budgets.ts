/**
 * Byte budgets, checked from dist/ by the tests and reported by the benchmark.
 * 14 KiB is what a server can send in the first round trip of a new TCP connection (ten
 * packets of about 1460 bytes), so a page within it can render without waiting for another.
 */
export const budgets = {
  /** A content page's HTML with its render-blocking CSS (inlined here), gzipped. */
  contentPageGzipBytes: 14 * 1024,
  /**
   * Pages with an island (map, planner, comparison, search) carry the island's data in the page,
   * and the map page also draws the map as an SVG and lists every move with its reasons, so they
   * have a budget of their own. The map page is the largest; it would shrink if its island read the
   * SVG it enhances instead of receiving a copy of the map.
   */
  interactivePageGzipBytes: 24 * 1024,
  /** All the JavaScript the progression map page loads, gzipped (the full d3 bundle alone is about 97 KiB). */
  mapJavaScriptGzipBytes: 25 * 1024,
  /**
   * All the JavaScript any other page with an island loads, gzipped. The pages that keep documents
   * in the browser carry zod's small build to check what they read back (about 8 KiB of it), and
   * the store's rules for never losing saved work (unreadable or newer data held or kept aside,
   * with its notices); the job description builder and the role audit are the largest, at about
   * 28 KiB.
   */
  islandJavaScriptGzipBytes: 30 * 1024,
} as const;
