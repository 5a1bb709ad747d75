import type { MapEdge } from '../../src/lib/progression/progression';

/** A move for a small hand-made graph: "a-b", stated unless said, a next step that takes nothing. */
export function testEdge(from: string, to: string, basis: MapEdge['basis'] = 'stated', more: Partial<MapEdge> = {}): MapEdge {
  return { id: `${from}-${to}`, from, to, basis, basisNote: '', kind: 'next-step', takes: [], mayCount: [], ...more };
}
