import type { GuidanceData } from '../../schemas/guidance';
import { guidanceUrl, roleUrl } from '../site/urls';
import { guidanceSourceNotes, sourceNoteAnchor } from './guidance';
import type { RoleRef } from './roles';

/**
 * A note in the content where a source contradicts itself, or prints something this site reads
 * differently (a misspelling, a figure that is not a figure, a table out of order). The site keeps
 * what the source prints and shows the note; the sources page lists every one.
 */
export interface SourceInconsistency {
  /** The page that shows the note. */
  href: string;
  title: string;
  note: string;
}

/**
 * Every such note in the content: roles (JE row notes, the total's note, text notes) in the given
 * order, then the source notes in guidance pages' bodies.
 */
export function sourceInconsistencies(
  roles: readonly RoleRef[],
  guidance: readonly { id: string; data: GuidanceData; body?: string | undefined }[] = [],
): SourceInconsistency[] {
  const fromRoles = roles.flatMap(({ id, data }) => {
    const je = data.jobEvaluation;
    const notes = [
      ...(je?.factors.flatMap((factor) => factor.rows.flatMap((row) => (row.discrepancy ? [row.discrepancy] : []))) ?? []),
      ...(je?.totalNote ? [je.totalNote] : []),
      ...data.sourceNotes,
    ];
    return notes.map((note) => ({ href: roleUrl(id), title: data.title, note }));
  });
  const fromGuidance = guidance.flatMap(({ id, data, body }) =>
    guidanceSourceNotes(body ?? '').map((note) => ({ href: guidanceUrl(id, sourceNoteAnchor(note.id)), title: data.title, note: note.text })),
  );
  return [...fromRoles, ...fromGuidance];
}
