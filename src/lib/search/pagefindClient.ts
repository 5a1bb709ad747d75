/**
 * The parts of Pagefind's browser API the search page uses (Pagefind ships no browser types).
 * The script lives at /pagefind/pagefind.js, written by `pagefind --site dist` after the build.
 */
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
    ranking?: { termSimilarity?: number; pageLength?: number };
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
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Short abbreviations (TA, NOS) otherwise match the start of longer words ("taking", "nose");
    // a higher term similarity ranks whole-word matches first.
    await pagefind.options({ excerptLength: 24, ranking: { termSimilarity: 8, pageLength: 0.3 } });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
