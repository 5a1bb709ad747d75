import { describe, expect, it } from 'vitest';
import { roleSchema } from '../../src/schemas/role';
import { gradeSchema } from '../../src/schemas/grade';
import { loadCollection } from './contentFiles';

describe('every content file passes its schema', () => {
  for (const { id, data } of loadCollection('roles')) {
    it(`role ${id}`, () => {
      const result = roleSchema.safeParse(data);
      expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });
  }
  for (const { id, data } of loadCollection('grades')) {
    it(`grade ${id}`, () => {
      const result = gradeSchema.safeParse(data);
      expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });
  }
});
