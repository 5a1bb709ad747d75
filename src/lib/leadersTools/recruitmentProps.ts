import { asOfPhrase, nationIds, nations } from '../../domain/now';
import type { CurrentFactEntry, SaferRecruitmentEntry } from '../../schemas/entry';
import type { PayData } from '../../schemas/pay';
import { factCaveatNote, factLookup } from '../now/facts';
import { factView } from '../pay/payPageProps';
import { sourceParts } from '../site/sourceText';
import type { PayRule } from './advert';
import type { SaferRecruitmentGuide, StatementSource } from './saferRecruitment';

/** What the builder and the recruitment kit are given at build time, beside the catalogue: safer recruitment by nation, and the rule on advertising term-time pay. */

/** Builds the guide from the content file and the reference facts (build time). */
export function buildSaferRecruitmentGuide(entry: SaferRecruitmentEntry, facts: readonly CurrentFactEntry[]): SaferRecruitmentGuide {
  const fact = factLookup(facts);
  const sources = (ids: readonly { id: string }[]): StatementSource[] =>
    ids.map(({ id }) => {
      const view = fact(id);
      return { text: view.text, asOf: asOfPhrase(view.asOf), citation: sourceParts(view.source), note: factCaveatNote(view) ?? null };
    });
  return nationIds.map((nation) => {
    const data = entry.data[nation];
    return {
      nation,
      name: nations[nation],
      guidance: data.guidance,
      guidanceSources: sources(data.facts),
      statements: data.statements.map((statement) => ({
        key: `${nation}-${statement.id}`,
        heading: statement.heading,
        text: statement.text,
        appearsIn: statement.appearsIn,
        note: statement.note ?? null,
        sources: sources(statement.facts),
      })),
    };
  });
}

/** The guide from everything the site loaded: the content file is one entry. */
export function saferRecruitmentGuideFor(site: {
  saferRecruitment: readonly SaferRecruitmentEntry[];
  currentFacts: readonly CurrentFactEntry[];
}): SaferRecruitmentGuide {
  const [entry] = site.saferRecruitment;
  if (!entry) throw new Error("content/now/safer-recruitment.yaml is missing: the leaders' tools need its statements.");
  return buildSaferRecruitmentGuide(entry, site.currentFacts);
}

/**
 * The rule of the Green Book's Part 4.12 guidance on adverts (paragraph 4.4: not the full-time
 * equivalent rate instead of the actual term-time rate), in the words of the term-time pay fact
 * that carries it, with that fact's date and sources, for the tools' warning. Build time: a pay
 * file without it stops the build, saying what is missing.
 */
export function advertPayRule(pay: Pick<PayData, 'termTime'>): PayRule {
  for (const fact of pay.termTime.facts) {
    // The fact lists several paragraphs, "…; that advertising … is not allowed (paragraph 4.4); and …": take that clause.
    const clause = fact.text.split(/;\s*(?:and\s+)?|\.\s+/).find((part) => part.includes('(paragraph 4.4)'));
    if (!clause) continue;
    const view = factView(fact);
    return {
      text: `The Green Book's Part 4.12 guidance says ${clause.trim().replace(/\.$/, '')}.`,
      asOf: view.asOf,
      sources: view.sources,
    };
  }
  throw new Error('content/pay.yaml: termTime.facts has no fact citing Part 4.12 paragraph 4.4, which the advert warning quotes');
}
