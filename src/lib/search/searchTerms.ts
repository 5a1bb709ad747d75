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

/** All the string values in some data, joined: the text a page is built from. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(textOf).join(' ');
  return '';
}
