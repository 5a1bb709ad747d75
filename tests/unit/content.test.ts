import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { gradeSchema } from '../../src/schemas/grade';
import { guidanceSchema } from '../../src/schemas/guidance';
import { nosUnitSchema } from '../../src/schemas/nosUnit';
import { qcfUnitSchema } from '../../src/schemas/qcfUnit';
import { qualificationSchema } from '../../src/schemas/qualification';
import { roleSchema } from '../../src/schemas/role';
import { statusSchema } from '../../src/schemas/status';
import { nationSchema } from '../../src/schemas/nation';
import { nationIds } from '../../src/domain/now';
import { loadCollection } from './contentFiles';

const collections: [string, z.ZodType, number][] = [
  ['roles', roleSchema, 18],
  ['grades', gradeSchema, 9],
  ['nos-units', nosUnitSchema, 69],
  ['qcf-units', qcfUnitSchema, 21],
  ['qualifications', qualificationSchema, 18],
  ['statuses', statusSchema, 2],
  ['guidance', guidanceSchema, 9],
  ['nations', nationSchema, nationIds.length],
];

describe.each(collections)('every file in content/%s', (folder, schema, count) => {
  const entries = loadCollection(folder);

  it(`has the ${count} entries the sources give`, () => {
    expect(entries).toHaveLength(count);
  });

  for (const { id, data } of entries) {
    it(`passes its schema: ${id}`, () => {
      const result = schema.safeParse(data);
      expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
    });
  }
});
