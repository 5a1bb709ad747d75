import { describe, expect, it } from 'vitest';
import { calledHereNote, namesInQuery, queryWords, searchSynonyms, synonymsFor, type SearchPage } from '../../src/lib/search/synonyms';
import { searchMetadata } from '../../src/lib/search/searchTerms';
import { calledHereText } from '../../src/lib/search/searchPage';
import { plannerUrl, qualificationUrl, roleUrl } from '../../src/lib/site/urls';
import { content } from './siteContent';

/** Every role and qualification page as the search index describes it. */
const pages: SearchPage[] = [
  ...content.roles.map((role) => ({ url: roleUrl(role.id), type: 'Role profile' as const, title: role.data.title })),
  ...content.qualifications.map((entry) => ({ url: qualificationUrl(entry.id), type: 'Qualification' as const, title: entry.data.title })),
];
const ledTo = (name: string) => pages.filter((page) => synonymsFor(page).includes(name)).map((page) => page.url);
const ladder = (id: string) => content.roles.filter((role) => role.data.ladder === id).map((role) => roleUrl(role.id));

describe('everyday names for the jobs', () => {
  it.each([
    ['dinner lady', 'midday-supervision'],
    ['lunchtime supervisor', 'midday-supervision'],
    ['midday assistant', 'midday-supervision'],
    ['classroom assistant', 'teaching-assistant'],
    ['learning support assistant', 'teaching-assistant'],
    ['lsa', 'teaching-assistant'],
    ['sna', 'additional-support-needs-assistant'],
    ['pastoral support', 'pupil-wellbeing-management'],
  ])('"%s" leads to every profile on the %s ladder, and to no other page', (name, ladderId) => {
    expect(ladder(ladderId).length).toBeGreaterThan(0);
    expect(ledTo(name).sort()).toEqual(ladder(ladderId).sort());
  });

  it('"cover supervisor" leads to no profile, only to the qualification for the role', () => {
    const led = ledTo('cover supervisor');
    expect(led).toHaveLength(1);
    const qualification = content.qualifications.find((entry) => qualificationUrl(entry.id) === led[0]);
    expect(qualification?.data.title).toMatch(/Cover Supervision/);
  });

  it('each lead somewhere: no name in the table finds nothing', () => {
    const tools = searchSynonyms.filter((synonym) => 'url' in synonym.finds);
    const jobs = searchSynonyms.filter((synonym) => !('url' in synonym.finds));
    for (const synonym of jobs)
      expect(
        pages.filter((page) => synonymsFor(page, [synonym]).length > 0),
        synonym.names[0],
      ).not.toEqual([]);
    expect(tools.length).toBeGreaterThan(0);
  });

  it('are written in lower case and as the search page compares them', () => {
    for (const name of searchSynonyms.flatMap((synonym) => synonym.names))
      expect(queryWords(name).join(' '), name).toBe(name.replace('-', ' '));
  });
});

describe('the names a page is found by', () => {
  it("are the everyday names of its job and the abbreviations its title spells out, kept apart from its text's", () => {
    const metadata = searchMetadata(
      { url: roleUrl('teaching-assistant-3'), type: 'Role profile', title: 'Teaching Assistant 3' },
      'support for pupils with special educational needs',
    );
    expect(metadata.names.split(', ')).toEqual(expect.arrayContaining(['TA', 'classroom assistant', 'lsa']));
    expect(metadata.mentions.split(', ')).toEqual(expect.arrayContaining(['SEN']));
  });

  it("include a tool's everyday names on the tool alone", () => {
    expect(synonymsFor({ url: plannerUrl(), type: 'Tool', title: 'Route planner' })).toContain('plan my route');
    expect(synonymsFor({ url: '/map/', type: 'Overview', title: 'Progression map' })).toEqual([]);
  });
});

describe('a query that names a job another way', () => {
  it('is found whole, word by word, wherever it is in the query', () => {
    expect(namesInQuery(queryWords('what does a Dinner Lady do?')).map((found) => found.name)).toEqual(['dinner lady']);
    expect(namesInQuery(queryWords('dinnerlady'))).toEqual([]);
  });

  it('prefers the longer name where two overlap', () => {
    expect(namesInQuery(queryWords('pastoral support worker')).map((found) => found.name)).toEqual(['pastoral support worker']);
  });

  it('is told what the profiles call the job', () => {
    const note = calledHereNote('dinner lady');
    expect(note).toEqual({ typed: 'dinner lady', calledHere: 'Midday Supervision' });
    expect(calledHereText(note!)).toBe('“dinner lady”: the role profiles call this job Midday Supervision.');
  });

  it("is told nothing when it uses the profiles' own words, or names a tool", () => {
    expect(calledHereNote('midday supervision')).toBeUndefined();
    expect(calledHereNote('route planner')).toBeUndefined();
    expect(calledHereNote('cover supervisor')).toBeUndefined();
  });
});
