import type { SearchState } from '../site/urls';
/**
 * The search page's state, read from and written to its URL (/search/?q=…&type=…), so a search
 * can be shared and the back button works. Everything in the URL is untrusted: it is only ever
 * shown as text, and anything unexpected is dropped.
 */

/** The longest query kept; Pagefind gains nothing from more. */
export const maxQueryLength = 200;

export type { SearchState } from '../site/urls';

export function readSearchState(search: string, knownTypes?: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  // Control characters (tabs, newlines, NUL…) become spaces: they mean nothing in a query.
  const query = (params.get('q') ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .slice(0, maxQueryLength);
  const types = [...new Set(params.getAll('type'))].filter((type) =>
    knownTypes ? knownTypes.includes(type) : type.length > 0 && type.length <= 60,
  );
  return { query, types };
}

// Words that carry the question, not its subject. Pagefind finds pages holding every word of a
// query, so "which unit covers safeguarding" would find nothing: the search runs on the rest.
const questionWords = new Set(
  (
    'a about an any are be can could cover covers covered did do does for how i in is it me mean means my of on ' +
    'should tell the there to was what when where which who whom whose why will with would'
  ).split(' '),
);

/**
 * The words of a query worth searching for: the query without its question words ("what does a
 * learning mentor do" → "learning mentor"). A query of question words only is searched as typed.
 */
export function keywordQuery(query: string): string {
  const words = query.split(/\s+/).filter((word) => word.length > 0);
  const kept = words.filter((word) => !questionWords.has(word.toLowerCase().replace(/[?!.,;:]+$/, '')));
  return kept.length > 0 ? kept.join(' ').replace(/[?!.,;:]+$/, '') : query;
}

/** A piece of a result excerpt: plain text, or a match to highlight. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits Pagefind's excerpt (escaped text with <mark> around matches) into parts to render as
 * text nodes, so nothing in an excerpt is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((piece) => piece.length > 0)
    .map((piece) =>
      piece.startsWith('<mark>') && piece.endsWith('</mark>')
        ? { text: decode(piece.slice(6, -7)), match: true }
        : { text: decode(piece.replace(/<[^>]*>/g, '')), match: false },
    );
}

/**
 * "3 results", for the live region's summary: the page adds "for “…”" with the words searched
 * for in <bdi>, so a direction override in them cannot reverse the sentence.
 */
export function resultsCount(count: number): string {
  return `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}`;
}
