import { describe, expect, it } from 'vitest';
import {
  discardStoredText,
  exportDocument,
  formatCount,
  itemIdMaxLength,
  loadDocument,
  peekDocument,
  readDocument,
  roomFor,
  saveDocument,
  setAside,
  setAsideCopies,
  storedText,
  uniqueItemId,
  withUniqueIds,
  type DocumentKind,
  type StoredDocument,
} from '../../src/lib/storage/documentStore';
import {
  emptyPortfolio,
  evidenceLimit,
  portfolioKind,
  storageKey,
  type Evidence,
  type Portfolio,
} from '../../src/lib/storage/portfolioStore';
import { dutyLimit, emptyJobDescription, jobDescriptionKind, personSpecLimit } from '../../src/lib/leadersTools/jobDescription';
import {
  emptyRoleAudit,
  newSchoolRole,
  responsibilities,
  responsibilityLimit,
  roleAuditKind,
  roleLimit,
  type SchoolRole,
} from '../../src/lib/leadersTools/roleAudit';
import { catalogue } from './jobDesignCatalogue';
import { memoryStorage } from './memoryStorage';

const entry = (id: string, description = 'Led a phonics group'): Evidence => ({
  id,
  date: '2026-10-01',
  description,
  standards: ['hlta-29'],
  location: '',
});
/** A portfolio this page cannot read (cut off), made large: `size` characters of notes. */
const unreadable = (size: number) => `{"format":"pathways-portfolio","version":2,"notes":"${'x'.repeat(size)}", "ratings": {`;
const roleAudit = (roles: SchoolRole[]) => ({ ...emptyRoleAudit(), roles });
const newerVersion = JSON.stringify({ ...emptyPortfolio(), version: 3, revision: 4, ratings: { 'hlta-1': 'confident' } });

describe('unreadable saved data with no room to copy it aside (issue 20, 1)', () => {
  it('is left where it is, and the page is told to save nothing until the person chooses', () => {
    const raw = unreadable(3000);
    const storage = memoryStorage({ [storageKey]: raw }, 4000);
    const loaded = loadDocument(portfolioKind, storage, 1234);
    expect(loaded).toMatchObject({ status: 'held', detail: expect.stringContaining('damaged') as unknown });
    expect(storage.data.get(storageKey)).toBe(raw);
    expect([...storage.data.keys()]).toEqual([storageKey]);
  });

  it('is never written over by a save, even one the page makes regardless', () => {
    const raw = unreadable(3000);
    const storage = memoryStorage({ [storageKey]: raw }, 4000);
    loadDocument(portfolioKind, storage);
    const saved = saveDocument(portfolioKind, storage, { ...emptyPortfolio(), ratings: { 'hlta-1': 'developing' } }, 0);
    expect(saved).toMatchObject({ status: 'unreadable', reason: 'not-json' });
    expect(storage.data.get(storageKey)).toBe(raw);
  });

  it('can be downloaded exactly as it was, and is gone only when the person discards it', () => {
    const raw = unreadable(3000);
    const storage = memoryStorage({ [storageKey]: raw }, 4000);
    expect(storedText(portfolioKind, storage, storageKey)).toBe(raw);
    expect(discardStoredText(portfolioKind, storage, storageKey)).toBe(true);
    expect(saveDocument(portfolioKind, storage, emptyPortfolio(), 0)).toMatchObject({ status: 'saved' });
  });

  it('copies it aside when there is room, then removes it from the document’s key', () => {
    const raw = unreadable(3000);
    const storage = memoryStorage({ [storageKey]: raw }, 10_000);
    expect(loadDocument(portfolioKind, storage, 1234)).toMatchObject({ status: 'recovered', backupKey: `${storageKey}.unreadable-1234` });
    expect(storage.data.get(`${storageKey}.unreadable-1234`)).toBe(raw);
    expect(storage.data.has(storageKey)).toBe(false);
  });

  it('never removes or reads a key that is not the document’s', () => {
    const storage = memoryStorage({ 'pathways.role-audit': '{}', other: 'x' });
    expect(discardStoredText(portfolioKind, storage, 'pathways.role-audit')).toBe(false);
    expect(discardStoredText(portfolioKind, storage, 'other')).toBe(false);
    expect(storedText(portfolioKind, storage, 'other')).toBeNull();
    expect(storage.data.size).toBe(2);
  });
});

