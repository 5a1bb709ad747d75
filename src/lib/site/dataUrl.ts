/**
 * An SVG file as a data: URL, for the favicon: written into each page, it costs no request, and the
 * browser does not fetch it again each time a page's address changes (the search page rewrites its
 * address on every keystroke, and a favicon given by URL was fetched again each time).
 */
export function svgDataUrl(svg: string): string {
  // Only the characters a URL cannot carry, and the quote the attribute is written in, are encoded.
  return `data:image/svg+xml,${svg
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[%#"<>{}|\\^`\r\n]/g, (character) => encodeURIComponent(character))}`;
}
