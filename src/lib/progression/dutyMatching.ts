import { diffWords } from 'diff';
import { stemmer } from 'stemmer';

/**
 * Which duty of one level is the same duty reworded at the next. The profiles rewrite most duties
 * from one level to the next ("Participate in planning and evaluation of learning activities with
 * the teacher" becomes "Plan and evaluate specialist learning activities with the teacher"), so a
 * comparison that matched only identical words would call each of them dropped and a new one added.
 *
 * Two duties are alike when they share the words that say what they are about: each word is cut to
 * its stem (Porter's stemmer, so "planning" and "plan", "evaluation" and "evaluate" are one word),
 * the little words are left out, and a word counts for less the more of the compared duties use it
 * (inverse document frequency): nearly every duty of a teaching assistant names "pupils" and "the
 * teacher", so sharing them says little, while sharing "record" or "transition" says a lot.
 */

/** Words that say nothing about what a duty is, and single letters (the "a." of a lettered sub-item). */
const littleWords = new Set(
  'an and any as at be by eg etc for from in into is it its of on or such that the their them these they this those to under which with within'.split(
    ' ',
  ),
);

/** The stems of a duty's words that say what it is, each once: "Plan and evaluate activities" → plan, evalu, activ. */
export function dutyStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return new Set(words.filter((word) => word.length > 1 && !littleWords.has(word)).map((word) => stemmer(word)));
}

/** How much each stem counts, from the duties being compared: log(1 + duties / duties using the stem). */
export type StemWeights = (stem: string) => number;

/** The weight of every stem of `duties`; a stem none of them uses counts as the rarest. */
export function stemWeights(duties: readonly string[]): StemWeights {
  const uses = new Map<string, number>();
  for (const duty of duties) for (const stem of dutyStems(duty)) uses.set(stem, (uses.get(stem) ?? 0) + 1);
  return (stem) => Math.log(1 + Math.max(duties.length, 1) / (uses.get(stem) ?? 1));
}

/**
 * How alike two duties are, from 0 (no stem in common) to 1 (the same stems): the weight of the
 * stems they share, counted from both sides, over the weight of all their stems (a weighted Dice
 * coefficient). Without weights every stem counts the same.
 */
export function dutySimilarity(a: string, b: string, weightOf: StemWeights = () => 1): number {
  const first = dutyStems(a);
  const second = dutyStems(b);
  const total = (stems: Iterable<string>) => [...stems].reduce((sum, stem) => sum + weightOf(stem), 0);
  const whole = total(first) + total(second);
  if (whole === 0) return 0;
  return (2 * total([...first].filter((stem) => second.has(stem)))) / whole;
}

/**
 * The similarity from which a duty of the higher level counts as a duty of the lower one reworded.
 * Set from the profiles (tests/unit/dutyMatching.test.ts holds both sides): the rewordings on the
 * teaching assistant, midday supervision and learning mentor ladders score 0.3 and above, while the
 * closest pair of different duties of neighbouring levels, such as Teaching Assistant 1's behaviour
 * management and Teaching Assistant 2's monitoring of progress, score below 0.3.
 */
export const rewordedThreshold = 0.3;

/** A duty of the lower level and the one of the higher level that rewords it. */
export interface RewordedPair<A, B> {
  before: A;
  after: B;
  similarity: number;
}

/**
 * Pairs each duty of `before` with the duty of `after` that rewords it, one to one: the most alike
 * pair first, then the most alike of the rest, down to the threshold. Duties left over are new
 * (`unmatchedAfter`) or dropped (`unmatchedBefore`), each in its own order; pairs come in the order
 * of `after`. `corpus` is every duty of the roles compared, which sets how much each word counts.
 */
export function matchRewordedDuties<A extends { text: string }, B extends { text: string }>(
  before: readonly A[],
  after: readonly B[],
  corpus: readonly string[] = [...before, ...after].map((duty) => duty.text),
  threshold = rewordedThreshold,
): { pairs: RewordedPair<A, B>[]; unmatchedBefore: A[]; unmatchedAfter: B[] } {
  const weightOf = stemWeights(corpus);
  const candidates = before
    .flatMap((from, i) => after.map((to, j) => ({ i, j, similarity: dutySimilarity(from.text, to.text, weightOf) })))
    .filter((candidate) => candidate.similarity >= threshold)
    // Ties go to the earlier duties, so every build matches the same way.
    .sort((a, b) => b.similarity - a.similarity || a.i - b.i || a.j - b.j);
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const pairs: RewordedPair<A, B>[] = [];
  const order: number[] = [];
  for (const { i, j, similarity } of candidates) {
    const from = before[i];
    const to = after[j];
    if (!from || !to || usedBefore.has(i) || usedAfter.has(j)) continue;
    usedBefore.add(i);
    usedAfter.add(j);
    pairs.push({ before: from, after: to, similarity });
    order.push(j);
  }
  return {
    pairs: pairs
      .map((pair, index) => ({ pair, j: order[index] ?? 0 }))
      .sort((a, b) => a.j - b.j)
      .map(({ pair }) => pair),
    unmatchedBefore: before.filter((_, i) => !usedBefore.has(i)),
    unmatchedAfter: after.filter((_, j) => !usedAfter.has(j)),
  };
}

/** A run of one wording's words: `changed` when the other wording does not have them. */
export interface WordRun {
  text: string;
  changed: boolean;
}

/** Both wordings of a reworded duty, each split into the runs of words they share and the runs only it has. */
export interface WordChanges {
  /** The earlier wording; its changed runs are the words the later one drops. */
  before: WordRun[];
  /** The later wording; its changed runs are the words it adds. */
  after: WordRun[];
}

/** One wording as runs of words, from jsdiff's word diff of the other wording into it (which keeps this one's spacing). */
function runsOf(other: string, wording: string): WordRun[] {
  return diffWords(other, wording)
    .filter((part) => !part.removed)
    .map((part) => ({ text: part.value, changed: part.added }));
}

/** The words that changed from one wording of a duty to the next, marked in each wording. */
export function wordChanges(before: string, after: string): WordChanges {
  return { before: runsOf(after, before), after: runsOf(before, after) };
}