describe('a newer version saved by another tab (issue 20, 2)', () => {
  it.each([
    ['the self-assessment portfolio', portfolioKind],
    ['the job description draft', jobDescriptionKind],
    ['the role audit', roleAuditKind],
  ] as [string, DocumentKind<StoredDocument>][])('is a conflict in %s, never written over', (_name, kind) => {
    const theirs = JSON.stringify({ ...kind.empty(), version: kind.version + 1, revision: 4 });
    const storage = memoryStorage({ [kind.storageKey]: theirs });
    const saved = saveDocument(kind, storage, kind.empty(), 0);
    expect(saved).toMatchObject({ status: 'unreadable', reason: 'newer-version' });
    expect(storage.data.get(kind.storageKey)).toBe(theirs);
  });

  it('is kept aside, exactly as saved, when the person keeps this tab’s version', () => {
    const storage = memoryStorage({ [storageKey]: newerVersion });
    const copy = setAside(portfolioKind, storage, newerVersion, 99);
    expect(copy).toBe(`${storageKey}.unreadable-99`);
    expect(storage.data.get(`${storageKey}.unreadable-99`)).toBe(newerVersion);
    expect(saveDocument(portfolioKind, storage, emptyPortfolio(), 0)).toMatchObject({ status: 'saved' });
  });

  it('stays where it is when there is no room to keep it aside', () => {
    const storage = memoryStorage({ [storageKey]: newerVersion }, newerVersion.length + storageKey.length + 10);
    expect(setAside(portfolioKind, storage, newerVersion, 99)).toBeNull();
    expect(storage.data.get(storageKey)).toBe(newerVersion);
  });
});

