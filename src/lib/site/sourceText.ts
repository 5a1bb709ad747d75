import { humanDatesIn } from './dates';

/** A piece of a source citation as pages show it: plain words, or a link to a source page. */
export type SourcePart = { kind: 'text'; text: string } | { kind: 'link'; href: string; label: string };

/** "gov.uk" from "https://www.gov.uk/x": the site a source page is on, as a link's words. */
export function sourceSiteLabel(href: string): string {
  return new URL(href).hostname.replace(/^www\d?\./, '');
}

/**
 * A source citation as the reference files write it ("DfE page https://… (2026-08-19); …"), in
 * parts a page can render: each address becomes a link named by its site, and dates in the words
 * are written as people write them ("19 August 2026"). The address itself is never shown as text.
 */
export function sourceParts(citation: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let last = 0;
  for (const match of citation.matchAll(/https?:\/\/[^\s;,)]+/g)) {
    const before = citation.slice(last, match.index);
    if (before) parts.push({ kind: 'text', text: humanDatesIn(before) });
    const href = match[0].replace(/[.]+$/, '');
    parts.push({ kind: 'link', href, label: sourceSiteLabel(href) });
    last = match.index + href.length;
  }
  const rest = citation.slice(last);
  if (rest) parts.push({ kind: 'text', text: humanDatesIn(rest) });
  return parts;
}
