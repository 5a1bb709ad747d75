import { describe, expect, it } from 'vitest';
import { excerptParts, keywordQuery, maxQueryLength, readSearchState, resultsCount } from '../../src/lib/search/searchPage';
import { searchQuery } from '../../src/lib/site/urls';
import { searchKeywords, textOf } from '../../src/lib/search/searchTerms';

describe('abbreviations people type', () => {
  it('are added to a page whose title spells them out, as strong keywords', () => {
    expect(searchKeywords('Higher Level Teaching Assistant status (HLTA)', '').strong).toEqual(expect.arrayContaining(['HLTA', 'TA']));
  });

  it('are added more weakly when only the text spells them out', () => {
    const keywords = searchKeywords(
      'Teaching Assistant 3',
      'Provide specialist support to pupils with special educational needs; English is not their first language',
    );
    expect(keywords.strong).toEqual(['TA']);
    expect(keywords.weak).toEqual(expect.arrayContaining(['SEN', 'SEND', 'EAL']));
  });

  it('find the bilingual/multilingual units by "EAL"', () => {
    expect(searchKeywords('Support bilingual/multilingual pupils', '').strong).toEqual(['EAL']);
  });

  it('are not added to a page that never spells them out', () => {
    expect(searchKeywords('Grade 3', 'Supervising lunchtime activities')).toEqual({ strong: [], weak: [] });
  });

  it('read the text from nested data', () => {
    expect(textOf({ a: ['x', { b: 'y' }], c: 3 })).toBe('x y ');
  });
});

describe('the search page address', () => {
  it('round-trips a query and filters', () => {
    const state = { query: 'safe & sound', types: ['Role profile', 'NOS unit'] };
    expect(readSearchState(searchQuery(state))).toEqual(state);
  });

  it('drops unknown filters and trims what it keeps', () => {
    expect(readSearchState('?q=%20midday%20&type=Role%20profile&type=Nonsense', ['Role profile'])).toEqual({
      query: 'midday',
      types: ['Role profile'],
    });
  });

  it('keeps markup in a query as text, and cuts an overlong one', () => {
    expect(readSearchState('?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E').query).toBe('<script>alert(1)</script>');
    expect(readSearchState(`?q=${'a'.repeat(5000)}`).query).toHaveLength(maxQueryLength);
  });

  it('is empty for no query', () => {
    expect(readSearchState('')).toEqual({ query: '', types: [] });
    expect(searchQuery({ query: '', types: [] })).toBe('');
  });
});

describe('result excerpts', () => {
  it('split into text and highlighted matches', () => {
    expect(excerptParts('Help to keep children <mark>safe</mark> at all times')).toEqual([
      { text: 'Help to keep children ', match: false },
      { text: 'safe', match: true },
      { text: ' at all times', match: false },
    ]);
  });

  it('decode escaped characters to text, so markup in content shows as typed', () => {
    expect(excerptParts('a &lt;b&gt; &amp; &quot;c&quot; <mark>d&#39;s</mark>')).toEqual([
      { text: 'a <b> & "c" ', match: false },
      { text: "d's", match: true },
    ]);
  });

  it('drop any other tag rather than render it', () => {
    expect(excerptParts('x <img src=y onerror=z> w')).toEqual([{ text: 'x  w', match: false }]);
  });

  it('count the results for screen readers', () => {
    expect(resultsCount(0)).toBe('No results');
    expect(resultsCount(1)).toBe('1 result');
    expect(resultsCount(3)).toBe('3 results');
  });
});

describe('questions typed into search', () => {
  it.each([
    ['which unit covers safeguarding?', 'safeguarding'],
    ['What does a learning mentor do', 'learning mentor'],
    ['how do I become an HLTA', 'become HLTA'],
    ['what level is a teaching assistant role', 'teaching assistant'],
    ['which units are about behaviour', 'behaviour'],
  ])('search on their main words: %s → %s', (query, expected) => {
    expect(keywordQuery(query)).toBe(expected);
  });

  it.each(['safeguarding', 'learning mentor', 'teaching assistant level 3', 'English and maths', 'level 2 qualifications', 'unit 30'])(
    'leave a plain query as typed: %s',
    (query) => {
      expect(keywordQuery(query)).toBe(query);
    },
  );

  it.each(['cover supervisor', 'role audit', 'plan my route', 'compare roles'])(
    'keep a name people type whole, though it holds a question or weak word: %s',
    (query) => {
      expect(keywordQuery(query)).toBe(query);
    },
  );

  it('search a query of question words only as typed, rather than for nothing', () => {
    expect(keywordQuery('what is it')).toBe('what is it');
  });

  it('search a query of weak words only on those words', () => {
    expect(keywordQuery('which role?')).toBe('role');
    expect(keywordQuery('roles')).toBe('roles');
  });
});
