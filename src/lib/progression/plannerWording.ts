/**
 * What the route planner says, plurals included, in one table: the planner island and the pages
 * of routes from each starting point both use it.
 */

const count = (n: number, one: string, other: string) => (n === 1 ? `1 ${one}` : `${n} ${other}`);
const words = ['no', 'one', 'two', 'three', 'four', 'five'];
const inWords = (n: number) => words[n] ?? String(n);
const moves = (n: number) => (n === 1 ? 'move' : 'moves');
/** "one step", "two steps", "7 steps". */
const stepWords = (n: number) => `${inWords(n)} step${n === 1 ? '' : 's'}`;

export const plannerWording = {
  steps: (n: number) => count(n, 'step', 'steps'),
  firstRoute: (n: number) => `Shortest route: ${count(n, 'step', 'steps')}`,
  gainingStatus: (n: number) => `Gaining the status: ${count(n, 'step', 'steps')}`,
  alternative: (index: number, n: number) => `Alternative ${index}: ${count(n, 'step', 'steps')}`,
  heading: (from: string, to: string) => `From ${from} to ${to}`,
  noRoute: 'No route in our sources',
  /** The live region's words when a plan appears. */
  announced: (heading: string, routes: number) =>
    routes === 0 ? `${heading}: no route in our sources.` : `${heading}: ${count(routes, 'route', 'routes')} shown.`,
  /** Comparing an alternative with the first route. */
  insteadOf: (instead: string, through: string) => `Instead of ${instead}, goes through ${through}`,
  alsoThrough: (through: string) => `Also goes through ${through}`,
  length: (extra: number) =>
    extra === 0 ? 'the same number of steps' : extra > 0 ? `${stepWords(extra)} longer` : `${stepWords(-extra)} shorter`,
  unstated: (more: number, firstHasAny: boolean) =>
    more === 0
      ? undefined
      : more < 0
        ? `${inWords(-more)} fewer ${moves(-more)} the sources do not state`
        : firstHasAny
          ? `${inWords(more)} more ${moves(more)} the sources do not state`
          : more === 1
            ? 'includes a move the sources do not state'
            : `includes ${inWords(more)} moves the sources do not state`,
  /** Before the steps an alternative does not share with the first route. */
  sharedStart: (until: string) => `As the first route as far as ${until}, then:`,
  /** A step described in full in an earlier plan on the same page. */
  describedEarlier: { before: 'See ', link: 'what this step takes', after: ', shown in an earlier plan on this page.' },
  onMap: 'See this route on the map',
  leftOut: (nation: string) => `Left out because they are not open in ${nation}:`,
  whatDiffers: (nation: string) => `What differs in ${nation}`,
  noRouteText: (from: string, to: string, nation: string | undefined) =>
    `The map has no route from ${from} to ${to}${nation ? ` open in ${nation}` : ''}.`,
  howLong: 'How long',
  cost: 'Cost',
  payAndFees: 'Pay and fees',
  trainToday: 'Today, training for this step can also be done through',
} as const;

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
