import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/openData/csv';
import { openDataFiles } from '../../src/lib/openData/openData';
import { content, graph } from './siteContent';

const files = new Map(openDataFiles(content, graph).map((file) => [file.name, file]));

describe('CSV', () => {
  it('quotes every field and doubles quotes', () => {
    expect(toCsv(['a', 'b'], [['say "hi"', 3]])).toBe('"a","b"\r\n"say ""hi""","3"\r\n');
  });

  it('keeps a cell that looks like a formula as text', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil")'], ['-2'], ['@SUM(A1)']])).toBe(
      '"x"\r\n"\'=HYPERLINK(""http://evil"")"\r\n"\'-2"\r\n"\'@SUM(A1)"\r\n',
    );
  });

  it.each([
    ['an equals sign', '=1+1'],
    ['a plus sign', '+1+1'],
    ['a minus sign', '-1+1'],
    ['an at sign', '@SUM(A1)'],
    ['a tab', '\t=1+1'],
    ['a carriage return', '\r=1+1'],
    ['a NUL character', '\u0000=1+1'],
  ])('keeps a cell starting with %s as text', (_name, cell) => {
    expect(toCsv(['x'], [[cell]])).toBe(`"x"\r\n"'${cell}"\r\n`);
  });

  it('leaves ordinary text as it is', () => {
    expect(toCsv(['x'], [['Reading TA'], [' =1'], ['1-2']])).toBe('"x"\r\n"Reading TA"\r\n" =1"\r\n"1-2"\r\n');
  });

  it('writes empty cells for missing values', () => {
    expect(toCsv(['x', 'y'], [[null, undefined]])).toBe('"x","y"\r\n"",""\r\n');
  });
});

describe('the open data files', () => {
  it('include JSON and CSV for roles, NOS units and qualifications', () => {
    for (const name of ['roles', 'nos-units', 'qualifications']) {
      expect(files.has(`${name}.json`), name).toBe(true);
      expect(files.has(`${name}.csv`), name).toBe(true);
    }
  });

  it('hold every role, unit and qualification', () => {
    expect(JSON.parse(files.get('roles.json')!.body)).toHaveLength(18);
    expect(JSON.parse(files.get('nos-units.json')!.body)).toHaveLength(69);
    expect(JSON.parse(files.get('qualifications.json')!.body)).toHaveLength(18);
    expect(files.get('roles.csv')!.body.trim().split('\r\n')).toHaveLength(19);
  });

  it('give a JE total both as printed and as calculated', () => {
    const roles = JSON.parse(files.get('roles.json')!.body) as {
      id: string;
      jobEvaluation: { totalAsPrinted: string; totalCalculated: unknown } | null;
    }[];
    const ms2 = roles.find((role) => role.id === 'midday-supervision-2')!;
    expect(ms2.jobEvaluation).toMatchObject({ totalAsPrinted: '332- 345', totalCalculated: { min: 332, max: 345 } });
  });

  it('never give a NOS unit a title the sources do not have', () => {
    const units = JSON.parse(files.get('nos-units.json')!.body) as { code: string; title: string | null; url: string | null }[];
    expect(units.find((unit) => unit.code === 'STL7')).toMatchObject({ title: null, url: null });
  });

  it('give every qualification its status today, with the date and the source, in JSON and CSV', () => {
    const qualifications = JSON.parse(files.get('qualifications.json')!.body) as {
      id: string;
      now: { state: string; asOf: string; sources: string[]; facts: { asOf: string; source: string }[] };
    }[];
    expect(qualifications.map((item) => item.id).sort()).toEqual(content.qualifications.map((entry) => entry.id).sort());
    for (const item of qualifications) {
      expect(item.now.state, item.id).toBe(content.qualifications.find((entry) => entry.id === item.id)!.data.now.state);
      expect(item.now.asOf, item.id).not.toBe('');
      expect(item.now.sources.length, item.id).toBeGreaterThan(0);
    }
    const [header, ...rows] = files.get('qualifications.csv')!.body.trim().split('\r\n');
    expect(header).toContain('"now_state"');
    expect(header).toContain('"now_as_of"');
    expect(rows).toHaveLength(content.qualifications.length);
  });

  it('list every change and every body and tool with its status', () => {
    const changes = JSON.parse(files.get('changes.json')!.body) as { changes: { asOf: string; sources: string[] }[] }[];
    expect(changes.flatMap((group) => group.changes).every((change) => change.asOf && change.sources.length > 0)).toBe(true);
    const bodies = JSON.parse(files.get('bodies-and-tools.json')!.body) as { id: string; now: { state: string } }[];
    expect(bodies.map((item) => item.id)).toEqual(content.bodiesAndTools.map((entry) => entry.id));
  });
});
