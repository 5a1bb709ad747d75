import { describe, expect, it } from 'vitest';
import { exportDocument, loadDocument, readDocument, saveDocument, type StorageLike } from '../../src/lib/storage/documentStore';
import {
  describePortfolio,
  evidenceName,
  emptyPortfolio,
  evidenceByDate,
  evidenceCount,
  evidencedWithoutEvidence,
  evidenceLimit,
  inStandardOrder,
  isEvidencedWithoutEvidence,
  portfolioFileName,
  portfolioKind,
  portfolioMessages,
  portfolioVersion,
  ratingLabels,
  ratingText,
  ratingCounts,
  ratingSummary,
  storageKey,
  withEvidenceAdded,
  withEvidenceEdited,
} from '../../src/lib/storage/portfolioStore';
import { hltaFramework } from '../../src/lib/content/assessmentFrameworks';
import { graph } from './siteContent';
import { memoryStorage } from './memoryStorage';

const evidence = { id: 'e1', date: '2026-10-01', description: 'Led a phonics group', standards: ['hlta-29'], location: '' };

describe('reading a portfolio', () => {
  it('reads the current version', () => {
    const portfolio = { ...emptyPortfolio(), name: 'Sam Jones', ratings: { 'hlta-1': 'developing' as const }, evidence: [evidence] };
    expect(readDocument(portfolioKind, exportDocument(portfolio))).toEqual({ ok: true, document: portfolio });
  });

  it('migrates version 2, which had no name, keeping everything else', () => {
    const old = {
      format: 'pathways-portfolio',
      version: 2,
      revision: 4,
      updatedAt: '2026-11-01T00:00:00.000Z',
      ratings: { 'hlta-3': 'confident' },
      evidence: [evidence],
    };
    expect(readDocument(portfolioKind, JSON.stringify(old))).toEqual({
      ok: true,
      migratedFrom: 2,
      document: { ...old, version: portfolioVersion, name: '' },
    });
  });

  it('migrates version 1, where each piece of evidence showed one standard', () => {
    const old = {
      format: 'pathways-portfolio',
      version: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
      ratings: { 'hlta-3': 'confident' },
      evidence: [{ id: 'a', date: '2026-01-02', description: 'x', standard: 'hlta-3', location: '' }],
    };
    const result = readDocument(portfolioKind, JSON.stringify(old));
    expect(result).toMatchObject({
      ok: true,
      migratedFrom: 1,
      document: {
        version: portfolioVersion,
        revision: 0,
        name: '',
        ratings: { 'hlta-3': 'confident' },
        evidence: [{ id: 'a', standards: ['hlta-3'] }],
      },
    });
  });

  it.each([
    ['damaged JSON', '{"format": "pathways-portfolio", "vers', 'not-json'],
    ['another file', '{"hello": "world"}', 'wrong-kind'],
    ['a newer version', JSON.stringify({ ...emptyPortfolio(), version: 9 }), 'newer-version'],
    ['a bad rating', JSON.stringify({ ...emptyPortfolio(), ratings: { 'hlta-1': 'brilliant' } }), 'damaged'],
    ['evidence without a date', JSON.stringify({ ...emptyPortfolio(), evidence: [{ ...evidence, date: 'yesterday' }] }), 'damaged'],
    ['a name longer than the printout takes', JSON.stringify({ ...emptyPortfolio(), name: 'x'.repeat(201) }), 'damaged'],
  ])('refuses %s with a clear reason', (_name, raw, reason) => {
    const result = readDocument(portfolioKind, raw);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? '' : result.detail).toMatch(/\w/);
  });

  it('keeps hostile text as text: it is data, never markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const result = readDocument(portfolioKind, JSON.stringify({ ...emptyPortfolio(), evidence: [{ ...evidence, description: hostile }] }));
    expect(result.ok && result.document.evidence[0]?.description).toBe(hostile);
  });
});

