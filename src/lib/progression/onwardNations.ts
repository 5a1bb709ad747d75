import { nationIds, nationTagLabel, nations, type Nation } from '../../domain/now';
import type { Entry, NationEntry, QualificationEntry, StatusEntry } from '../../schemas/entry';
import type { ProgressionData, ProgressionNode } from '../../schemas/progression';
import { nationNotesFor, type AffectedPage, type NationNote } from '../now/nations';
import { nationUrl } from '../site/urls';
import { nodeKey, type MapEdge, type ProgressionGraph } from './progression';
import { whereItLeads } from './whereItLeads';

/**
 * Which places and requirements on a role page's onward routes apply in some nations only, from
 * the content's own `nations` (a route to QTS, a qualification's or status's `now.nations`), and
 * where the other nations differ. A reader in Wales is never sent down an English route unawares.
 */
export interface OnwardNations {
  /** The label ("England only") of each place on the map that applies in some nations only, by node id. */
  places: Record<string, string>;
  /**
   * By move id: the label of each line of what the move takes, or of what may count towards it,
   * that applies in some nations only, keyed by the line as the move shows it.
   */
  lines: Record<string, Record<string, string>>;
  /**
   * For each nation that some labelled route or requirement shown leaves out: what differs there,
   * linking to its nation page (its sections about the same status or qualification, or the page).
   */
  elsewhere: NationNote[];
  /** "Where Wales and Northern Ireland differ". */
  elsewhereHeading: string;
  /** "A route or requirement labelled “England only” above does not apply in every nation." */
  elsewhereLead: string;
}

export interface OnwardNationsContent {
  statuses: readonly StatusEntry[];
  qualifications: readonly QualificationEntry[];
  progressions: readonly Entry<ProgressionData>[];
  nations: readonly NationEntry[];
}

/** A place or requirement limited to some nations, and the page a nation's differences are about. */
interface Limited {
  applies: Nation[];
  /** The page a nation section would name as changed by it (roles are the same everywhere: none). */
  page?: AffectedPage;
}

function statusEntry(content: OnwardNationsContent, id: string): StatusEntry {
  const status = content.statuses.find((entry) => entry.id === id);
  if (!status) throw new Error(`No status "${id}" in content/statuses`);
  return status;
}

function qualificationEntry(content: OnwardNationsContent, id: string): QualificationEntry {
  const qualification = content.qualifications.find((entry) => entry.id === id);
  if (!qualification) throw new Error(`No qualification "${id}" in content/qualifications`);
  return qualification;
}

function placeNations(content: OnwardNationsContent, node: ProgressionNode): Limited {
  switch (node.kind) {
    case 'role':
      return { applies: [] };
    case 'status':
      return { applies: statusEntry(content, node.status.id).data.now.nations, page: { kind: 'statuses', id: node.status.id } };
    case 'qualification':
      return {
        applies: qualificationEntry(content, node.qualification.id).data.now.nations,
        page: { kind: 'qualifications', id: node.qualification.id },
      };
    case 'route': {
      const route = statusEntry(content, node.status.id).data.routes.find((item) => item.id === node.route);
      return { applies: route?.nations ?? [], page: { kind: 'statuses', id: node.status.id } };
    }
  }
}

/** The lines of a move that name a status or qualification, as the map shows them (see takesLines in progression.ts). */
function namedLines(content: OnwardNationsContent, move: ProgressionData): { line: string; limited: Limited }[] {
  const qualificationLine = (id: string) => {
    const { data } = qualificationEntry(content, id);
    return { line: data.shortTitle ?? data.title, limited: { applies: data.now.nations, page: { kind: 'qualifications', id } as const } };
  };
  return [
    ...move.takes.statuses.map(({ id }) => {
      const { data } = statusEntry(content, id);
      return { line: `${data.abbreviation} status`, limited: { applies: data.now.nations, page: { kind: 'statuses', id } as const } };
    }),
    ...move.takes.qualifications.map(({ id }) => qualificationLine(id)),
    ...move.mayCountTowards.qualifications.map(({ id }) => qualificationLine(id)),
  ];
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** The nation labels and differences for the moves a role page shows (its next steps, sideways moves and routes). */
export function onwardNations(content: OnwardNationsContent, moves: readonly MapEdge[]): OnwardNations {
  const places: Record<string, string> = {};
  const lines: Record<string, Record<string, string>> = {};
  const shown: Limited[] = [];
  const label = (limited: Limited) => {
    const tag = nationTagLabel(limited.applies);
    if (tag) shown.push(limited);
    return tag;
  };
  for (const edge of moves) {
    const move = content.progressions.find((entry) => entry.id === edge.id)?.data;
    if (!move) throw new Error(`No move "${edge.id}" in content/progression.yaml`);
    for (const end of [move.from, move.to]) {
      const tag = nodeKey(end) === edge.to ? label(placeNations(content, end)) : undefined;
      if (tag) places[nodeKey(end)] = tag;
    }
    for (const { line, limited } of namedLines(content, move)) {
      const tag = label(limited);
      if (tag) lines[edge.id] = { ...lines[edge.id], [line]: tag };
    }
  }
  const elsewhere = nationIds
    .filter((nation) => shown.some((limited) => !limited.applies.includes(nation)))
    .flatMap((nation): NationNote[] => {
      const nationPage = content.nations.filter((entry) => entry.id === nation);
      const notes = shown
        .filter((limited) => !limited.applies.includes(nation))
        .flatMap((limited) => (limited.page ? nationNotesFor(nationPage, limited.page) : []))
        .filter((note, index, all) => all.findIndex((other) => other.href === note.href) === index);
      if (notes.length > 0) return notes;
      const page = nationPage[0];
      return [
        {
          nation,
          nationName: nations[nation],
          title: page?.data.title ?? nations[nation],
          summary: 'What differs there is on its page:',
          href: nationUrl(nation),
        },
      ];
    });
  const names = [...new Set(elsewhere.map((note) => note.nationName))];
  const tags = [...new Set(shown.map((limited) => nationTagLabel(limited.applies)))].map((tag) => `“${tag}”`);
  return {
    places,
    lines,
    elsewhere,
    elsewhereHeading: `Where ${listed(names)} ${names.length === 1 ? 'differs' : 'differ'}`,
    elsewhereLead: `A route or requirement labelled ${listed(tags)} above does not apply in every nation.`,
  };
}

/** The labels and differences for everything a node's "Where this role can lead" shows (see whereItLeads). */
export function onwardNationsFrom(content: OnwardNationsContent, graph: ProgressionGraph, nodeId: string): OnwardNations {
  const { nextSteps, sideways, destinations } = whereItLeads(graph, nodeId);
  return onwardNations(content, [...nextSteps, ...sideways, ...destinations.flatMap((destination) => destination.routes.flat())]);
}
