import { buildJobDesignCatalogue } from '../../src/lib/leadersTools/jobDesignProps';
import { profileById, type ProfileSummary } from '../../src/lib/leadersTools/jobDesign';
import { indexStatements, profileStatements } from '../../src/lib/leadersTools/levelConsistency';
import { content, graph } from './siteContent';

/** The leaders' tools' catalogue, built from the real content as the pages build it. */
export const catalogue = buildJobDesignCatalogue(content.roles, content.nosUnits, graph);
export const statementIndex = indexStatements(profileStatements(catalogue.profiles));

export function profile(id: string): ProfileSummary {
  const found = profileById(catalogue, id);
  if (!found) throw new Error(`No profile ${id} in the catalogue`);
  return found;
}
