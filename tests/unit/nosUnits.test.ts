import { describe, expect, it } from 'vitest';
import { titleStatuses } from '../../src/domain/nosGroups';
import { givenTitleName, nosTitleProvenance, nosUnitHasPage, titleSourcesSentence } from '../../src/lib/content/nosUnits';
import { nosUnitSchema, type NosUnitData } from '../../src/schemas/nosUnit';
import { content } from './siteContent';

const unit = (number: number, titleStatus: NosUnitData['titleStatus'], extra: Partial<NosUnitData> = {}) => ({
  data: nosUnitSchema.parse({
    number,
    title: titleStatus === 'title-not-found' ? null : `Unit ${number}`,
    group: 'level-3-option-a',
    titleStatus,
    ...extra,
  }),
});

describe('where the standards index says the titles come from', () => {
  it('counts the units by where their titles were found, so a newly titled unit changes the figures', () => {
    const units = [
      unit(1, 'verified-national-standards-site'),
      unit(2, 'verified-national-standards-site'),
      unit(3, 'secondary-copy-of-TDA-document'),
      unit(4, 'title-not-found'),
      unit(5, 'title-not-found', {
        topic: { description: 'the early years unit', describedIn: 'a handbook', url: 'https://example.org/' },
      }),
    ];
    expect(nosTitleProvenance(units)).toEqual({
      total: 5,
      titled: 3,
      bySource: [
        { status: 'verified-national-standards-site', count: 2, description: titleStatuses['verified-national-standards-site'] },
        { status: 'secondary-copy-of-TDA-document', count: 1, description: titleStatuses['secondary-copy-of-TDA-document'] },
      ],
      untitled: 2,
      withTopic: 1,
    });
    expect(titleSourcesSentence(units)).toBe(
      `This site has a page for each of the 3 units whose title was found: 2 ${titleStatuses['verified-national-standards-site']} and 1 ${titleStatuses['secondary-copy-of-TDA-document']}.`,
    );
  });

  it('adds up to the real collection: every titled unit is counted under one source', () => {
    const provenance = nosTitleProvenance(content.nosUnits);
    expect(provenance.total).toBe(content.nosUnits.length);
    expect(provenance.titled).toBe(content.nosUnits.filter(nosUnitHasPage).length);
    expect(provenance.bySource.reduce((sum, item) => sum + item.count, 0)).toBe(provenance.titled);
    expect(titleSourcesSentence(content.nosUnits)).not.toMatch(/our sources give/);
  });
});

describe("a unit's topic", () => {
  it('is refused on a unit that has a title, so a topic can never stand in for one', () => {
    const result = nosUnitSchema.safeParse({
      number: 27,
      title: 'Early years',
      group: 'level-3-option-a',
      titleStatus: 'seed-only',
      topic: { description: 'the early years unit', describedIn: 'a handbook', url: 'https://example.org/' },
    });
    expect(result.success).toBe(false);
  });

  it('is given for the units the reference facts describe only by topic, and they have no page', () => {
    const withTopic = content.nosUnits.filter((entry) => entry.data.topic);
    expect(withTopic.length).toBeGreaterThan(0);
    for (const entry of withTopic) expect(nosUnitHasPage(entry), entry.id).toBe(false);
  });
});

describe('what a page calls the title it gives', () => {
  it('calls only a title read from the national site "the national title"', () => {
    expect(givenTitleName(unit(3, 'verified-national-standards-site'))).toBe('the national title');
    for (const status of ['secondary-copy-of-TDA-document', 'seed-only'] as const) {
      expect(givenTitleName(unit(61, status))).not.toMatch(/national title/);
    }
  });

  it('says STL61, found only in the sources, is not a national title', () => {
    const stl61 = content.nosUnits.find((entry) => entry.id === 'stl-61')!;
    expect(stl61.data.titleStatus).toBe('seed-only');
    expect(givenTitleName(stl61)).toMatch(/found only in the source documents/);
  });
});