describe('limits enforced where an item is added (issue 20, 3)', () => {
  const roleList = (count: number) => {
    const roles: ReturnType<typeof newSchoolRole>[] = [];
    for (let index = 0; index < count; index++) roles.push(newSchoolRole(roles));
    return roles;
  };
  const cases = [
    {
      list: 'evidence entries',
      limit: evidenceLimit,
      kind: portfolioKind as DocumentKind<StoredDocument>,
      at: (count: number) => ({ ...emptyPortfolio(), evidence: Array.from({ length: count }, (_, index) => entry(`e${index}`)) }),
    },
    {
      list: 'duties',
      limit: dutyLimit,
      kind: jobDescriptionKind as DocumentKind<StoredDocument>,
      at: (count: number) => ({
        ...emptyJobDescription(),
        duties: Array.from({ length: count }, (_, index) => ({ id: `d${index}`, text: 'A duty', fromProfileId: null })),
      }),
    },
    {
      list: 'person specification lines',
      limit: personSpecLimit,
      kind: jobDescriptionKind as DocumentKind<StoredDocument>,
      at: (count: number) => ({
        ...emptyJobDescription(),
        personSpec: Array.from({ length: count }, (_, index) => ({ id: `p${index}`, text: 'A line', priority: 'essential' as const })),
      }),
    },
    {
      list: 'audit roles',
      limit: roleLimit,
      kind: roleAuditKind as DocumentKind<StoredDocument>,
      at: (count: number) => ({ ...emptyRoleAudit(), roles: roleList(count) }),
    },
  ];

  it.each(cases)('$list: a document at the limit saves and reads back; one more is refused when added, with the limit named', (item) => {
    const storage = memoryStorage();
    const full = item.at(item.limit.max);
    expect(saveDocument(item.kind, storage, full, 0)).toMatchObject({ status: 'saved' });
    expect(loadDocument(item.kind, storage).status).toBe('ok');
    const list = Object.values(full).find((value) => Array.isArray(value) && value.length === item.limit.max) as unknown[];
    expect(roomFor(list, item.limit)).toBe(item.limit.message);
    expect(item.limit.message).toContain(formatCount(item.limit.max));
    expect(roomFor(list.slice(1), item.limit)).toBeNull();
  });

  it.each(cases)('$list: a document past the limit is never written, so nothing saved before is lost', (item) => {
    const storage = memoryStorage();
    saveDocument(item.kind, storage, item.at(1), 0);
    const before = storage.data.get(item.kind.storageKey);
    expect(saveDocument(item.kind, storage, item.at(item.limit.max + 1), 1)).toMatchObject({
      status: 'invalid',
      detail: expect.stringContaining('longer or larger than this page allows') as unknown,
    });
    expect(storage.data.get(item.kind.storageKey)).toBe(before);
  });

  it('lets a portfolio hold thousands of entries and an audit hundreds of roles, within what a browser keeps (5 MB)', () => {
    // A typical entry: a sentence or two of description and a location.
    const typical = entry('x', 'Led a small phonics group for six weeks and recorded progress in the class tracker.');
    const portfolio = {
      ...emptyPortfolio(),
      evidence: Array.from({ length: evidenceLimit.max }, (_, index) => ({ ...typical, id: `e${index}`, location: 'Blue folder' })),
    };
    expect(evidenceLimit.max).toBeGreaterThanOrEqual(2000);
    expect(exportDocument(portfolio).length).toBeLessThan(5_000_000);
    const audit = roleAudit(
      roleList(roleLimit.max).map((role) => ({ ...role, title: 'Teaching assistant (reading)', hoursPerWeek: 27.5 })),
    );
    const withDuties = {
      ...audit,
      roles: audit.roles.map((role) => ({
        ...role,
        responsibilities: responsibilities(catalogue.profiles)
          .slice(0, 20)
          .map((item) => item.key),
      })),
    };
    expect(roleLimit.max).toBeGreaterThanOrEqual(500);
    expect(exportDocument(withDuties).length).toBeLessThan(5_000_000);
    // One role can hold every responsibility the profiles list.
    expect(responsibilities(catalogue.profiles).length).toBeLessThanOrEqual(responsibilityLimit.max);
  });
});

describe('copies kept aside (issue 20, 4)', () => {
  it('are listed from the storage alone, so every page and every reload finds them, until removed', () => {
    const storage = memoryStorage({ [storageKey]: '{broken' });
    loadDocument(portfolioKind, storage, Date.UTC(2026, 10, 24, 10));
    const listed = setAsideCopies(portfolioKind, storage);
    expect(listed).toEqual([
      {
        key: `${storageKey}.unreadable-${Date.UTC(2026, 10, 24, 10)}`,
        keptAt: new Date(Date.UTC(2026, 10, 24, 10)),
        detail: expect.stringContaining('not readable JSON') as unknown,
      },
    ]);
    // A later load (a reload, or another page) sees the same copy.
    expect(loadDocument(portfolioKind, storage).status).toBe('empty');
    expect(setAsideCopies(portfolioKind, storage)).toEqual(listed);
    expect(discardStoredText(portfolioKind, storage, listed[0]!.key)).toBe(true);
    expect(setAsideCopies(portfolioKind, storage)).toEqual([]);
  });

  it('are the document’s own: another document’s copies are not listed', () => {
    const storage = memoryStorage({ 'pathways.job-description.unreadable-5': '{', [`${storageKey}.unreadable-6`]: '{' });
    expect(setAsideCopies(portfolioKind, storage).map((copy) => copy.key)).toEqual([`${storageKey}.unreadable-6`]);
  });

  it('keep two copies made in the same moment apart', () => {
    const storage = memoryStorage();
    expect(setAside(portfolioKind, storage, '{one', 7)).toBe(`${storageKey}.unreadable-7`);
    expect(setAside(portfolioKind, storage, '{two', 7)).toBe(`${storageKey}.unreadable-7-2`);
    expect(setAsideCopies(portfolioKind, storage).map((copy) => storage.data.get(copy.key))).toEqual(['{one', '{two']);
  });

  it('a page that only reads the document (the recruitment kit) changes nothing, even when it cannot read it', () => {
    const storage = memoryStorage({ 'pathways.job-description': '{broken' });
    expect(peekDocument(jobDescriptionKind, storage)).toMatchObject({ status: 'unreadable', raw: '{broken' });
    expect([...storage.data.entries()]).toEqual([['pathways.job-description', '{broken']]);
  });
});

