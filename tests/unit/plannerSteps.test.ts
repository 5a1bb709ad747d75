import { describe, expect, it } from 'vitest';
import { nowStates } from '../../src/domain/now';
import { factLookup } from '../../src/lib/now/facts';
import { planRoutes } from '../../src/lib/progression/planner';
import { destinationsFrom, plannerStarts, startSlugClashes, stepModes } from '../../src/lib/progression/plannerPages';
import { alternativeDifference, alternativeSentence, planView } from '../../src/lib/progression/planView';
import { plannerFacts, stepFactSections } from '../../src/lib/progression/stepFacts';
import { mapRouteUrl, plannerDestinationAnchor } from '../../src/lib/site/urls';
import { progressionGraph as graph, progressions } from './progressionContent';
import { content } from './siteContent';
import { testEdge } from './graphFixtures';

const facts = plannerFacts(graph, { ...content, progressions });
const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
const starts = plannerStarts(graph);
const goals = graph.nodes;
/** Every plan the planner can show on the real map, with no nation chosen. */
const plans = starts.flatMap((start) =>
  goals
    .filter((goal) => goal.id !== start.id)
    .map((goal) => ({
      from: start.id,
      to: goal.id,
      plan: planRoutes(graph, { from: start.id, to: goal.id, nation: '' }, facts.nodeNations),
    })),
);

