import { describe, expect, it } from 'vitest';
import { changeGroupIds, nationIds, nationTagLabel } from '../../src/domain/now';
import { changeAnchor } from '../../src/lib/now/anchors';
import { buildChanges, namedOnGuidancePage } from '../../src/lib/now/changes';
import { nationLimitedItems, nationNotesFor, nationPageProblems, notForNation } from '../../src/lib/now/nations';
import { standardHeadingDifferences } from '../../src/lib/now/standardHeadings';
import { routesByDegree } from '../../src/lib/now/statusPage';
import { todayForLadder } from '../../src/lib/now/today';
import { nationUrl, qtsDegreeAnchors, qualificationUrl, statusUrl } from '../../src/lib/site/urls';
import { content } from './siteContent';

const groups = buildChanges(content);
const items = groups.flatMap((group) => group.items);
const anchors = new Set(items.map((item) => item.anchor));

describe('the changes page', () => {
  it('has its groups in order: qualifications, apprenticeships, HLTA, standards, routes to teaching, bodies, nations', () => {
    expect(groups.map((group) => group.id)).toEqual(changeGroupIds);
  });

  it('lists every qualification, with apprenticeships apart', () => {
    for (const { id, data } of content.qualifications) {
      const group = groups.find((item) => item.items.some((change) => change.anchor === changeAnchor('qualification', id)));
      expect(group?.id, id).toBe(data.type === 'apprenticeship' ? 'apprenticeships' : 'qualifications');
    }
  });

  it('lists every body, tool, framework and set of standards, every route and every topic of every nation and page', () => {
    const expected = [
      ...content.bodiesAndTools.map((entry) => changeAnchor('body', entry.id)),
      ...content.statuses.flatMap((entry) => entry.data.routes.map((route) => changeAnchor('route', route.id))),
      ...content.statuses.flatMap((entry) => entry.data.today.map((section) => changeAnchor('status', `${entry.id}-${section.id}`))),
      ...content.today.flatMap((page) => page.data.sections.map((section) => changeAnchor('today', `${page.id}-${section.id}`))),
      ...content.nations.flatMap((page) => page.data.sections.map((section) => changeAnchor('nation', `${page.id}-${section.id}`))),
    ];
    expect(expected.filter((anchor) => !anchors.has(anchor))).toEqual([]);
  });

  it('gives every change a date and a source', () => {
    const undated = items.filter(
      (item) => item.asOf.trim() === '' || item.sources.length === 0 || item.sources.some((source) => !source.trim()),
    );
    expect(undated.map((item) => item.anchor)).toEqual([]);
  });

  it('gives every change its own anchor', () => {
    expect(anchors.size).toBe(items.length);
  });

  it('shows where a printed heading of the standards differs from today’s', () => {
    const hlta = content.statuses.find((entry) => entry.id === 'hlta')!;
    const differing = hlta.data.standardSections.filter(
      (section) => section.currentTitle && section.currentTitle.text.toLowerCase() !== section.title.toLowerCase(),
    );
    expect(differing.length).toBeGreaterThan(0);
    expect(standardHeadingDifferences(hlta.data, content.currentFacts).map((difference) => difference.printed)).toEqual(
      differing.map((section) => section.title),
    );
    for (const difference of standardHeadingDifferences(hlta.data, content.currentFacts)) {
      expect(items.find((item) => item.anchor === changeAnchor('heading', `hlta-${difference.anchor}`))?.text).toContain(difference.today);
    }
  });
});