describe('item ids (issue 20, 5)', () => {
  it('two evidence entries with the same id are told apart on reading, so removing one removes only that one', () => {
    const portfolio: Portfolio = { ...emptyPortfolio(), evidence: [entry('e1', 'First'), entry('e1', 'Second')] };
    const raw = exportDocument(portfolio);
    const read = readDocument(portfolioKind, raw);
    if (!read.ok) throw new Error(read.detail);
    expect(read.document.evidence.map((item) => [item.id, item.description])).toEqual([
      ['e1', 'First'],
      ['e1-2', 'Second'],
    ]);
    const [first] = read.document.evidence;
    expect(read.document.evidence.filter((item) => item.id !== first?.id).map((item) => item.description)).toEqual(['Second']);
  });

  it('are repaired the same way every time, stay within the length the reader allows, and avoid ids already used', () => {
    const long = 'x'.repeat(itemIdMaxLength);
    const repaired = withUniqueIds([{ id: 'a' }, { id: 'a-2' }, { id: 'a' }, { id: long }, { id: long }]);
    expect(repaired.map((item) => item.id)).toEqual(['a', 'a-2', 'a-3', long, `${long.slice(0, itemIdMaxLength - 6)}-2`]);
    expect(withUniqueIds([{ id: 'a' }, { id: 'a' }])).toEqual(withUniqueIds([{ id: 'a' }, { id: 'a' }]));
    expect(repaired.every((item) => item.id.length <= itemIdMaxLength)).toBe(true);
  });

  it('are repaired in every document: duties, lines and roles; a unit or a responsibility chosen twice counts once', () => {
    const draft = readDocument(
      jobDescriptionKind,
      JSON.stringify({
        ...emptyJobDescription(),
        duties: [
          { id: 'd', text: 'One', fromProfileId: null },
          { id: 'd', text: 'Two', fromProfileId: null },
        ],
        units: [
          { id: 'stl-3', priority: 'essential' },
          { id: 'stl-3', priority: 'desirable' },
        ],
        personSpec: [
          { id: 'p', text: 'One', priority: 'essential' },
          { id: 'p', text: 'Two', priority: 'essential' },
        ],
      }),
    );
    expect(draft.ok && [draft.document.duties.map((d) => d.id), draft.document.units, draft.document.personSpec.map((p) => p.id)]).toEqual([
      ['d', 'd-2'],
      [{ id: 'stl-3', priority: 'essential' }],
      ['p', 'p-2'],
    ]);
    const role = { ...newSchoolRole(), id: 'r', responsibilities: ['r-1', 'r-1', 'r-2'] };
    const audit = readDocument(roleAuditKind, JSON.stringify(roleAudit([role, role])));
    expect(audit.ok && audit.document.roles.map((item) => [item.id, item.responsibilities])).toEqual([
      ['r', ['r-1', 'r-2']],
      ['r-2', ['r-1', 'r-2']],
    ]);
  });

  it('a new id is unlike every id already in the list, even if the random numbers repeat', () => {
    const same = () => 0.123456789;
    const first = uniqueItemId([], same);
    const second = uniqueItemId([{ id: first }], same);
    const third = uniqueItemId([{ id: first }, { id: second }], same);
    expect(new Set([first, second, third]).size).toBe(3);
  });
});
