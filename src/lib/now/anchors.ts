/** The kinds of thing the changes page lists, each with its own anchors. */
export type ChangeKind = 'qualification' | 'body' | 'today' | 'status' | 'route' | 'heading' | 'nation';

/** The anchor of one change on the changes page: "change-qualification-clait". */
export function changeAnchor(kind: ChangeKind, id: string): string {
  return `change-${kind}-${id}`;
}
