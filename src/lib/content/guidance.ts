import type { GuidanceEntry } from '../../schemas/entry';

type GuidanceRef = GuidanceEntry;

/** Guidance in reading order. */
export function sortGuidance<T extends GuidanceRef>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Guidance for one side of the home page: pages for that audience and pages for everyone. */
export function guidanceFor<T extends GuidanceRef>(pages: readonly T[], audience: 'staff' | 'leaders'): T[] {
  return sortGuidance(pages.filter((page) => page.data.audience === audience || page.data.audience === 'everyone'));
}
