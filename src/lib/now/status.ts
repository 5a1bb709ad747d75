import { formatAsOf, nations, nationTagLabel, nowStates, type Nation, type NowState } from '../../domain/now';
import { sourceDocuments } from '../../domain/sources';
import type { CurrentFactEntry, TodayEntry } from '../../schemas/entry';
import type { NowStatusData } from '../../schemas/now';
import { todayUrl } from '../site/urls';
import { factLookup, isFirmFact, undatedAsOf, undatedLabel, type FactView } from './facts';

/** The "as of" the content writes for a "not-known" status: the reference facts were gathered (and searched) in 2026. */
export const notKnownAsOf = '2026';

type Position = Pick<NowStatusData, 'state' | 'summary' | 'asOf' | 'facts' | 'documents' | 'searched'> & {
  replacedBy?: string | undefined;
};

/** One position (the main one, or a nation's) as pages show it. */
export interface PositionView {
  state: NowState;
  /** "Current", "Replaced", "Withdrawn", "Not known". */
  label: string;
  summary: string;
  replacedBy: string | undefined;
  /** When the position held, for readers: "7 September 2018", "undated page". */
  asOf: string;
  /** The facts it rests on, with their own dates and sources. */
  facts: FactView[];
  /** Low-confidence facts, shown only as leads with their caveat. */
  leads: FactView[];
  /** Source documents that themselves say it changed. */
  documents: string[];
  /** Where the status comes from, one line each: the sources of its facts and documents, or the files searched. */
  sources: string[];
  /** The sources not already shown with a fact: documents, and files searched. */
  otherSources: string[];
}

export interface NowView extends PositionView {
  /** The nations it applies in, when not all three. */
  nations: Nation[];
  /** "England only", when it applies in some nations only. */
  nationTag: string | undefined;
  /** Nations whose position differs. */
  elsewhere: (PositionView & { nation: Nation; nationName: string })[];
  /** Pages on what can be taken today instead. */
  today: { href: string; title: string }[];
}

function positionView(position: Position, fact: (id: string) => FactView): PositionView {
  const cited = position.facts.map(({ id }) => fact(id));
  const documents = position.documents.map(
    (citation) => `${sourceDocuments[citation.document].title}${citation.section ? `, section ${citation.section}` : ''}`,
  );
  const firm = cited.filter((item) => !item.isLead);
  const otherSources = [...documents, ...position.searched.map((file) => `No fact about it in the reference file ${file}`)];
  const sources = [...new Set([...cited.map((item) => item.source), ...otherSources])];
  return {
    state: position.state,
    label: nowStates[position.state],
    summary: position.summary,
    replacedBy: position.replacedBy,
    asOf: position.asOf === undatedAsOf ? undatedLabel : formatAsOf(position.asOf),
    facts: firm,
    leads: cited.filter((item) => item.isLead),
    documents,
    sources,
    otherSources,
  };
}

/** Everything a banner, badge or data file needs to say where something stands today. */
export function nowView(now: NowStatusData, facts: readonly CurrentFactEntry[], today: readonly TodayEntry[] = []): NowView {
  const fact = factLookup(facts);
  return {
    ...positionView(now, fact),
    nations: now.nations,
    nationTag: nationTagLabel(now.nations),
    elsewhere: now.elsewhere.map((position) => ({
      ...positionView(position, fact),
      nation: position.nation,
      nationName: nations[position.nation],
    })),
    today: now.today.map(({ id }) => {
      const page = today.find((entry) => entry.id === id);
      if (!page) throw new Error(`No page "${id}" in content/today`);
      return { href: todayUrl(id), title: page.data.title };
    }),
  };
}

/** A status as the open data gives it: every field a page shows, each fact with its date, source and confidence. */
export function nowData(view: NowView) {
  const position = (item: PositionView) => ({
    state: item.state,
    summary: item.summary,
    replacedBy: item.replacedBy ?? null,
    asOf: item.asOf,
    facts: [...item.facts, ...item.leads].map((fact) => ({
      id: fact.id,
      text: fact.text,
      asOf: fact.asOf,
      source: fact.source,
      confidence: fact.confidence,
      lead: fact.isLead,
    })),
    sources: item.sources,
  });
  return {
    ...position(view),
    nations: view.nations,
    elsewhere: view.elsewhere.map((item) => ({ nation: item.nation, ...position(item) })),
    today: view.today.map((page) => page.href),
  };
}

/** A badge's words: "Replaced", or "Not known · Wales: Current" when a nation differs. */
export function nowBadgeText(now: { state: NowState; elsewhere: readonly { nation: Nation; state: NowState }[] }): string {
  return [nowStates[now.state], ...now.elsewhere.map((position) => `${nations[position.nation]}: ${nowStates[position.state]}`)].join(
    ' · ',
  );
}

/**
 * Rules a status must keep that need the facts themselves, not just their ids: a state other
 * than "not known" rests on a fact that is not a mere lead (or on a source document); its date
 * is the date of one of its facts, never one written freely; and "not known" is dated by the
 * search. Returns one message per problem, naming the entry.
 */
export function nowProblems(entries: readonly { label: string; now: NowStatusData }[], facts: readonly CurrentFactEntry[]): string[] {
  const fact = factLookup(facts);
  const problems: string[] = [];
  for (const { label, now } of entries) {
    for (const [where, position] of [['now', now] as const, ...now.elsewhere.map((item) => [`now (${item.nation})`, item] as const)]) {
      const cited = position.facts.map(({ id }) => fact(id));
      if (position.state !== 'not-known' && position.documents.length === 0 && !cited.some(isFirmFact)) {
        problems.push(`${label}: ${where} is "${position.state}" on leads alone; it needs a high- or medium-confidence fact`);
      }
      const dates = cited.map((item) => facts.find((entry) => entry.id === item.id)?.data.asOf ?? undatedAsOf);
      if (position.state === 'not-known') {
        if (position.asOf !== notKnownAsOf)
          problems.push(`${label}: ${where} is "not-known", so its asOf is "${notKnownAsOf}" (when the facts were searched)`);
      } else if (cited.length > 0 && !dates.includes(position.asOf)) {
        problems.push(`${label}: ${where} asOf "${position.asOf}" is not the date of any of its facts (${dates.join(', ')})`);
      }
    }
  }
  return problems;
}