describe('what each step costs in time and money', () => {
  it('finds every fact section the planner quotes in the content, so a renamed section fails here', () => {
    const sectionIds = [
      ...content.statuses.flatMap((entry) => entry.data.today.map((section) => section.id)),
      ...content.today.flatMap((entry) => entry.data.sections.map((section) => section.id)),
    ];
    for (const id of [...stepFactSections.time, ...stepFactSections.cost]) expect(sectionIds).toContain(id);
  });

  it('gives every step into a route to QTS that route’s duration, pay and fees, with their date and source', () => {
    const routes = content.statuses.flatMap((entry) => entry.data.routes);
    const into = graph.edges.filter((edge) => edge.to.startsWith('route:'));
    expect(into.length).toBeGreaterThan(0);
    for (const edge of into) {
      const route = routes.find((item) => `route:${item.id}` === edge.to)!;
      const texts = facts.steps[edge.id]?.facts.map((fact) => fact.text) ?? [];
      for (const given of [route.duration, route.payAndFees]) if (given !== null) expect(texts, edge.id).toContain(given);
      for (const fact of facts.steps[edge.id]?.facts ?? []) {
        expect(fact.asOf).toMatch(/^(As of|Date:) /);
        expect(fact.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives every step that gains a status (or takes one) the status’s time and fee, dated, with every fact’s caveat', () => {
    const lookup = factLookup(content.currentFacts);
    for (const status of content.statuses) {
      const quoted = status.data.today.filter((section) =>
        [...stepFactSections.time, ...stepFactSections.cost].some((id) => id === section.id),
      );
      const gaining = graph.edges.filter(
        (edge) =>
          edge.to === `status:${status.id}` ||
          progressions.find((entry) => entry.id === edge.id)?.data.takes.statuses.some((item) => item.id === status.id),
      );
      for (const edge of quoted.length > 0 ? gaining : []) {
        const shown = facts.steps[edge.id]?.facts ?? [];
        for (const section of quoted) {
          const fact = shown.find((item) => item.text === section.summary);
          expect(fact, `${edge.id}: ${section.id}`).toBeDefined();
          expect(fact!.asOf).toMatch(/^(As of|Date:) /);
          const leads = section.facts.map(({ id }) => lookup(id)).filter((item) => item.isLead);
          if (leads.length > 0) expect(fact!.notes.some((note) => note.startsWith('A lead'))).toBe(true);
        }
      }
    }
    expect(facts.steps['teaching-assistant-4-to-hlta']?.facts.length).toBeGreaterThan(0);
  });

  it('offers today’s training only on steps into a role on a ladder its page is for, with that page’s facts', () => {
    const offered = Object.entries(facts.steps).flatMap(([id, step]) => step.trainingToday.map((training) => ({ id, training })));
    expect(offered.length).toBeGreaterThan(0);
    for (const { id, training } of offered) {
      const page = content.today.find((entry) => training.href.endsWith(`/${entry.id}/`))!;
      const target = graph.nodes.find((node) => node.id === graph.edges.find((edge) => edge.id === id)?.to)!;
      expect(target.kind).toBe('role');
      expect(page.data.ladders as readonly string[]).toContain(target.lane);
      expect(training.facts.length).toBeGreaterThan(0);
      for (const fact of training.facts) expect(page.data.sections.map((section) => section.summary)).toContain(fact.text);
    }
  });

  it('badges every qualification with its state, as the qualifications index does', () => {
    for (const entry of content.qualifications) {
      const badge = facts.badges[entry.data.shortTitle ?? entry.data.title];
      expect(badge?.text.startsWith(nowStates[entry.data.now.state]), entry.id).toBe(true);
    }
  });
});

describe('alternatives', () => {
  const edge = testEdge;

  it('say what they go through instead, how much longer they are and what the sources do not state', () => {
    const first = [edge('a', 'b'), edge('b', 'goal')];
    const other = [edge('a', 'c', 'not-stated'), edge('c', 'd'), edge('d', 'goal')];
    expect(alternativeSentence(alternativeDifference(first, other), first, (id) => id.toUpperCase())).toBe(
      'Instead of B, goes through C and D; one step longer; includes a move the sources do not state.',
    );
  });

  it('on the real map, never repeat the first route’s shared steps and always say how they differ', () => {
    let alternatives = 0;
    for (const { from, to, plan } of plans) {
      const view = planView(graph, from, to, plan);
      const [first] = plan.routes;
      view.routes.slice(1).forEach((route, index) => {
        alternatives++;
        const whole = plan.routes[index + 1]!;
        const shared = alternativeDifference(first!, whole).sharedStart;
        expect(route.steps).toEqual(whole.slice(shared));
        expect(route.firstStep).toBe(shared + 1);
        expect(route.difference).toMatch(/^(Instead of|Also goes through) /);
        for (const place of alternativeDifference(first!, whole).insteadOf) expect(route.difference).toContain(label(place));
        expect(route.mapHref).toBe(mapRouteUrl([from, ...whole.map((step) => step.to)]));
      });
    }
    expect(alternatives).toBeGreaterThan(10);
  });
});

describe('where the reader works', () => {
  it('leaves out every route through a place not open in the chosen nation, and names what it left out', () => {
    let leftOut = 0;
    for (const nation of ['england', 'wales', 'northern-ireland'] as const) {
      for (const { from, to } of plans) {
        const plan = planRoutes(graph, { from, to, nation }, facts.nodeNations);
        const closed = (id: string) => facts.nodeNations[id]?.includes(nation) === false;
        for (const route of plan.routes) expect(route.some((step) => closed(step.to))).toBe(false);
        for (const node of plan.leftOut?.nodes ?? []) expect(closed(node.id)).toBe(true);
        if (plan.leftOut) leftOut++;
      }
    }
    expect(leftOut).toBeGreaterThan(0);
  });

  it('gives a teaching assistant in Wales no route to QTS, because every route to it on the map is England only, and says so', () => {
    const plan = planRoutes(graph, { from: 'role:teaching-assistant-1', to: 'status:qts', nation: 'wales' }, facts.nodeNations);
    const everywhere = planRoutes(graph, { from: 'role:teaching-assistant-1', to: 'status:qts', nation: '' }, facts.nodeNations);
    const routeNodes = new Set(everywhere.routes.flatMap((route) => route.map((step) => step.to)).filter((id) => id.startsWith('route:')));
    expect(routeNodes.size).toBeGreaterThan(0);
    expect(plan.routes).toEqual([]);
    expect(plan.leftOut?.nationName).toBe('Wales');
    for (const id of routeNodes) expect(plan.leftOut?.nodes.map((node) => node.id)).toContain(id);
  });
});

describe('the pages of routes from each starting point', () => {
  it('give every starting point a page of its own', () => {
    expect(startSlugClashes(graph)).toEqual([]);
    expect(starts.map((node) => node.kind)).toEqual(expect.arrayContaining(['role', 'status']));
  });

  it('list, from a midday supervisor, the plan to a teaching assistant role, HLTA status and QTS, nearest first', () => {
    const destinations = destinationsFrom(graph, 'role:midday-supervision-1');
    const ids = destinations.map((destination) => destination.node.id);
    expect(ids).toEqual(expect.arrayContaining(['role:teaching-assistant-1', 'status:hlta', 'status:qts']));
    const lengths = destinations.map((destination) => destination.view.routes[0]?.steps.length ?? 0);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const destination of destinations) {
      expect(destination.anchor).toBe(plannerDestinationAnchor(destination.node.id));
      expect(destination.view.heading).toBe(`From Midday Supervision 1 to ${destination.node.label}`);
    }
  });

  it('describe each step in full once per page, and point every other mention of it there', () => {
    for (const start of starts) {
      const destinations = destinationsFrom(graph, start.id);
      const modeOf = stepModes(destinations);
      const full = new Map<string, number>();
      destinations.forEach((destination, d) =>
        destination.view.routes.forEach((route, r) =>
          route.steps.forEach((step) => {
            const mode = modeOf(d, r, step.id);
            if (mode.full) full.set(step.id, (full.get(step.id) ?? 0) + 1);
            else expect(mode.earlierHref).toBe(`#step-${step.id}`);
          }),
        ),
      );
      const mentioned = new Set(
        destinations.flatMap((destination) => destination.view.routes.flatMap((route) => route.steps.map((step) => step.id))),
      );
      expect(
        [...mentioned].filter((id) => full.get(id) !== 1),
        start.id,
      ).toEqual([]);
    }
  });
});
