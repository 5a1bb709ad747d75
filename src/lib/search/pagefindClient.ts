/**
 * The parts of Pagefind's browser API the search page uses (Pagefind ships no browser types).
 * The script lives at /pagefind/pagefind.js, written by `pagefind --site dist` after the build.
 */
import { pagefindScriptUrl } from '../site/urls';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface Pagefind {
  options: (options: {
    excerptLength?: number;
    baseUrl?: string;
    ranking?: { termSimilarity?: number; pageLength?: number; metaWeights?: Record<string, number> };
  }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] }>;
  debouncedSearch: (
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
    milliseconds?: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; later calls share the same promise. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A URL built at run time, so the bundler leaves this file (created after the build) alone.
    const url = new URL(pagefindScriptUrl, window.location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Short abbreviations (TA, NOS) otherwise match the start of longer words ("taking", "nose");
    // a higher term similarity ranks whole-word matches first. Metadata is searched too: a match in
    // the names a page is found by (searchMetadata in searchTerms.ts: the abbreviations its title
    // spells out, the everyday names of its job) counts as much as one in its title, an abbreviation
    // its text spells out counts a tenth as much.
    await pagefind.options({
      excerptLength: 24,
      ranking: { termSimilarity: 8, pageLength: 0.3, metaWeights: { title: 5, names: 5, mentions: 0.5 } },
    });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Starts loading Pagefind without waiting for it (when the page is idle, or a search field gets focus). */
export function warmPagefind(): void {
  loadPagefind().catch(() => undefined);
}

/**
 * Loads each result's data at once, and reports the results in order as each leading run of them
 * arrives, so the first result can be shown while the others are still on their way.
 */
export async function loadInOrder<T>(loaders: readonly (() => Promise<T>)[], onArrived: (leading: T[]) => void): Promise<T[]> {
  const loaded: T[] = [];
  const done: boolean[] = loaders.map(() => false);
  let reported = 0;
  await Promise.all(
    loaders.map(async (load, index) => {
      loaded[index] = await load();
      done[index] = true;
      let leading = reported;
      while (leading < loaders.length && done[leading]) leading++;
      if (leading > reported) {
        reported = leading;
        onArrived(loaded.slice(0, leading));
      }
    }),
  );
  return loaded;
}
