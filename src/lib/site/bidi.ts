/**
 * Text a person typed, or brought in a file or a link, shown inside the site's own sentences:
 * it may hold right-to-left characters or a direction override (U+202E) that would reorder the
 * words around it. In HTML it goes in <bdi>; in text built as a string (notices, summaries) it is
 * wrapped in Unicode's first-strong isolate (U+2068) and pop directional isolate (U+2069), which
 * keep its direction to itself and are not read aloud.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
