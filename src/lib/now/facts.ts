import { confidenceCaveat, confidenceLevel, formatAsOf, nationTagLabel, type Confidence } from '../../domain/now';
import type { CurrentFactEntry } from '../../schemas/entry';

/** What a reader is shown when a fact carries no date of its own. */
export const undatedLabel = 'not dated by the source';
/** What content writes as the "as of" of a status resting on undated facts. */
export const undatedAsOf = 'not dated';

/** A reference fact as pages show it: the text, when it held, where it comes from and how sure it is. */
export interface FactView {
  id: string;
  text: string;
  /** "10 June 2016", "undated page", or "not dated by the source". */
  asOf: string;
  source: string;
  confidence: Confidence;
  /** The confidence column as given, when it says more than the level ("high (fee may have changed)"). */
  caveat: string | undefined;
  /** A low-confidence row: shown only as a lead, with its caveat, never as a fact. */
  isLead: boolean;
  /** A row that records something searched for and not found. */
  isNotFound: boolean;
  /** The reference file's own arithmetic, not a published figure. */
  computed: boolean;
  /** "England only", when the fact is about some nations only. */
  nationTag: string | undefined;
}

export function factView(entry: CurrentFactEntry): FactView {
  const { data } = entry;
  const confidence = confidenceLevel(data.confidence);
  return {
    id: entry.id,
    text: data.text,
    asOf: data.asOf === null ? undatedLabel : formatAsOf(data.asOf),
    source: data.source,
    confidence,
    caveat: confidenceCaveat(data.confidence) === undefined ? undefined : (data.confidence ?? undefined),
    isLead: confidence === 'low',
    isNotFound: confidence === 'not-found',
    computed: data.computed,
    nationTag: nationTagLabel(data.nations),
  };
}

/** Every fact by id; asking for one that does not exist is a content error and says which. */
export function factLookup(facts: readonly CurrentFactEntry[]): (id: string) => FactView {
  const views = new Map(facts.map((entry) => [entry.id, factView(entry)]));
  return (id) => {
    const view = views.get(id);
    if (!view) throw new Error(`No reference fact "${id}" in content/now/facts.yaml`);
    return view;
  };
}

/** A fact may be relied on as a fact: high or medium confidence, or from a file that grades none. */
export function isFirmFact(fact: FactView): boolean {
  return fact.confidence === 'high' || fact.confidence === 'medium' || fact.confidence === 'ungraded';
}

/** The note shown after a fact: its caveat, and for a lead, that it is only a lead. */
export function factCaveatNote(fact: FactView): string | undefined {
  if (fact.isLead) return `A lead we could not confirm (confidence: ${fact.caveat ?? 'low'}).`;
  if (fact.computed) return "The reference file's own calculation, not a published figure.";
  if (fact.caveat && !fact.isNotFound) return `Confidence: ${fact.caveat}.`;
  return undefined;
}
