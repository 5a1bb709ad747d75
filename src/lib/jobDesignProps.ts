import type { loadSite } from '../data/loadSite';
import { buildJobDesignCatalogue, type JobDesignCatalogue } from './jobDesign';

/** The leaders' tools' catalogue, from everything the site loaded. */
export function jobDesignCatalogueFor(site: Awaited<ReturnType<typeof loadSite>>): JobDesignCatalogue {
  return buildJobDesignCatalogue(site.roles, site.nosUnits, site.graph);
}
