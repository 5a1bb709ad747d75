import { getCollection, getEntry } from 'astro:content';
import { buildContentGraph } from '../lib/content/contentGraph';
import { buildProgressionGraph } from '../lib/progression/progression';
import { describeDanglingReferences, findDanglingReferences } from '../lib/content/referenceIntegrity';
import { nationPageProblems } from '../lib/now/nations';
import { nowProblems } from '../lib/now/status';

async function load() {
  const content = {
    roles: await getCollection('roles'),
    grades: await getCollection('grades'),
    nosUnits: await getCollection('nosUnits'),
    qcfUnits: await getCollection('qcfUnits'),
    qualifications: await getCollection('qualifications'),
    statuses: await getCollection('statuses'),
    guidance: await getCollection('guidance'),
    progressions: await getCollection('progressions'),
    currentFacts: await getCollection('currentFacts'),
    bodiesAndTools: await getCollection('bodiesAndTools'),
    nations: await getCollection('nations'),
    today: await getCollection('today'),
    saferRecruitment: await getCollection('saferRecruitment'),
  };
  const dangling = findDanglingReferences(content);
  if (dangling.length > 0) {
    throw new Error(`Content refers to entries that do not exist:\n${describeDanglingReferences(dangling)}`);
  }
  const statusProblems = [
    ...nowProblems(
      [
        ...content.qualifications.map((entry) => ({ label: entry.filePath ?? entry.id, now: entry.data.now })),
        ...content.statuses.map((entry) => ({ label: entry.filePath ?? entry.id, now: entry.data.now })),
        ...content.bodiesAndTools.map((entry) => ({ label: `content/now/bodies-and-tools.yaml: ${entry.id}`, now: entry.data.now })),
      ],
      content.currentFacts,
    ),
    ...(content.nations.length > 0 ? nationPageProblems(content.nations) : []),
  ];
  if (statusProblems.length > 0) throw new Error(`Statuses that break the rules for "now":\n${statusProblems.join('\n')}`);
  // Read after the references are checked, so a fixture without pay data still reports its own fault first.
  const pay = await getEntry('pay', 'pay');
  if (!pay) throw new Error('content/pay.yaml is missing or could not be read as YAML: the pay page needs it.');
  return { ...content, pay: pay.data, graph: buildContentGraph(content), progression: buildProgressionGraph(content) };
}

let site: ReturnType<typeof load> | undefined;

/**
 * All content, checked and linked: the one way pages read content. The build stops here,
 * naming the file and field, if any reference points at an entry that does not exist.
 */
export function loadSite(): ReturnType<typeof load> {
  site ??= load();
  return site;
}