describe('loading what the browser saved', () => {
  it('starts empty when nothing is saved', () => {
    expect(loadDocument(portfolioKind, memoryStorage()).status).toBe('empty');
  });

  it('moves unreadable data aside instead of wiping it, and says so', () => {
    const storage = memoryStorage({ [storageKey]: '{broken' });
    const result = loadDocument(portfolioKind, storage, 1234);
    expect(result).toMatchObject({ status: 'recovered', backupKey: `${storageKey}.unreadable-1234` });
    expect(storage.data.get(`${storageKey}.unreadable-1234`)).toBe('{broken');
    expect(storage.data.has(storageKey)).toBe(false);
  });

  it('says saving is unavailable when storage cannot be used', () => {
    const failing: StorageLike = {
      length: 0,
      key: () => null,
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(loadDocument(portfolioKind, failing).status).toBe('unavailable');
    expect(loadDocument(portfolioKind, undefined).status).toBe('unavailable');
  });
});

describe('saving', () => {
  it('saves and counts revisions', () => {
    const storage = memoryStorage();
    const saved = saveDocument(portfolioKind, storage, emptyPortfolio(), 0);
    expect(saved).toMatchObject({ status: 'saved', document: { revision: 1 } });
    expect(loadDocument(portfolioKind, storage)).toMatchObject({ status: 'ok', document: { revision: 1 } });
  });

  it('does not overwrite a save made in another tab since this page loaded', () => {
    const storage = memoryStorage();
    saveDocument(portfolioKind, storage, { ...emptyPortfolio(), ratings: { 'hlta-2': 'confident' } }, 0); // the other tab
    const mine = saveDocument(portfolioKind, storage, { ...emptyPortfolio(), ratings: { 'hlta-5': 'developing' } }, 0);
    expect(mine).toMatchObject({ status: 'conflict', theirs: { ratings: { 'hlta-2': 'confident' } } });
    expect(loadDocument(portfolioKind, storage).document.ratings).toEqual({ 'hlta-2': 'confident' });
  });

  it('reports a full storage rather than failing silently', () => {
    const full: StorageLike = {
      length: 0,
      key: () => null,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(saveDocument(portfolioKind, full, emptyPortfolio(), 0)).toEqual({ status: 'failed', reason: 'full' });
  });
});

describe('summaries', () => {
  it('count ratings, and standards not yet rated', () => {
    const portfolio = { ...emptyPortfolio(), ratings: { 'hlta-1': 'evidenced' as const, 'hlta-2': 'developing' as const } };
    expect(ratingCounts(portfolio, ['hlta-1', 'hlta-2', 'hlta-3'])).toEqual({
      'not-yet': 0,
      developing: 1,
      confident: 0,
      evidenced: 1,
      unrated: 1,
    });
  });
});

describe('a rating as the printed portfolio shows it', () => {
  it('says "Not rated" for a standard the person has not rated, never a rating they did not choose', () => {
    const portfolio = { ...emptyPortfolio(), ratings: { 'hlta-1': 'not-yet' as const, 'hlta-2': 'evidenced' as const } };
    expect(ratingText(portfolio, 'hlta-3')).toBe('Not rated');
    expect(ratingText(portfolio, 'hlta-3')).not.toContain(ratingLabels['not-yet']);
  });

  it("gives the person's own rating, 'Not yet' included", () => {
    const portfolio = { ...emptyPortfolio(), ratings: { 'hlta-1': 'not-yet' as const, 'hlta-2': 'evidenced' as const } };
    expect(ratingText(portfolio, 'hlta-1')).toBe('Not yet');
    expect(ratingText(portfolio, 'hlta-2')).toBe('Evidenced');
  });
});

describe('the summary table', () => {
  it('has a row per section in the standards’ order, then one for all of them', () => {
    const standards = [
      { key: 'hlta-1', section: 'Professional values' },
      { key: 'hlta-2', section: 'Knowledge' },
      { key: 'hlta-3', section: 'Professional values' },
    ];
    const portfolio = { ...emptyPortfolio(), ratings: { 'hlta-1': 'confident' as const, 'hlta-2': 'confident' as const } };
    expect(ratingSummary(standards, portfolio).map((row) => [row.section, row.counts.confident, row.counts.unrated])).toEqual([
      ['Professional values', 1, 1],
      ['Knowledge', 1, 0],
      ['All standards', 2, 1],
    ]);
  });

  it('counts, per section and in all, the standards with evidence and those rated Evidenced with none', () => {
    const standards = [
      { key: 'hlta-1', section: 'Professional values' },
      { key: 'hlta-2', section: 'Knowledge' },
      { key: 'hlta-3', section: 'Professional values' },
    ];
    const portfolio = {
      ...emptyPortfolio(),
      ratings: { 'hlta-1': 'evidenced' as const, 'hlta-2': 'evidenced' as const, 'hlta-3': 'evidenced' as const },
      evidence: [{ ...evidence, standards: ['hlta-2', 'hlta-3'] }],
    };
    expect(ratingSummary(standards, portfolio).map((row) => [row.section, row.withEvidence, row.evidencedWithoutEvidence])).toEqual([
      ['Professional values', 1, 1],
      ['Knowledge', 1, 0],
      ['All standards', 2, 1],
    ]);
  });
});

describe('a standard rated Evidenced with no evidence attached', () => {
  const portfolio = {
    ...emptyPortfolio(),
    ratings: {
      'hlta-11': 'evidenced' as const,
      'hlta-12': 'evidenced' as const,
      'hlta-29': 'evidenced' as const,
      'hlta-30': 'confident' as const,
    },
    evidence: [evidence],
  };

  it('is flagged; one with evidence, or rated otherwise, is not', () => {
    expect(isEvidencedWithoutEvidence(portfolio, 'hlta-11')).toBe(true);
    expect(isEvidencedWithoutEvidence(portfolio, 'hlta-29')).toBe(false);
    expect(isEvidencedWithoutEvidence(portfolio, 'hlta-30')).toBe(false);
  });

  it('is listed in the standards’ order, and stops being flagged once evidence shows it', () => {
    const standards = ['hlta-12', 'hlta-11', 'hlta-29'].map((key) => ({ key }));
    expect(evidencedWithoutEvidence(standards, portfolio).map((item) => item.key)).toEqual(['hlta-12', 'hlta-11']);
    const attached = { ...portfolio, evidence: [...portfolio.evidence, { ...evidence, id: 'e2', standards: ['hlta-11', 'hlta-12'] }] };
    expect(evidencedWithoutEvidence(standards, attached)).toEqual([]);
  });

  it('is counted in words in the summary', () => {
    const noun = { one: 'standard', other: 'standards' };
    expect(portfolioMessages.evidencedWithout(2, noun)).toBe('2 standards are rated Evidenced with no evidence attached:');
    expect(portfolioMessages.evidencedWithout(1, noun)).toBe('1 standard is rated Evidenced with no evidence attached:');
  });
});

describe('how many of the HLTA standards have evidence', () => {
  const framework = hltaFramework(graph.status('hlta').data);
  const total = framework.standards.length;

  it('is counted out of every standard in the framework', () => {
    const portfolio = {
      ...emptyPortfolio(),
      evidence: [{ ...evidence, standards: framework.standards.slice(0, 2).map((item) => item.key) }],
    };
    const all = ratingSummary(framework.standards, portfolio).at(-1);
    expect(portfolioMessages.coverage(all?.withEvidence ?? 0, total, framework.setName)).toBe(
      `2 of the ${total} HLTA standards have evidence attached.`,
    );
    expect(portfolioMessages.coverage(1, total, framework.setName)).toBe(`1 of the ${total} HLTA standards has evidence attached.`);
  });
});

describe('evidence', () => {
  const typed = { date: '2026-10-02', description: '  Led a phonics group ', standards: ['hlta-29'], location: ' Blue folder ' };

  it('is added as typed, trimmed, with an id unlike the others', () => {
    const added = withEvidenceAdded({ ...emptyPortfolio(), evidence: [evidence] }, typed);
    if (!added.ok) throw new Error(added.message);
    expect(added.portfolio.evidence[1]).toMatchObject({ date: '2026-10-02', description: 'Led a phonics group', location: 'Blue folder' });
    expect(added.portfolio.evidence[1]?.id).not.toBe(evidence.id);
  });

  it.each([
    ['no date', { ...typed, date: '' }],
    ['nothing said', { ...typed, description: '   ' }],
    ['no standard', { ...typed, standards: [] }],
  ])('is refused with %s, saying what is needed', (_name, form) => {
    expect(withEvidenceAdded(emptyPortfolio(), form)).toEqual({
      ok: false,
      message: 'To add evidence, give its date, what you did, and at least one standard it shows.',
    });
  });

  it('is refused once the portfolio holds as much as it can keep', () => {
    const full = {
      ...emptyPortfolio(),
      evidence: Array.from({ length: evidenceLimit.max }, (_, index) => ({ ...evidence, id: `e${index}` })),
    };
    expect(withEvidenceAdded(full, typed)).toEqual({ ok: false, message: evidenceLimit.message });
  });

  it('is listed oldest first, and counted per standard', () => {
    const later = { ...evidence, id: 'b', date: '2026-11-01', standards: ['hlta-29', 'hlta-30'] };
    const earlier = { ...evidence, id: 'c', date: '2026-09-01' };
    const portfolio = { ...emptyPortfolio(), evidence: [later, evidence, earlier] };
    expect(evidenceByDate(portfolio).map((entry) => entry.id)).toEqual(['c', 'e1', 'b']);
    expect([evidenceCount(portfolio, 'hlta-29'), evidenceCount(portfolio, 'hlta-30'), evidenceCount(portfolio, 'hlta-1')]).toEqual([
      3, 1, 0,
    ]);
  });

  it('is edited in its place, keeping its id, trimmed like new evidence', () => {
    const other = { ...evidence, id: 'e2', date: '2026-09-01' };
    const portfolio = { ...emptyPortfolio(), evidence: [evidence, other] };
    const edited = withEvidenceEdited(portfolio, 'e1', { ...typed, standards: ['hlta-11', 'hlta-12'] });
    if (!edited.ok) throw new Error(edited.message);
    expect(edited.portfolio.evidence).toEqual([
      { id: 'e1', date: '2026-10-02', description: 'Led a phonics group', standards: ['hlta-11', 'hlta-12'], location: 'Blue folder' },
      other,
    ]);
  });

  it('is not edited into something missing what evidence needs', () => {
    expect(withEvidenceEdited({ ...emptyPortfolio(), evidence: [evidence] }, 'e1', { ...typed, standards: [] })).toEqual({
      ok: false,
      message: 'To save evidence, give its date, what you did, and at least one standard it shows.',
    });
  });

  it('that is gone (removed in another tab) is not brought back by saving an edit of it', () => {
    const result = withEvidenceEdited(emptyPortfolio(), 'e1', typed);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain('no longer in your portfolio');
  });

  it('shows each standard once', () => {
    const added = withEvidenceAdded(emptyPortfolio(), { ...typed, standards: ['hlta-29', 'hlta-29'] });
    expect(added.ok && added.portfolio.evidence[0]?.standards).toEqual(['hlta-29']);
  });

  it('and ratings are what the import question describes', () => {
    expect(describePortfolio({ ...emptyPortfolio(), ratings: { 'hlta-1': 'developing' }, evidence: [evidence] })).toBe(
      '1 rating and 1 piece of evidence',
    );
    expect(describePortfolio({ ...emptyPortfolio(), ratings: { 'hlta-1': 'developing', 'hlta-2': 'confident' } })).toBe(
      '2 ratings and 0 pieces of evidence',
    );
  });
});

describe('the standards chosen for a piece of evidence', () => {
  const standards = ['hlta-11', 'hlta-12', 'hlta-29'].map((key) => ({ key }));
  const noun = { one: 'standard', other: 'standards' };

  it('are kept in the standards’ order whatever order they were ticked in, another framework’s last', () => {
    expect(inStandardOrder(['hlta-29', 'nos-3', 'hlta-11'], standards)).toEqual(['hlta-11', 'hlta-29', 'nos-3']);
  });

  it('are summarised by number', () => {
    expect(portfolioMessages.chosen(['11', '12', '29'], noun)).toBe('3 standards chosen: 11, 12, 29.');
    expect(portfolioMessages.chosen(['11'], noun)).toBe('1 standard chosen: 11.');
    expect(portfolioMessages.chosen([], noun)).toBe('No standards chosen yet.');
  });
});

describe('exporting and printing', () => {
  it('names the file by the day on the person’s own calendar', () => {
    expect(portfolioFileName(new Date(2026, 11, 2, 23, 30))).toBe('hlta-portfolio-2026-12-02.json');
    expect(portfolioFileName(new Date(2026, 0, 5, 0, 5))).toBe('hlta-portfolio-2026-01-05.json');
  });

  it('says what was saved and what the file is for', () => {
    const portfolio = {
      ...emptyPortfolio(),
      ratings: Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`hlta-${index + 1}`, 'confident' as const])),
      evidence: ['a', 'b', 'c'].map((id) => ({ ...evidence, id })),
    };
    expect(portfolioMessages.exported('hlta-portfolio-2026-12-02.json', portfolio)).toBe(
      'Saved hlta-portfolio-2026-12-02.json: 12 ratings and 3 pieces of evidence. Keep it to move your portfolio to another browser or device; import it there.',
    );
  });

  it('dates the printout as people write dates', () => {
    expect(portfolioMessages.printed(new Date(2026, 11, 2, 9))).toBe('Printed 2 December 2026');
  });
});

describe('the name a button gives the evidence it acts on', () => {
  it('tells two entries on the same day apart by the first words of what was done', () => {
    const first = evidenceName({ date: '2026-10-01', description: 'Led a phonics group' });
    const second = evidenceName({ date: '2026-10-01', description: 'Planned a lesson with the class teacher for Year 2 maths' });
    expect(first).toBe('evidence from 1 October 2026: Led a phonics group');
    expect(second).toBe('evidence from 1 October 2026: Planned a lesson with the class…');
    expect(first).not.toBe(second);
  });
});
