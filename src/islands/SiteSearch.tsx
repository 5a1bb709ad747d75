import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { loadingMark } from './Loading';
import { useAddress, writeAddress } from './address';
import { latestOnly } from '../lib/search/latestOnly';
import { loadInOrder, loadPagefind, warmPagefind, type PagefindResult, type PagefindResultData } from '../lib/search/pagefindClient';
import {
  calledHereText,
  excerptParts,
  keywordQuery,
  maxQueryLength,
  readSearchState,
  resultsCount,
  type SearchState,
} from '../lib/search/searchPage';
import { calledHereNote } from '../lib/search/synonyms';
import { searchQuery, searchUrl } from '../lib/site/urls';

interface Props {
  /** Content types to offer as filters. */
  types: readonly string[];
}

type Status =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; results: PagefindResultData[]; more: PagefindResult[]; total: number; query: string; searched: string }
  | { kind: 'failed' };

/** Results shown at first and added by "Show more": each one costs a small download. */
const pageSize = 10;
/** Results fetched before the others: as many as the first screen of a phone or a laptop shows. */
const firstScreen = 4;

/**
 * The search page's form and results. Rendered on the server as a plain GET form (so it works,
 * as a form, without JavaScript); in the browser it searches as you type and keeps the URL in
 * step, so results can be shared and the back button works.
 */
