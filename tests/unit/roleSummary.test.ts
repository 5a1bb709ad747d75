import { describe, expect, it } from 'vitest';
import { nationIds, nationTagLabel } from '../../src/domain/now';
import { firstSentence, notInOurSourcesMark, roleAtAGlance, roleIndexRow } from '../../src/lib/content/roleSummary';
import { ladderNeighbours } from '../../src/lib/content/roles';
import { onwardNations, onwardNationsFrom } from '../../src/lib/progression/onwardNations';
import { whereItLeads } from '../../src/lib/progression/whereItLeads';
import { comparisonPairUrl, nationUrl, statusUrl } from '../../src/lib/site/urls';
import { progressionGraph, progressions } from './progressionContent';
import { content } from './siteContent';

const summaryContent = { ...content, progression: progressionGraph };
const nationContent = { ...content, progressions };
const glance = (role: (typeof content.roles)[number]) =>
  roleAtAGlance(summaryContent, role, onwardNationsFrom(nationContent, progressionGraph, `role:${role.id}`).places);
const qualification = (id: string) => content.qualifications.find((entry) => entry.id === id)!;
/** Every route to a status, with the nations the content gives it. */
const routes = content.statuses.flatMap((status) => status.data.routes.map((route) => ({ status, route })));

describe('the first sentence of a purpose', () => {
  it('ends at the first full stop before a new sentence, not at an abbreviation or a section number', () => {
    expect(firstSentence('To mentor pupils. The primary focus is groups.')).toBe('To mentor pupils.');
    expect(firstSentence('To support pupils, e.g. in ICT, as in 3.2 of the plan.')).toBe(
      'To support pupils, e.g. in ICT, as in 3.2 of the plan.',
    );
    expect(firstSentence('One sentence only.')).toBe('One sentence only.');
  });
});

