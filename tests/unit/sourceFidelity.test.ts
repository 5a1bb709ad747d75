/**
 * Every piece of text the site shows from a source must be in that source, word for word.
 * Comparison ignores case, white space and list numbering; nothing else is forgiven except the
 * reassembled rows below. A misprint is kept as printed, with a note saying how the site reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceDocuments, type SourceDocumentId } from '../../src/domain/sources';
import { roleSchema } from '../../src/schemas/role';
import { gradeSchema } from '../../src/schemas/grade';
import { nosUnitSchema } from '../../src/schemas/nosUnit';
import { qcfUnitSchema } from '../../src/schemas/qcfUnit';
import { qualificationSchema } from '../../src/schemas/qualification';
import { statusSchema } from '../../src/schemas/status';
import { currentFactSchema } from '../../src/schemas/currentFact';
import { loadCollection, loadDataFile, sourcesDir } from './contentFiles';

/**
 * Text that the content had to reassemble because the extraction split or scrambled it, so it
 * cannot appear verbatim. For these, every word must still be in the source.
 */
const reassembled = new Set([
  'midday-supervision-3 jobEvaluation.factors.0.rows.0.info', // table printed as one run-on line (source line 208)
  'midday-supervision-3 jobEvaluation.factors.1.rows.0.info',
  'midday-supervision-3 jobEvaluation.factors.2.rows.0.info',
  'learning-mentor-3 jobEvaluation.factors.0.rows.0.info', // row continues after a footnote (source lines 367 and 371)
]);

