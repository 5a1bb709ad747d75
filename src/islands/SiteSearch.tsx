import { useId, useRef, useState } from 'preact/hooks';
import { useAddress, writeAddress } from './address';
import { loadPagefind, type PagefindResult, type PagefindResultData } from '../lib/search/pagefindClient';
import { excerptParts, keywordQuery, maxQueryLength, readSearchState, resultsCount, type SearchState } from '../lib/search/searchPage';
import { searchQuery } from '../lib/site/urls';

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

/**
 * The search page's form and results. Rendered on the server as a plain GET form (so it works,
 * as a form, without JavaScript); in the browser it searches as you type and keeps the URL in
 * step, so results can be shared and the back button works.
 */
export function SiteSearch({ types }: Props) {
  const [state, setState] = useState<SearchState>({ query: '', types: [] });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const latest = useRef(0);
  const inputId = useId();

  async function run(next: SearchState) {
    const ticket = ++latest.current;
    if (!next.query) {
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus((current) => (current.kind === 'done' ? current : { kind: 'searching' }));
    try {
      const pagefind = await loadPagefind();
      const options = next.types.length > 0 ? { filters: { type: { any: next.types } } } : {};
      const searched = keywordQuery(next.query);
      const search = await pagefind.debouncedSearch(searched, options, 120);
      if (!search || ticket !== latest.current) return;
      const results = await Promise.all(search.results.slice(0, pageSize).map((result) => result.data()));
      if (ticket === latest.current) {
        setStatus({
          kind: 'done',
          results,
          more: search.results.slice(pageSize),
          total: search.results.length,
          query: next.query,
          searched,
        });
      }
    } catch {
      if (ticket === latest.current) setStatus({ kind: 'failed' });
    }
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
    void run(next);
  }

  useAddress((search) => {
    const next = readSearchState(search, types);
    setState(next);
    void run(next);
  });

  return (
    <div class="site-search-page">
      <form
        action="/search/"
        method="get"
        role="search"
        aria-label="Search this site"
        onSubmit={(event) => {
          event.preventDefault();
          update(state, 'push');
        }}
      >
        <label for={inputId} class="label-large">
          Search roles, standards, qualifications and guidance
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
            onFocus={() => void loadPagefind().catch(() => undefined)}
            onInput={(event) => {
              update({ ...state, query: event.currentTarget.value.slice(0, maxQueryLength) }, 'replace');
            }}
          />
          <button type="submit">Search</button>
        </div>
        <fieldset class="search-filters">
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
        {status.kind === 'done' && status.more.length > 0 && (
          <button type="button" class="secondary-button" onClick={() => void showMore()}>
            Show {Math.min(pageSize, status.more.length)} more results
          </button>
        )}
      </div>
    </div>
  );
}