describe("a role page's At a glance", () => {
  it("gives what the job is for in the profile's own words: the whole purpose, or its first sentence said to be so", () => {
    let shortened = 0;
    for (const role of content.roles) {
      const { purpose } = glance(role);
      expect(role.data.purpose.startsWith(purpose.text), role.id).toBe(true);
      expect(purpose.text).toMatch(/[.!?]$/);
      expect(purpose.firstSentenceOnly, role.id).toBe(purpose.text !== role.data.purpose);
      if (purpose.firstSentenceOnly) shortened++;
    }
    // Some profiles' purposes run to more than one sentence; the check above must have met them.
    expect(shortened).toBeGreaterThan(0);
  });

  it('lists each relevant qualification that can be taken today (current, or replaced by something named) and shows "not known" as such', () => {
    let listed = 0;
    for (const role of content.roles) {
      const { takeableToday, notKnown, relevantCount } = glance(role);
      expect(relevantCount).toBe(role.data.relevantQualifications.length);
      for (const { id } of role.data.relevantQualifications) {
        const { now } = qualification(id).data;
        const today = now.state === 'current' || (now.state === 'replaced' && now.replacedBy !== undefined);
        expect(
          takeableToday.some((item) => item.id === id),
          `${role.id}: ${id}`,
        ).toBe(today);
        expect(
          notKnown.some((item) => item.id === id),
          `${role.id}: ${id}`,
        ).toBe(now.state === 'not-known');
        listed++;
      }
      for (const item of [...takeableToday, ...notKnown])
        expect(item.nationTag).toBe(nationTagLabel(qualification(item.id).data.now.nations));
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('says where it leads with its next steps alone, each route labelled with the nations the content gives it', () => {
    let labelled = 0;
    for (const role of content.roles) {
      const { nextSteps, sideways } = whereItLeads(progressionGraph, `role:${role.id}`);
      const { leadsTo } = glance(role);
      const label = (id: string) => progressionGraph.nodes.find((node) => node.id === id)!.label;
      expect(leadsTo.map((place) => place.label)).toEqual(nextSteps.map((edge) => label(edge.to)));
      for (const edge of sideways) expect(leadsTo.map((place) => place.label)).not.toContain(label(edge.to));
      for (const place of leadsTo) {
        const route = routes.find(({ status, route }) => statusUrl(status.id, route.id) === place.href);
        expect(place.nationTag, `${role.id}: ${place.label}`).toBe(route ? nationTagLabel(route.route.nations) : undefined);
        if (place.nationTag) labelled++;
      }
    }
    expect(labelled).toBeGreaterThan(0);
  });

  it('links to the comparison with the level above, or at the top of a ladder with the level below', () => {
    for (const role of content.roles) {
      const { previous, next } = ladderNeighbours(content.roles, role);
      const { compare } = glance(role);
      if (next) expect(compare?.href).toBe(comparisonPairUrl(role.id, next.id));
      else if (previous) expect(compare?.href).toBe(comparisonPairUrl(previous.id, role.id));
      else expect(compare).toBeUndefined();
      if (compare) expect(compare.label).toContain((next ?? previous)!.data.title);
    }
  });
});

describe('England-only routes and requirements on a role page', () => {
  it('labels every place on its onward routes that the content limits to some nations, and no other', () => {
    for (const role of content.roles) {
      const nodeId = `role:${role.id}`;
      const { places } = onwardNationsFrom(nationContent, progressionGraph, nodeId);
      const { nextSteps, sideways, destinations } = whereItLeads(progressionGraph, nodeId);
      const shown = [...nextSteps, ...sideways, ...destinations.flatMap((destination) => destination.routes.flat())].map((edge) => edge.to);
      for (const id of new Set(shown)) {
        const node = progressionGraph.nodes.find((item) => item.id === id)!;
        const route = routes.find(({ status, route }) => statusUrl(status.id, route.id) === node.href);
        expect(places[id], `${role.id}: ${id}`).toBe(route ? nationTagLabel(route.route.nations) : undefined);
      }
    }
  });

  it('says, for each nation a labelled route leaves out, what differs there, linking to that nation’s page', () => {
    const role = content.roles.find(
      (entry) => Object.keys(onwardNationsFrom(nationContent, progressionGraph, `role:${entry.id}`).places).length > 0,
    );
    expect(role).toBeDefined();
    const { places, elsewhere, elsewhereHeading } = onwardNationsFrom(nationContent, progressionGraph, `role:${role!.id}`);
    const limitedRoutes = routes.filter(({ route }) => Object.keys(places).includes(`route:${route.id}`));
    const leftOut = nationIds.filter((nation) => limitedRoutes.some(({ route }) => !route.nations.includes(nation)));
    expect(leftOut.length).toBeGreaterThan(0);
    expect([...new Set(elsewhere.map((note) => note.nation))]).toEqual(leftOut);
    for (const note of elsewhere) expect(note.href.startsWith(nationUrl(note.nation))).toBe(true);
    for (const nation of leftOut) expect(elsewhereHeading).toContain(elsewhere.find((note) => note.nation === nation)!.nationName);
  });

  it('labels a requirement of a move that applies in some nations only, by the line the move shows', () => {
    const limited = content.qualifications.find((entry) => nationTagLabel(entry.data.now.nations));
    const move = progressions.find((entry) => entry.data.from.kind === 'role');
    expect(limited && move).toBeTruthy();
    const withRequirement = {
      ...move!,
      data: { ...move!.data, takes: { ...move!.data.takes, qualifications: [{ collection: 'qualifications' as const, id: limited!.id }] } },
    };
    const edge = progressionGraph.edges.find((item) => item.id === move!.id)!;
    const result = onwardNations({ ...nationContent, progressions: [withRequirement] }, [edge]);
    const line = limited!.data.shortTitle ?? limited!.data.title;
    expect(result.lines[edge.id]).toEqual({ [line]: nationTagLabel(limited!.data.now.nations) });
    expect(result.elsewhere.length).toBeGreaterThan(0);
  });
});

describe('the roles index', () => {
  it("gives each role its purpose's first sentence, and a mark instead of the words when its JE total is not in our sources", () => {
    for (const role of content.roles) {
      const row = roleIndexRow(role);
      expect(row.purpose).toBe(firstSentence(role.data.purpose));
      expect(row.jeTotalInSources).toBe(role.data.jobEvaluation !== undefined);
      expect(row.jeTotal === notInOurSourcesMark).toBe(!row.jeTotalInSources);
    }
    expect(content.roles.some((role) => !roleIndexRow(role).jeTotalInSources)).toBe(true);
  });
});
