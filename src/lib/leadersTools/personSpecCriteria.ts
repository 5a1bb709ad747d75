import { withoutImportNote } from '../content/contentGraph';

/**
 * A NOS unit as a line of a person specification, written as a criterion a school would print:
 * "Help to keep children safe" → "Experience of helping to keep children safe".
 *
 * A unit title is an instruction that opens with its verbs: one ("Support literacy development"),
 * or several joined by commas and "and" before the first object ("Plan, deliver and evaluate
 * teaching…", "Reflect on and develop practice"), each verb perhaps followed by its preposition.
 * Every one of those verbs becomes its -ing form; the rest of the title is kept as it is.
 */

/** Words that may follow a title's verb before the next verb is joined on ("Reflect on and develop"). */
const particles = new Set(['on', 'in', 'to', 'with', 'for']);
/** Words that join one verb to the next. */
const joiners = new Set(['and', 'or']);

const vowelGroups = (word: string) => word.match(/[aeiouy]+/g)?.length ?? 0;

/**
 * A verb's -ing form: "support" → "supporting", "promote" → "promoting", "plan" → "planning",
 * "tie" → "tying". A one-syllable verb ending in one vowel and one consonant doubles the consonant
 * ("plan"); a longer one does not ("develop", "deliver"), as British English writes them.
 */
export function ingForm(verb: string): string {
  const word = verb.toLowerCase();
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (word.endsWith('e') && !/(ee|oe|ye)$/.test(word)) return `${word.slice(0, -1)}ing`;
  if (vowelGroups(word) === 1 && /[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(word)) return `${word}${word.slice(-1)}ing`;
  return `${word}ing`;
}

/**
 * A unit title as an -ing phrase: "Plan, deliver and evaluate teaching" → "planning, delivering
 * and evaluating teaching". The import note ("(imported CCLD 203)") is dropped.
 */
export function titleAsIngPhrase(title: string): string {
  const words = withoutImportNote(title).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let position = 0;
  // The first word is a verb; another follows only after a comma or a joining word.
  for (;;) {
    const verb = words[position] ?? '';
    const comma = verb.endsWith(',');
    out.push(`${ingForm(verb.replace(/,$/, ''))}${comma ? ',' : ''}`);
    position += 1;
    const particle = words[position];
    let joined = comma;
    if (!comma && particle !== undefined && particles.has(particle.replace(/,$/, '')) && joiners.has(words[position + 1] ?? '')) {
      out.push(particle);
      position += 1;
    }
    if (!joined && joiners.has(words[position] ?? '') && words[position + 1] !== undefined) {
      out.push(words[position] ?? '');
      position += 1;
      joined = true;
    }
    if (!joined || words[position] === undefined) break;
  }
  return [...out, ...words.slice(position)].join(' ');
}

/** The person specification line for a unit: "Experience of supporting literacy development". */
export function personSpecCriterion(title: string): string {
  return `Experience of ${titleAsIngPhrase(title)}`;
}
