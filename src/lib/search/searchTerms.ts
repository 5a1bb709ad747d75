import { searchSynonyms, synonymsFor, type SearchPage, type SearchSynonym } from './synonyms';

/**
 * Abbreviations people type into search, and what they stand for in the site's text. A page
 * whose text spells out an expansion is also found by its abbreviation; a page whose title
 * spells it out is found first. (Pagefind cannot know that "HLTA" means "Higher Level Teaching
 * Assistant"; this is how the site tells it.)
 */
export const searchAbbreviations: readonly { abbreviation: string; expansions: readonly RegExp[] }[] = [
  { abbreviation: 'HLTA', expansions: [/higher level teaching assistant/i] },
  { abbreviation: 'TA', expansions: [/teaching assistant/i] },
  { abbreviation: 'ASN', expansions: [/additional support needs/i] },
  { abbreviation: 'QTS', expansions: [/qualified teacher status/i] },
  { abbreviation: 'NOS', expansions: [/national occupational standards?/i] },
  { abbreviation: 'STL', expansions: [/supporting teaching and learning/i] },
  { abbreviation: 'QCF', expansions: [/qualifications? and credit framework/i] },
  { abbreviation: 'SEN', expansions: [/special educational needs?/i] },
  { abbreviation: 'SEND', expansions: [/special educational needs?/i, /\bSEND\b/] },
  {
    abbreviation: 'EAL',
    // Pupils learning English as an additional language are the bilingual and multilingual pupils
    // the NOS units (STL11, STL35) name.
    expansions: [/english (?:as an additional language|is not their first language)/i, /\b(?:bi|multi)lingual\b/i],
  },
  { abbreviation: 'CPD', expansions: [/continuing professional development/i] },
  { abbreviation: 'NJC', expansions: [/national joint council/i] },
  { abbreviation: 'JE', expansions: [/job evaluation/i] },
  { abbreviation: 'NVQ', expansions: [/national vocational qualification/i] },
  { abbreviation: 'ITT', expansions: [/initial teacher training/i] },
];

export interface SearchKeywords {
  /** Abbreviations whose expansion is in the page's title: they rank the page first. */
  strong: string[];
  /** Abbreviations whose expansion is elsewhere in the page. */
  weak: string[];
}

/** The abbreviations a page should also be found by, from its title and its text. */
export function searchKeywords(title: string, text: string): SearchKeywords {
  const spelledOut = (source: string) =>
    searchAbbreviations
      .filter(({ expansions }) => expansions.some((expansion) => expansion.test(source)))
      .map(({ abbreviation }) => abbreviation);
  const strong = spelledOut(title);
  return { strong, weak: spelledOut(text).filter((abbreviation) => !strong.includes(abbreviation)) };
}

/**
 * What a page's Pagefind metadata carries besides its title: the names it is found by most strongly
 * (abbreviations its title spells out, and everyday names from the synonyms table) and more weakly
 * (abbreviations its text spells out). Metadata is searched and weighted (see pagefindClient.ts) but
 * never part of an excerpt, so these words find the page without showing up as a keyword list.
 */
export interface SearchMetadata {
  names: string;
  mentions: string;
}

export function searchMetadata(page: SearchPage, text: string, synonyms: readonly SearchSynonym[] = searchSynonyms): SearchMetadata {
  const keywords = searchKeywords(page.title, text);
  return { names: [...keywords.strong, ...synonymsFor(page, synonyms)].join(', '), mentions: keywords.weak.join(', ') };
}

/** All the string values in some data, joined: the text a page is built from. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(textOf).join(' ');
  return '';
}

/**
 * A comparison's title in search, naming a ladder once: "Learning Mentor 1 and 2 compared", not
 * "Learning Mentor 1 and Learning Mentor 2 compared", so the title of a comparison does not match
 * the words of a role twice and rank above the role's own page.
 */
export function comparedTitle(lowerTitle: string, higherTitle: string): string {
  const lower = /^(.*\S)\s+(\d+)$/.exec(lowerTitle);
  const higher = /^(.*\S)\s+(\d+)$/.exec(higherTitle);
  if (lower && higher && lower[1] === higher[1]) return `${lowerTitle} and ${higher[2] ?? ''} compared`;
  return `${lowerTitle} and ${higherTitle} compared`;
}
