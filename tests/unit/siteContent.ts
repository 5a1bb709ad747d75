import { buildContentGraph } from '../../src/lib/content/contentGraph';
import { bodyOrToolSchema } from '../../src/schemas/bodyOrTool';
import { currentFactSchema } from '../../src/schemas/currentFact';
import { gradeSchema } from '../../src/schemas/grade';
import { guidanceSchema } from '../../src/schemas/guidance';
import { nationSchema } from '../../src/schemas/nation';
import { nosUnitSchema } from '../../src/schemas/nosUnit';
import { qcfUnitSchema } from '../../src/schemas/qcfUnit';
import { qualificationSchema } from '../../src/schemas/qualification';
import { roleSchema } from '../../src/schemas/role';
import { statusSchema } from '../../src/schemas/status';
import { todaySchema } from '../../src/schemas/today';
import { loadCollection, loadDataFile } from './contentFiles';

/** The real content, parsed through the real schemas, as the site's pages receive it. */
export function loadContent() {
  const parse = <T>(folder: string, schema: { parse: (data: unknown) => T }) =>
    loadCollection(folder).map(({ id, file, data }) => ({ id, filePath: file, data: schema.parse(data) }));
  const parseData = <T>(path: string, schema: { parse: (data: unknown) => T }) =>
    loadDataFile(path).map(({ id, file, data }) => ({ id, filePath: file, data: schema.parse(data) }));
  return {
    roles: parse('roles', roleSchema),
    grades: parse('grades', gradeSchema),
    nosUnits: parse('nos-units', nosUnitSchema),
    qcfUnits: parse('qcf-units', qcfUnitSchema),
    qualifications: parse('qualifications', qualificationSchema),
    statuses: parse('statuses', statusSchema),
    guidance: parse('guidance', guidanceSchema),
    currentFacts: parseData('now/facts.yaml', currentFactSchema),
    bodiesAndTools: parseData('now/bodies-and-tools.yaml', bodyOrToolSchema),
    nations: parse('nations', nationSchema),
    today: parse('today', todaySchema),
  };
}

export const content = loadContent();
export const graph = buildContentGraph(content);
