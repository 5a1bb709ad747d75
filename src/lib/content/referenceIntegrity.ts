import type { Entry } from '../../schemas/entry';

/** An entry as the integrity check sees it: where it lives and its validated data. */
export type CheckedEntry = Entry<unknown>;

export interface DanglingReference {
  file: string;
  field: string;
  collection: string;
  id: string;
}

function isReference(value: unknown): value is { collection: string; id: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as { collection?: unknown }).collection === 'string' &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}

/** Every reference ({ collection, id }) inside some data, with its field path. */
function* referencesIn(value: unknown, path: string[] = []): Generator<{ field: string; collection: string; id: string }> {
  if (isReference(value)) yield { field: path.join('.'), ...value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* referencesIn(item, [...path, String(index)]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* referencesIn(item, [...path, key]);
}

/**
 * References that point at no entry. Astro's content layer does not check this, so the site
 * does, and the build stops on any it finds.
 */
export function findDanglingReferences(collections: Record<string, readonly CheckedEntry[]>): DanglingReference[] {
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((entry) => entry.id))]));
  return Object.entries(collections).flatMap(([name, entries]) =>
    entries.flatMap((entry) =>
      [...referencesIn(entry.data)]
        .filter((reference) => !ids.get(reference.collection)?.has(reference.id))
        .map((reference) => ({ file: entry.filePath ?? `${name}/${entry.id}`, ...reference })),
    ),
  );
}

/** One line per dangling reference, naming the file, the field and the missing entry. */
export function describeDanglingReferences(problems: readonly DanglingReference[]): string {
  return problems
    .map((problem) => `${problem.file}: ${problem.field} refers to "${problem.id}", which is not an entry in ${problem.collection}`)
    .join('\n');
}