describe('nations', () => {
  it('have one page each, named after the nation', () => {
    expect(nationPageProblems(content.nations)).toEqual([]);
    expect(nationPageProblems([...content.nations, { id: 'scotland' }])).toEqual([
      'content/nations/scotland.mdx is not named after a nation (england, wales, northern-ireland)',
    ]);
  });

  it('put a note on every page they change, linking to the section', () => {
    for (const page of content.nations) {
      for (const section of page.data.sections) {
        const href = nationUrl(page.id, section.id);
        const targets = [
          ...section.affects.statuses.map(({ id }) => ({ kind: 'statuses' as const, id })),
          ...section.affects.qualifications.map(({ id }) => ({ kind: 'qualifications' as const, id })),
          ...section.affects.today.map(({ id }) => ({ kind: 'today' as const, id })),
          ...section.affects.guidance.map(({ id }) => ({ kind: 'guidance' as const, id })),
          ...section.affects.ladders.map((id) => ({ kind: 'ladders' as const, id })),
        ];
        for (const target of targets) {
          expect(
            nationNotesFor(content.nations, target).map((note) => note.href),
            `${target.kind} ${target.id}`,
          ).toContain(href);
        }
      }
    }
  });

  it('list every route, page, qualification and body that applies in some nations only', () => {
    const limited = nationLimitedItems(content);
    const routes = content.statuses.flatMap((entry) => entry.data.routes.filter((route) => nationTagLabel(route.nations)));
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) expect(limited.map((item) => item.id)).toContain(route.id);
    for (const entry of content.qualifications.filter((item) => nationTagLabel(item.data.now.nations))) {
      expect(limited.find((item) => item.id === entry.id)?.href).toBe(qualificationUrl(entry.id));
    }
  });

  it('tell a reader in Wales which of the site’s routes are not for Wales', () => {
    const notForWales = notForNation(nationLimitedItems(content), 'wales');
    const englishRoutes = content.statuses.flatMap((entry) =>
      entry.data.routes.filter((route) => route.nations.length > 0 && !route.nations.includes('wales')),
    );
    for (const route of englishRoutes) expect(notForWales.map((item) => item.id)).toContain(route.id);
    expect(notForWales.every((item) => !item.nations.includes('wales'))).toBe(true);
  });

  it('are all on the role pages of the ladders they name', () => {
    for (const page of content.nations) {
      for (const section of page.data.sections) {
        for (const ladder of section.affects.ladders) {
          expect(todayForLadder(content, ladder).notes.map((note) => note.href)).toContain(nationUrl(page.id, section.id));
        }
      }
    }
    expect(nationIds.length).toBe(content.nations.length);
  });
});

describe('the QTS page', () => {
  const qts = content.statuses.find((entry) => entry.id === 'qts')!;
  const groupsByDegree = routesByDegree(qts.data.routes)!;

  it('lists the routes for someone without a degree first, then those for someone with one', () => {
    expect(groupsByDegree.map((group) => group.anchor)).toEqual([qtsDegreeAnchors.without, qtsDegreeAnchors.with]);
    expect(groupsByDegree[0]!.routes.map((route) => route.id)).toEqual(
      qts.data.routes.filter((route) => !route.needsDegree).map((route) => route.id),
    );
    expect(groupsByDegree[1]!.routes.map((route) => route.id)).toEqual(
      qts.data.routes.filter((route) => route.needsDegree).map((route) => route.id),
    );
  });

  it('dates the facts of every route, saying so when the source gives no date', () => {
    for (const route of groupsByDegree.flatMap((group) => group.routes)) {
      const asOf = route.rows.find((row) => row.key === 'Facts as of');
      expect(asOf?.value, route.id).toBe(qts.data.routes.find((item) => item.id === route.id)?.asOf ?? 'not dated by the source');
      expect(route.nationTag, route.id).toBe(nationTagLabel(qts.data.routes.find((item) => item.id === route.id)!.nations));
    }
  });

  it('does not split routes that all need the same thing', () => {
    expect(routesByDegree(qts.data.routes.filter((route) => route.needsDegree))).toBeUndefined();
  });

  it('has every route anchor the map and guidance link to', () => {
    for (const route of qts.data.routes) expect(statusUrl('qts', route.id)).toBe(`/statuses/qts/#${route.id}`);
  });
});

describe('guidance pages', () => {
  it('show the status of everything they name', () => {
    for (const entry of content.bodiesAndTools) {
      for (const { id } of entry.data.namedIn.guidance) {
        expect(
          namedOnGuidancePage(content, id).map((item) => item.id),
          `${entry.id} on ${id}`,
        ).toContain(entry.id);
      }
    }
  });
});
