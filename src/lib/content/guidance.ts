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

/** A source note in a guidance page's body: `<SourceNote id="…">text</SourceNote>`. */
export interface GuidanceSourceNote {
  id: string;
  /** The note as plain text: Markdown emphasis and links reduced to their words. */
  text: string;
}

/** The anchor of a source note on its page. */
export function sourceNoteAnchor(id: string): string {
  return `note-${id}`;
}

/** Every source note in a guidance page's MDX body, in page order. */
export function guidanceSourceNotes(body: string): GuidanceSourceNote[] {
  return [...body.matchAll(/<SourceNote\s+id="([^"]+)"\s*>([\s\S]*?)<\/SourceNote>/g)].map((match) => ({
    id: match[1] ?? '',
    text: (match[2] ?? '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\*\*?|`/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}
