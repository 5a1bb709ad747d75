import { buildContentGraph, type ContentSet } from '../../src/lib/content/contentGraph';
import { gradeSchema } from '../../src/schemas/grade';
import { nosUnitSchema } from '../../src/schemas/nosUnit';
import { qcfUnitSchema } from '../../src/schemas/qcfUnit';
import { qualificationSchema } from '../../src/schemas/qualification';
import { roleSchema } from '../../src/schemas/role';
import { statusSchema } from '../../src/schemas/status';
import { loadCollection } from './contentFiles';

/** The real content, parsed through the real schemas, as the site's pages receive it. */
export function loadContent(): ContentSet {
  const parse = <T>(folder: string, schema: { parse: (data: unknown) => T }) =>
    loadCollection(folder).map(({ id, file, data }) => ({ id, filePath: file, data: schema.parse(data) }));
  return {
    roles: parse('roles', roleSchema),
    grades: parse('grades', gradeSchema),
    nosUnits: parse('nos-units', nosUnitSchema),
    qcfUnits: parse('qcf-units', qcfUnitSchema),
    qualifications: parse('qualifications', qualificationSchema),
    statuses: parse('statuses', statusSchema),
  };
}

export const content = loadContent();
export const graph = buildContentGraph(content);
