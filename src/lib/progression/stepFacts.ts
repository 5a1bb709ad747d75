import { asOfPhrase, nationTagLabel, type NowState } from '../../domain/now';
import type { CurrentFactEntry, QualificationEntry, StatusEntry, TodayEntry } from '../../schemas/entry';
import type { FactSectionData } from '../../schemas/today';
import { factCaveatNote, factLookup, undatedLabel } from '../now/facts';
import { nowBadgeText } from '../now/status';
import { sourceParts, type SourcePart } from '../site/sourceText';
import { qualificationUrl, statusUrl, todayUrl } from '../site/urls';
import { nodeNations, type NodeNations } from './plannerNations';
import { plannerWording } from './plannerWording';
import type { MapEdge, ProgressionGraph } from './progression';

/**
 * What a planner step costs in time and money, where the reference gives it, and where each
 * qualification stands today: worked out at build time from the statuses, the routes to QTS and
 * the pages on today's training, so the planner only renders it.
 */

/**
 * The fact sections (of a status's "today" or of a page in content/today) that say how long
 * gaining it takes and what it costs. A section missing from the content is a failing unit test,
 * not a silent gap.
 */
export const stepFactSections = {
  time: ['preparation-to-result', 'how-long-it-takes'],
  cost: ['who-assesses-it', 'funding'],
} as const;

/** One line on how long a step takes or what it costs, with its date and source. */
export interface StepFact {
  label: string;
  /** In the site's words (a fact section's summary) or as the reference gives it (a route's duration). */
  text: string;
  /** "As of August 2026", "Date: undated page". */
  asOf: string;
  sources: SourcePart[][];
  /** Caveats of the facts behind it: a lead, a fee that may have changed, the reference's own sum. */
  notes: string[];
}

/** A way to train for a step today that the sources do not describe (the Level 3 Teaching Assistant apprenticeship). */
export interface TrainingToday {
  title: string;
  href: string;
  nationTag: string | undefined;
  facts: StepFact[];
}

export interface StepExtras {
  /** The page that says more about gaining it (the status or route page). */
  moreHref: string | undefined;
  facts: StepFact[];
  trainingToday: TrainingToday[];
}

/** A qualification's "now" badge as the qualifications index shows it. */
export interface BadgeView {
  state: NowState;
  text: string;
  href: string;
}

export interface PlannerFacts {
  /** By move id, for the steps the reference says something about. */
  steps: Record<string, StepExtras>;
  /** Each qualification's badge by the label steps name it by (its short title, or its title). */
  badges: Record<string, BadgeView>;
  /** The places open in some nations only. */
  nodeNations: NodeNations;
}

export interface StepFactsContent {
  statuses: readonly StatusEntry[];
  qualifications: readonly QualificationEntry[];
  today: readonly TodayEntry[];
  currentFacts: readonly CurrentFactEntry[];
  /** The moves with what each takes, by id, as content/progression.yaml gives them. */
  progressions: readonly { id: string; data: { takes: { statuses: { id: string }[]; qualifications: { id: string }[] } } }[];
}

function sectionFacts(sections: readonly FactSectionData[], facts: readonly CurrentFactEntry[]): StepFact[] {
  const fact = factLookup(facts);
  const wanted = [
    ...stepFactSections.time.map((id) => ({ id, label: plannerWording.howLong })),
    ...stepFactSections.cost.map((id) => ({ id, label: plannerWording.cost })),
  ];
  return wanted.flatMap(({ id, label }) => {
    const section = sections.find((item) => item.id === id);
    if (!section) return [];
    const cited = section.facts.map((reference) => fact(reference.id)).filter((item) => !item.isNotFound);
    const asOf = cited.length === 0 ? undatedLabel : [...new Set(cited.map((item) => item.asOf))].join('; ');
    return [
      {
        label,
        text: section.summary,
        asOf: asOfPhrase(asOf),
        sources: [...new Set(cited.map((item) => item.source))].map(sourceParts),
        notes: [...new Set(cited.map(factCaveatNote).filter((note): note is string => note !== undefined))],
      },
    ];
  });
}

export function plannerFacts(graph: ProgressionGraph, content: StepFactsContent): PlannerFacts {
  const byNode = new Map(graph.nodes.map((node) => [node.id, node]));
  const statusFacts = (id: string) => {
    const status = content.statuses.find((entry) => entry.id === id);
    return status ? sectionFacts(status.data.today, content.currentFacts) : [];
  };
  const routeFacts = (routeId: string): { facts: StepFact[]; href: string } | undefined => {
    for (const status of content.statuses) {
      const route = status.data.routes.find((item) => item.id === routeId);
      if (!route) continue;
      const dated = (label: string, text: string | null): StepFact[] =>
        text === null
          ? []
          : [{ label, text, asOf: asOfPhrase(route.asOf ?? undatedLabel), sources: [sourceParts(route.source)], notes: [] }];
      return {
        facts: [...dated(plannerWording.howLong, route.duration), ...dated(plannerWording.payAndFees, route.payAndFees)],
        href: statusUrl(status.id, route.id),
      };
    }
    return undefined;
  };
  // A page on today's training belongs to a step into a role on a ladder it names, when the step
  // takes a qualification at the level of the apprenticeship framework the page replaces.
  const trainingFor = (edge: MapEdge, qualificationIds: readonly string[]): TrainingToday[] => {
    const target = byNode.get(edge.to);
    if (target?.kind !== 'role') return [];
    const levels = new Set(
      qualificationIds.flatMap((id) => content.qualifications.find((entry) => entry.id === id)?.data.levelNumber ?? []),
    );
    const pageIds = new Set(
      content.qualifications
        .filter((entry) => entry.data.type === 'apprenticeship' && entry.data.levelNumber !== null && levels.has(entry.data.levelNumber))
        .flatMap((entry) => entry.data.now.today.map(({ id }) => id)),
    );
    return content.today
      .filter((page) => pageIds.has(page.id) && (page.data.ladders as readonly string[]).includes(target.lane))
      .map((page) => ({
        title: page.data.title,
        href: todayUrl(page.id),
        nationTag: nationTagLabel(page.data.nations),
        facts: sectionFacts(page.data.sections, content.currentFacts),
      }));
  };

  const steps: Record<string, StepExtras> = {};
  for (const edge of graph.edges) {
    const takes = content.progressions.find((entry) => entry.id === edge.id)?.data.takes;
    const [kind = '', id = ''] = edge.to.split(':');
    const route = kind === 'route' ? routeFacts(id) : undefined;
    const statuses = [...(kind === 'status' ? [id] : []), ...(takes?.statuses.map((item) => item.id) ?? [])];
    const facts = [...(route?.facts ?? []), ...[...new Set(statuses)].flatMap(statusFacts)];
    const trainingToday = trainingFor(edge, takes?.qualifications.map((item) => item.id) ?? []);
    if (facts.length === 0 && trainingToday.length === 0) continue;
    steps[edge.id] = {
      moreHref: route?.href ?? (statuses[0] === undefined ? undefined : statusUrl(statuses[0])),
      facts,
      trainingToday,
    };
  }

  const badges = Object.fromEntries(
    content.qualifications.map((entry) => [
      entry.data.shortTitle ?? entry.data.title,
      { state: entry.data.now.state, text: nowBadgeText(entry.data.now), href: qualificationUrl(entry.id) },
    ]),
  );
  return { steps, badges, nodeNations: nodeNations(graph, content) };
}
