import { slugify } from '../content/slug';

/**
 * The sections of a rendered page, for its "On this page" list: the page's h2 headings, in order,
 * each with the id a link can jump to. Works on the HTML the page has rendered, so a section added
 * by any component or content file is listed without anyone keeping a list.
 */

/** One entry of the list: the heading's text and the id of the heading. */
export interface PageSection {
  id: string;
  text: string;
}

export interface SectionedHtml {
  /** The HTML, with an id added to every h2 that had none. */
  html: string;
  sections: PageSection[];
  /** Where the first h2 starts in `html`: the list goes just before it. -1 when there is none. */
  firstSectionAt: number;
}

/** A page with fewer sections than this is short enough to read without a list of them. */
export const minimumSectionsListed = 4;

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
};

/** The text a heading's HTML reads as: tags removed, entities decoded, spaces collapsed. */
function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Finds the h2 sections of some HTML and gives each heading an id (unique on the page) if it has none. */
export function findSections(html: string): SectionedHtml {
  const taken = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? ''));
  const sections: PageSection[] = [];
  let firstSectionAt = -1;
  let shift = 0;
  const withIds = html.replace(
    /<h2(\s[^>]*)?>([\s\S]*?)<\/h2>/g,
    (heading: string, attributes: string | undefined, inner: string, at: number) => {
      if (firstSectionAt === -1) firstSectionAt = at + shift;
      const text = textOfHtml(inner);
      const existing = /\sid="([^"]*)"/.exec(attributes ?? '')?.[1];
      if (existing) {
        sections.push({ id: existing, text });
        return heading;
      }
      const base = slugify(text) || 'section';
      let id = base;
      for (let count = 2; taken.has(id); count++) id = `${base}-${count}`;
      taken.add(id);
      sections.push({ id, text });
      const tagged = `<h2 id="${id}"${attributes ?? ''}>${inner}</h2>`;
      shift += tagged.length - heading.length;
      return tagged;
    },
  );
  return { html: withIds, sections, firstSectionAt };
}