export function SiteSearch({ types }: Props) {
  const [state, setState] = useState<SearchState>({ query: '', types: [] });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const latest = useRef(0);
  const inputId = useId();

  async function search(next: SearchState, ticket: number) {
    const pagefind = await loadPagefind();
    if (ticket !== latest.current) return;
    const options = next.types.length > 0 ? { filters: { type: { any: next.types } } } : {};
    const searched = keywordQuery(next.query);
    const found = await pagefind.search(searched, options);
    if (ticket !== latest.current) return;
    const more = found.results.slice(pageSize);
    const summary = { more, total: found.results.length, query: next.query, searched };
    if (found.results.length === 0) setStatus({ kind: 'done', results: [], ...summary });
    // Each result is shown as soon as it and those above it have arrived, the first screen's first
    // and then the rest. The next search need not wait for them: a newer query's results replace these.
    const show = (results: PagefindResultData[]) => {
      if (ticket === latest.current) setStatus({ kind: 'done', results, ...summary });
    };
    const loaders = found.results.slice(0, pageSize).map((result) => () => result.data());
    void loadInOrder(loaders.slice(0, firstScreen), show)
      .then(async (first) => {
        if (ticket === latest.current) await loadInOrder(loaders.slice(firstScreen), (rest) => show([...first, ...rest]));
      })
      .catch(() => {
        if (ticket === latest.current) setStatus({ kind: 'failed' });
      });
  }

  // No debounce: a search starts on each keystroke unless one is running, and then only the latest
  // query waits for it (see latestOnly).
  const [searchLatest] = useState(() =>
    latestOnly(async ({ next, ticket }: { next: SearchState; ticket: number }) => {
      if (ticket !== latest.current) return;
      await search(next, ticket).catch(() => {
        if (ticket === latest.current) setStatus({ kind: 'failed' });
      });
    }),
  );

  function run(next: SearchState) {
    const ticket = ++latest.current;
    if (!next.query) {
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus((current) => (current.kind === 'done' ? current : { kind: 'searching' }));
    void searchLatest({ next, ticket });
  }

  async function showMore() {
    if (status.kind !== 'done') return;
    const ticket = latest.current;
    const added = await Promise.all(status.more.slice(0, pageSize).map((result) => result.data()));
    if (ticket !== latest.current) return;
    setStatus({ ...status, results: [...status.results, ...added], more: status.more.slice(pageSize) });
    // Move focus to the first new result, so keyboard and screen reader users carry on from there.
    requestAnimationFrame(() => {
      document.querySelectorAll<HTMLAnchorElement>('.result-title')[status.results.length]?.focus();
    });
  }

  function update(next: SearchState, history: 'push' | 'replace') {
    setState(next);
    writeAddress(searchQuery(next), history);
    run(next);
  }

  const addressRead = useAddress((search) => {
    const next = readSearchState(search, types);
    setState(next);
    if (next.types.length > 0) setFiltersOpen(true);
    run(next);
  });

  // Pagefind is fetched and started while the page is idle, or as soon as any search field on the
  // page (the header's too) gets focus, so the first search does not wait for it.
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'search') warmPagefind();
    };
    document.addEventListener('focusin', onFocus);
    // Safari has no requestIdleCallback: a short timeout stands in for it.
    const idleWindow: { requestIdleCallback?: (callback: () => void) => number; cancelIdleCallback?: (handle: number) => void } = window;
    const idle = idleWindow.requestIdleCallback ? idleWindow.requestIdleCallback(warmPagefind) : window.setTimeout(warmPagefind, 200);
    return () => {
      document.removeEventListener('focusin', onFocus);
      if (idleWindow.cancelIdleCallback) idleWindow.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, []);

  const note = status.kind === 'done' ? calledHereNote(status.searched) : undefined;

  return (
    <div class="site-search-page" {...loadingMark(!addressRead)}>
      <form
        action={searchUrl()}
        method="get"
        role="search"
        aria-label="Search this site"
        onSubmit={(event) => {
          event.preventDefault();
          update(state, 'push');
        }}
      >
        <label for={inputId} class="label-large">
          Search roles, standards, qualifications, guidance and tools
        </label>
        <div class="search-row">
          <input
            id={inputId}
            name="q"
            type="search"
            maxLength={maxQueryLength}
            autoComplete="off"
            spellcheck={false}
            value={state.query}
            onInput={(event) => {
              update({ ...state, query: event.currentTarget.value.slice(0, maxQueryLength) }, 'replace');
            }}
          />
          <button type="submit">Search</button>
        </div>
        <details
          class="search-filters"
          open={filtersOpen}
          onToggle={(event) => {
            setFiltersOpen(event.currentTarget.open);
          }}
        >
          <summary>Show only some kinds of page{state.types.length > 0 && ` (${state.types.length} chosen)`}</summary>
          <fieldset>
            <legend>Show only</legend>
            {types.map((type) => (
              <label class="checkbox" key={type}>
                <input
                  type="checkbox"
                  name="type"
                  value={type}
                  checked={state.types.includes(type)}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    update({ ...state, types: checked ? [...state.types, type] : state.types.filter((item) => item !== type) }, 'push');
                  }}
                />{' '}
                {type}
              </label>
            ))}
          </fieldset>
        </details>
      </form>

      <div class="search-results">
        <p role="status" class="search-status">
          {status.kind === 'searching' && 'Searching…'}
          {status.kind === 'done' && (
            <>
              {resultsCount(status.total)} for “<bdi>{status.searched}</bdi>”
            </>
          )}
          {status.kind === 'done' && status.searched !== status.query && ' (the main words of your search)'}
          {status.kind === 'failed' &&
            'Search is not working at the moment. You can browse the role profiles, standards and qualifications instead.'}
        </p>
        {note && <p class="search-note">{calledHereText(note)}</p>}
        {status.kind === 'done' && status.results.length > 0 && (
          <ol class="result-list">
            {status.results.map((result) => (
              <li key={result.url}>
                <a href={result.url} class="result-title">
                  {result.meta.title ?? result.url}
                </a>
                {result.filters['type']?.[0] && <span class="result-type"> ({result.filters['type'][0]})</span>}
                <p class="result-excerpt">
                  {excerptParts(result.excerpt).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
                </p>
              </li>
            ))}
          </ol>
        )}
        {status.kind === 'done' && status.more.length > 0 && status.results.length >= pageSize && (
          <button type="button" class="secondary-button" onClick={() => void showMore()}>
            Show {Math.min(pageSize, status.more.length)} more results
          </button>
        )}
      </div>
    </div>
  );
}
