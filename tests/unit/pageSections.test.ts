import { describe, expect, it } from 'vitest';
import { findSections } from '../../src/lib/site/pageSections';

describe("a page's sections", () => {
  const html =
    '<h1>Teaching Assistant 3</h1><dl></dl><h2>Purpose of the role</h2><p>x</p>' +
    '<h2 id="job-evaluation">Job evaluation</h2><h3>Not a section</h3>' +
    '<div class="note"><h2 class="x">Notes on the source &amp; <a href="#n">its figures</a></h2></div><h2>Purpose of the role</h2>';

  it('are its h2 headings in order, with the text they read as', () => {
    expect(findSections(html).sections.map((section) => section.text)).toEqual([
      'Purpose of the role',
      'Job evaluation',
      'Notes on the source & its figures',
      'Purpose of the role',
    ]);
  });

  it('keep the id a heading already has, and give one to each heading without, unique on the page', () => {
    const { sections, html: withIds } = findSections(html);
    expect(sections.map((section) => section.id)).toEqual([
      'purpose-of-the-role',
      'job-evaluation',
      'notes-on-the-source-its-figures',
      'purpose-of-the-role-2',
    ]);
    for (const { id } of sections) expect(withIds).toContain(`<h2 id="${id}"`);
    expect(withIds).toContain('<h2 id="notes-on-the-source-its-figures" class="x">');
    expect(withIds.match(/<h2 id="job-evaluation">/g)).toHaveLength(1);
  });

  it('do not reuse an id taken by anything else on the page', () => {
    expect(findSections('<p id="key-duties"></p><h2>Key duties</h2>').sections[0]?.id).toBe('key-duties-2');
  });

  it('say where the first one starts, so the list can go just before it', () => {
    const { html: withIds, firstSectionAt } = findSections(html);
    expect(withIds.slice(firstSectionAt)).toMatch(/^<h2 id="purpose-of-the-role">/);
    expect(findSections('<h1>x</h1><p>No sections</p>')).toEqual({
      html: '<h1>x</h1><p>No sections</p>',
      sections: [],
      firstSectionAt: -1,
    });
  });
});
