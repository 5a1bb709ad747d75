import { buildJobDesignCatalogue } from '../../src/lib/leadersTools/jobDesignProps';
import { profileById, type ProfileSummary } from '../../src/lib/leadersTools/jobDesign';
import { levelCheckFor } from '../../src/lib/leadersTools/levelCheck';
import { content, graph } from './siteContent';

/** The leaders' tools' catalogue, built from the real content as the pages build it. */
export const catalogue = buildJobDesignCatalogue(content.roles, content.nosUnits, graph);
export const levelCheck = levelCheckFor(catalogue.profiles);
export const statementIndex = levelCheck.index;

export function profile(id: string): ProfileSummary {
  const found = profileById(catalogue, id);
  if (!found) throw new Error(`No profile ${id} in the catalogue`);
  return found;
}