/** Text as compared: Markdown emphasis (which the extraction also carries) dropped, case and white space folded. */
function normalise(text: string): string {
  return text
    .replace(/\*+/g, '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/<\/?p>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const sourceCache = new Map<SourceDocumentId, string>();
function sourceText(document: SourceDocumentId): string {
  let text = sourceCache.get(document);
  if (text === undefined) {
    text = normalise(readFileSync(join(sourcesDir, sourceDocuments[document].file), 'utf8'));
    sourceCache.set(document, text);
  }
  return text;
}

/** Every string in a parsed entry, with its path, except fields that are ids or numbers rather than source text. */
function* strings(value: unknown, path: string[] = []): Generator<[string, string]> {
  if (typeof value === 'string') yield [path.join('.'), value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, [...path, String(index)]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

/**
 * Fields that hold ids, numbers or this site's own words (notes, explanations, titles it gives
 * pages), not text copied from a source. `now`, `today` and `currentTitle` are what is true today,
 * from the reference facts (checked against their rows below), not the sources' words.
 */
const notSourceText =
  /(^|\.)(family|ladder|factor|level|levelNumber|label|source|sources|totalAsPrinted|pointsAsPrinted|discrepancy|totalNote|sourceNotes|collection|id|type|typeReason|shortTitle|awardingOrganisations|kind|nosMapping|summary|abbreviation|routes|requirementsSource|referenceNotes|number|now|today|currentTitle)(\.|$)/;

/** Site-written titles for things the sources name only in passing. */
const siteTitles = new Set([
  'functional-skills-english title', // the source speaks of "Functional Skills qualifications in English and maths" together
  'functional-skills-maths title',
  'functional-skills-ict title',
  'status-hlta title', // the sources say "HLTA status"; the page spells it out
  'status-qts requirements', // from the reference facts, cited on the page
]);

function check(id: string, data: Record<string, unknown>, documents: readonly SourceDocumentId[]) {
  const sources = documents.map(sourceText);
  const inSource = (text: string) => sources.some((source) => source.includes(normalise(text)));
  const source = sources.join(' ');
  const missing: string[] = [];
  const staleExceptions: string[] = [];
  for (const [path, text] of strings(data)) {
    if (notSourceText.test(path)) continue;
    const key = `${id} ${path}`;
    if (siteTitles.has(key) || siteTitles.has(key.replace(/\.\d+$/, ''))) continue;
    const verbatim = inSource(text);
    if (reassembled.has(key)) {
      if (verbatim) staleExceptions.push(key);
      const lostWords = normalise(text)
        .split(' ')
        .filter((word) => !source.includes(word));
      if (lostWords.length > 0) missing.push(`${path}: words not in source: ${lostWords.join(', ')}`);
    } else if (!verbatim) {
      missing.push(`${path}: "${text}"`);
    }
  }
  expect(missing, 'text not found in the source').toEqual([]);
  expect(staleExceptions, 'listed as reassembled but found verbatim: remove from the list').toEqual([]);
}

/** Sentences of an MDX body, without Markdown emphasis and list markers; headings are the site's own and are skipped. */
function bodySentences(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.replace(/^\s*[-*]\s+/, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'))
    .flatMap((line) => line.split(/(?<=[.!?:]\**)\s+/))
    .map((sentence) => sentence.trim().replace(/[.:]?\**$/, ''))
    .filter((sentence) => sentence.length > 0);
}

describe('role profiles quote their source word for word', () => {
  for (const { id, data, body } of loadCollection('roles')) {
    it(id, () => check(id, roleSchema.parse(data), [roleSchema.parse(data).source.document]));
    it(`${id} (narrative)`, () => {
      const source = sourceText(roleSchema.parse(data).source.document);
      expect(bodySentences(body).filter((sentence) => !source.includes(normalise(sentence)))).toEqual([]);
    });
  }
});

describe('grades quote their source word for word', () => {
  for (const { id, data } of loadCollection('grades')) {
    it(id, () => check(id, gradeSchema.parse(data), [gradeSchema.parse(data).source.document]));
  }
});

describe('reassembled rows', () => {
  it('name only role files that exist', () => {
    const ids = new Set(loadCollection('roles').map((entry) => entry.id));
    for (const key of reassembled) expect(ids, key).toContain(key.split(' ')[0]);
  });
});

describe('QCF units quote the career framework word for word', () => {
  for (const { id, data } of loadCollection('qcf-units')) {
    it(id, () => check(id, qcfUnitSchema.parse(data), ['ta-career-framework']));
  }
});

describe('qualifications quote their sources word for word', () => {
  for (const { id, data } of loadCollection('qualifications')) {
    const qualification = qualificationSchema.parse(data);
    it(id, () =>
      check(
        id,
        qualification,
        qualification.sources.map((source) => source.document),
      ),
    );
  }
});

describe('a sentence that introduces a list', () => {
  it('is never cut short before its colon, and the list follows it', () => {
    const cutShort = loadCollection('qualifications').flatMap(({ id, data }) => {
      const qualification = qualificationSchema.parse(data);
      const sources = qualification.sources.map((source) => sourceText(source.document));
      return qualification.description
        .filter((sentence) => !sentence.endsWith(':'))
        .filter((sentence) =>
          sources.some((source) => {
            const at = source.indexOf(normalise(sentence));
            return at >= 0 && source.charAt(at + normalise(sentence).length) === ':';
          }),
        )
        .map((sentence) => `${id}: "${sentence}"`);
    });
    expect(cutShort).toEqual([]);
  });
});

describe('statuses quote their sources word for word', () => {
  for (const { id, data, body } of loadCollection('statuses')) {
    const status = statusSchema.parse(data);
    const documents = status.sources.map((source) => source.document);
    it(id, () => check(`status-${id}`, status, documents));
    it(`${id} (narrative)`, () => {
      const sources = documents.map(sourceText);
      expect(bodySentences(body).filter((sentence) => !sources.some((source) => source.includes(normalise(sentence))))).toEqual([]);
    });
  }
});

describe('facts from the reference files', () => {
  const referenceDir = join(sourcesDir, '../reference');
  const tsv = (file: string) =>
    readFileSync(join(referenceDir, file), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'));

  it("NOS unit titles and groups are the reference list's, and no title is given where it has none", () => {
    const rows = tsv('nos-stl-units.tsv');
    const units = loadCollection('nos-units').map(({ data }) => nosUnitSchema.parse(data));
    const groupName = (group: string) =>
      group.startsWith('level-3-option-')
        ? `option group ${group.slice(-1).toUpperCase()}`
        : group.replace(/-/g, ' ').replace('level', 'Level');
    expect(units.map((unit) => [`STL${unit.number}`, unit.title ?? '', unit.titleStatus]).sort()).toEqual(
      rows.map(([unit, title, , status]) => [unit, title, status]).sort(),
    );
    for (const unit of units) {
      const row = rows.find(([code]) => code === `STL${unit.number}`)!;
      expect(row[2]!.toLowerCase(), `STL${unit.number}`).toContain(groupName(unit.group).toLowerCase());
    }
  });

  it('every figure on a QTS route is in the reference file', () => {
    const reference = readFileSync(join(referenceDir, 'qts-routes.tsv'), 'utf8');
    const status = statusSchema.parse(loadCollection('statuses').find((entry) => entry.id === 'qts')!.data);
    const invented = status.routes.flatMap((route) =>
      [route.entryRequirements, route.duration ?? '', route.payAndFees ?? '', ...route.details.map((detail) => detail.text)]
        .flatMap((text) => text.match(/£?\d[\d,]*%?/g) ?? [])
        .filter((figure) => !reference.includes(figure))
        .map((figure) => `${route.id}: ${figure}`),
    );
    expect(invented).toEqual([]);
  });

  describe('facts about today are rows of their reference file, with every figure in the row', () => {
    const facts = loadDataFile('now/facts.yaml').map(({ id, data }) => ({ id, ...currentFactSchema.parse(data) }));
    it.each(facts.map((fact) => [fact.id, fact] as const))('%s', (_id, fact) => {
      const rows = tsv(fact.file);
      // current-facts.tsv and safer-recruitment.tsv: topic, fact, as_of, source, confidence;
      // qts-routes.tsv: route, who_for, entry_requirements, duration, pay_fees_notes, source.
      const graded = rows[0]?.length === 5;
      const row = rows.find((cells) =>
        graded
          ? cells[0] === fact.topic && cells[2] === fact.asOf && cells[3] === fact.source && cells[4] === fact.confidence
          : cells[0] === fact.topic && cells[5] === fact.source,
      );
      expect(row, 'no row with this topic, date, source and confidence').toBeDefined();
      if (!graded) {
        expect(fact.confidence).toBeNull();
        if (fact.asOf !== null) expect(row![5]).toContain(fact.asOf);
      }
      // Amounts are compared without the currency ("GBP 450" in the row, "£450" on the page).
      const rowText = row!.join(' ').replace(/,/g, '');
      const invented = (fact.text.match(/\d[\d,./]*\d|\d/g) ?? []).filter((figure) => !rowText.includes(figure.replace(/,/g, '')));
      expect(invented, 'figures not in the row').toEqual([]);
    });
  });
});
