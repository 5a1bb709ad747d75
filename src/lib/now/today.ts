import { nationTagLabel } from '../../domain/now';
import type { RoleData } from '../../schemas/role';
import type { NationEntry, TodayEntry } from '../../schemas/entry';
import { changesUrl, todayUrl } from '../site/urls';
import { nationNotesFor, type NationNote } from './nations';

/** What a role page adds about today: pages on what can be taken now, and what differs by nation. */
export interface TodayForRole {
  pages: { href: string; title: string; nationTag: string | undefined }[];
  notes: NationNote[];
  changesHref: string;
}

export function todayForLadder(
  content: { today: readonly TodayEntry[]; nations: readonly NationEntry[] },
  ladder: RoleData['ladder'],
): TodayForRole {
  return {
    pages: content.today
      .filter((page) => page.data.ladders.includes(ladder))
      .map((page) => ({ href: todayUrl(page.id), title: page.data.title, nationTag: nationTagLabel(page.data.nations) })),
    notes: nationNotesFor(content.nations, { kind: 'ladders', id: ladder }),
    changesHref: changesUrl(),
  };
}
