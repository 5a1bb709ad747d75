import type { RoleRef } from './roles';

export interface SourceInconsistency {
  roleId: string;
  roleTitle: string;
  note: string;
}

/** Every note in the content about a source contradicting itself, role by role in the given order. */
export function sourceInconsistencies(roles: readonly RoleRef[]): SourceInconsistency[] {
  return roles.flatMap(({ id, data }) => {
    const je = data.jobEvaluation;
    const notes = [
      ...(je?.factors.flatMap((factor) => factor.rows.flatMap((row) => (row.discrepancy ? [row.discrepancy] : []))) ?? []),
      ...(je?.totalNote ? [je.totalNote] : []),
      ...data.sourceNotes,
    ];
    return notes.map((note) => ({ roleId: id, roleTitle: data.title, note }));
  });
}
