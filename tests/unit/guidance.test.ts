import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceDocuments } from '../../src/domain/sources';
import { guidanceSourceNotes } from '../../src/lib/content/guidance';
import { guidanceSchema } from '../../src/schemas/guidance';
import { loadCollection, sourcesDir } from './contentFiles';

describe('source notes in a guidance page', () => {
  it('are found with their ids, as plain text', () => {
    const body = [
      'Text before.',
      '<SourceNote id="one">',
      '',
      '**About the source**: it prints "x"; see [the chart](#chart).',
      '',
      '</SourceNote>',
      '<SourceNote id="two">Second `code`.</SourceNote>',
    ].join('\n');
    expect(guidanceSourceNotes(body)).toEqual([
      { id: 'one', text: 'About the source: it prints "x"; see the chart.' },
      { id: 'two', text: 'Second code.' },
    ]);
  });

  it('have ids unique on their page', () => {
    for (const { id, body } of loadCollection('guidance')) {
      const ids = guidanceSourceNotes(body).map((note) => note.id);
      expect(new Set(ids).size, id).toBe(ids.length);
    }
  });
});

/** Text as compared: case, white space, curly quotes and Markdown emphasis folded. */
const normalise = (text: string) =>
  text.replace(/\*+/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase().trim();

describe('quotations in guidance pages', () => {
  for (const { id, data, body } of loadCollection('guidance')) {
    it(`are word for word in the sources the page cites: ${id}`, () => {
      const page = guidanceSchema.parse(data);
      const sources = [...new Set(page.sources.map((source) => source.document))].map((document) =>
        normalise(readFileSync(join(sourcesDir, sourceDocuments[document].file), 'utf8')),
      );
      // A quotation: text in double quotes of six words or more, outside code and component attributes.
      const quotations = [...body.replace(/`[^`]*`/g, '').matchAll(/(?<!=)"([^"\n]+)"/g)]
        .map((match) => match[1] ?? '')
        .filter((quote) => quote.split(/\s+/).length >= 6);
      const missing = quotations.filter((quote) => !sources.some((source) => source.includes(normalise(quote))));
      expect(missing).toEqual([]);
    });
  }
});

describe('what the site says about bodies that have changed', () => {
  // Neither source says the TDA or the LSC ceased to exist: a page may report what a source says
  // ("now owned by the National College…"), not conclude it.
  const unsourcedEnding = /no longer exists?|went with (it|them|the)|abolished|ceased to exist|was closed/i;

  it('never says a body ended unless a source says so', () => {
    const sources = Object.values(sourceDocuments).map((document) => normalise(readFileSync(join(sourcesDir, document.file), 'utf8')));
    const claims = ['guidance', 'roles', 'qualifications', 'statuses'].flatMap((folder) =>
      loadCollection(folder).flatMap(({ id, body, data }) =>
        `${JSON.stringify(data)}\n${body}`
          .split(/(?<=[.!?])\s+|\n/)
          .filter((sentence) => unsourcedEnding.test(sentence))
          .filter((sentence) => !sources.some((source) => source.includes(normalise(sentence))))
          .map((sentence) => `${folder}/${id}: ${sentence.trim()}`),
      ),
    );
    expect(claims).toEqual([]);
  });
});
