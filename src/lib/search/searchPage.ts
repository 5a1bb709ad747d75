import type { SearchState } from '../site/urls';
import { namesInQuery, searchSynonyms, type SearchSynonym } from './synonyms';
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

// Words that name what kind of page a reader wants, which nearly every page of that kind says once
// in passing ("unit", "role", "level"), so that they narrow a query to the few pages that happen to
// use them again. They are dropped when other words remain, except as part of a name people type
// (the synonyms table: "role audit") or before a number ("level 3", "unit 30").
const weakWords = new Set(['unit', 'units', 'role', 'roles', 'level', 'levels']);

/** A word as it is compared: lower case, without the punctuation around it. */
const bare = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The words of a query worth searching for: the query without its question words ("what does a
 * learning mentor do" → "learning mentor") and without weak words that would narrow it to almost
 * nothing ("which unit covers safeguarding?" → "safeguarding"). A name from the synonyms table is
 * kept whole ("cover supervisor", "plan my route"). A query of such words only is searched as typed.
 */
export function keywordQuery(query: string, synonyms: readonly SearchSynonym[] = searchSynonyms): string {
  const words = query.split(/\s+/).filter((word) => word.length > 0);
  const bareWords = words.map(bare);
  const named = new Set(
    namesInQuery(bareWords, synonyms).flatMap(({ start, end }) => bareWords.slice(start, end).map((_, i) => start + i)),
  );
  const tokens = words.map((text, index) => ({ text, word: bareWords[index] ?? '', named: named.has(index) }));
  const subject = tokens.filter((token) => token.named || !questionWords.has(token.word));
  const strong = subject.filter((token, index) => token.named || !weakWords.has(token.word) || /^\d/.test(subject[index + 1]?.word ?? ''));
  const chosen = strong.length > 0 ? strong : subject;
  return chosen.length > 0
    ? chosen
        .map((token) => token.text)
        .join(' ')
        .replace(/[?!.,;:]+$/, '')
    : query;
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

/** What the search page says above results for a job typed by another name than the profiles use. */
export function calledHereText(note: { typed: string; calledHere: string }): string {
  return `“${note.typed}”: the role profiles call this job ${note.calledHere}.`;
}

/**
 * "3 results", for the live region's summary: the page adds "for “…”" with the words searched
 * for in <bdi>, so a direction override in them cannot reverse the sentence.
 */
export function resultsCount(count: number): string {
  return `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}`;
}
