/**
 * Every address on the site, built in one place: pages, islands, open data and tests call these
 * functions instead of writing paths by hand, so a route that moves changes here alone.
 * Query strings are written with URLSearchParams, so every value is encoded; reading them back
 * (and checking them against the content) is the job of the capability that owns the state.
 */

/** A path with an optional fragment: ("/roles/x/", "job-evaluation") → "/roles/x/#job-evaluation". */
function withHash(path: string, hash?: string): string {
  return hash ? `${path}#${hash}` : path;
}

/** "?a=1&b=2", or "" when there is nothing to say. */
function query(entries: readonly (readonly [string, string | undefined])[]): string {
  const params = new URLSearchParams();
  for (const [name, value] of entries) if (value) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const homeUrl = '/';
export const rolesUrl = '/roles/';
/** The roles index's section for one job family: "/roles/#family-teaching-and-learning-support". */
export const roleFamilySectionId = (family: string) => `family-${family}`;
export const roleFamilyUrl = (family: string) => withHash(rolesUrl, roleFamilySectionId(family));
export const jobEvaluationUrl = (hash?: string) => withHash('/roles/job-evaluation/', hash);
export const roleUrl = (id: string, hash?: string) => withHash(`/roles/${id}/`, hash);
export const standardsUrl = (hash?: string) => withHash('/standards/', hash);
/** A NOS unit's page. Only units with a known title have one: see `nosUnitPage` in src/lib/content/nosUnits.ts. */
export const standardUrl = (id: string) => `/standards/${id}/`;
export const qualificationsUrl = '/qualifications/';
export const qualificationUrl = (id: string, hash?: string) => withHash(`/qualifications/${id}/`, hash);
export const statusUrl = (id: string, hash?: string) => withHash(`/statuses/${id}/`, hash);
export const gradesUrl = '/grades/';
export const gradeUrl = (id: string) => `/grades/${id}/`;
export const guidanceIndexUrl = '/guidance/';
export const guidanceUrl = (id: string, hash?: string) => withHash(`/guidance/${id}/`, hash);
export const sourcesUrl = (hash?: string) => withHash('/sources/', hash);
export const dataIndexUrl = '/data/';
export const dataFileUrl = (name: string) => `/data/${name}`;
/** Pagefind's script, written into dist/pagefind/ after the build. */
export const pagefindScriptUrl = '/pagefind/pagefind.js';
/** The sitemap index @astrojs/sitemap writes. */
export const sitemapUrl = '/sitemap-index.xml';
export const leadersUrl = '/leaders/';
export const mapUrl = (hash?: string) => withHash('/map/', hash);
/** What has changed since the source documents, grouped (the hash is a group: "qualifications", "nations"…). */
export const changesUrl = (hash?: string) => withHash('/changes/', hash);
/** England, Wales and Northern Ireland: what differs in each. */
export const nationsUrl = '/nations/';
export const nationUrl = (id: string, hash?: string) => withHash(`/nations/${id}/`, hash);
/** A page on something people can take or use today that the sources do not describe (content/today). */
export const todayUrl = (id: string, hash?: string) => withHash(`/today/${id}/`, hash);
/** The QTS page's two starting points: routes for someone without a degree, and for someone with one. */
export const qtsDegreeAnchors = { without: 'no-degree', with: 'with-degree' } as const;
/**
 * The map with a route drawn on it: "?route=role:teaching-assistant-2,role:teaching-assistant-3" (map
 * node ids in order; commas and colons kept readable). The map checks it (routeFromAddress in
 * src/lib/progression/mapGraph.ts) before showing anything.
 */
export const mapRouteQuery = (nodeIds: readonly string[]) =>
  nodeIds.length === 0 ? '' : `?route=${nodeIds.map((id) => encodeURIComponent(id).replaceAll('%3A', ':')).join(',')}`;
export const mapRouteUrl = (nodeIds: readonly string[]) => `/map/${mapRouteQuery(nodeIds)}`;

/** The pre-built page comparing two neighbouring levels: "/compare/teaching-assistant-2-vs-teaching-assistant-3/". */
export const comparisonPairUrl = (lowerId: string, higherId: string) => `/compare/${comparisonPairSlug(lowerId, higherId)}/`;
/** The path segment of a pre-built comparison page, as getStaticPaths needs it. */
export const comparisonPairSlug = (lowerId: string, higherId: string) => `${lowerId}-vs-${higherId}`;
/** Any two or three roles side by side: "/compare/?roles=a,b,c" (commas kept readable). */
export const comparisonQuery = (ids: readonly string[]) => (ids.length === 0 ? '' : `?roles=${ids.map(encodeURIComponent).join(',')}`);
export const comparisonUrl = (ids: readonly string[] = []) => `/compare/${comparisonQuery(ids)}`;

/** The route planner's state as it is kept in its address. */
export interface PlannerState {
  /** Map node id to start from ("role:teaching-assistant-1"), or "" when not chosen. */
  from: string;
  /** Map node id to reach, or "". */
  to: string;
  /** Ids of what the person already has: qualification ids and general haves ("degree"). */
  have: string[];
  /** Where the person works ("wales"), or "" when they have not said: routes not open there are left out. */
  nation: string;
}

/** "?from=…&to=…&nation=…&have=…&have=…", or "" for an empty plan. */
export function plannerQuery(state: PlannerState): string {
  return query([['from', state.from], ['to', state.to], ['nation', state.nation], ...state.have.map((id) => ['have', id] as const)]);
}
export const plannerUrl = (state: Partial<PlannerState> = {}) =>
  `/planner/${plannerQuery({ from: '', to: '', have: [], nation: '', ...state })}`;
/** The path segment of a starting point's page of routes: "role:midday-supervision-1" → "midday-supervision-1". */
export const plannerStartSlug = (nodeId: string) => nodeId.slice(nodeId.indexOf(':') + 1);
/**
 * Every route from one starting point, built as a page so the planner answers without JavaScript:
 * "/planner/from/midday-supervision-1/", each destination at "#to-<its slug>" (plannerDestinationAnchor).
 */
export const plannerFromUrl = (nodeId: string, hash?: string) => withHash(`/planner/from/${plannerStartSlug(nodeId)}/`, hash);
/** The anchor of one destination on a starting point's page: "to-teaching-assistant-1". */
export const plannerDestinationAnchor = (nodeId: string) => `to-${plannerStartSlug(nodeId)}`;

/** The search page's state as it is kept in its address. */
export interface SearchState {
  query: string;
  /** Content types to keep (values of the "type" filter); empty means all. */
  types: string[];
}

export function searchQuery(state: SearchState): string {
  return query([['q', state.query], ...state.types.map((type) => ['type', type] as const)]);
}
export const searchUrl = (state: Partial<SearchState> = {}) => `/search/${searchQuery({ query: '', types: [], ...state })}`;

export const selfAssessmentQuery = (framework?: string) => query([['framework', framework]]);
export const selfAssessmentUrl = (framework?: string) => `/self-assessment/${selfAssessmentQuery(framework)}`;

export const jobDescriptionQuery = (profileId?: string) => query([['profile', profileId]]);
export const jobDescriptionUrl = (profileId?: string) => `/tools/job-description/${jobDescriptionQuery(profileId)}`;

export const recruitmentKitQuery = (panel?: number) => query([['panel', panel === undefined ? undefined : String(panel)]]);
export const recruitmentKitUrl = (panel?: number) => `/tools/recruitment-kit/${recruitmentKitQuery(panel)}`;

export const roleAuditUrl = '/tools/role-audit/';

/**
 * The pay calculator's state as it is kept in its address: every number exactly as it was typed,
 * so a shared link shows the same figures, and the same messages for any that are wrong.
 * src/lib/pay/payAddress.ts reads it back and checks it.
 */
export interface PayCalculatorState {
  /** Where the full-time salary comes from: a spinal column point in a pay year, or a salary typed in. */
  salaryFrom: 'point' | 'typed';
  /** Pay year id, "2025-26". */
  year: string;
  /** Spinal column point, "5". */
  point: string;
  /** Full-time salary as typed, "25,583". */
  salary: string;
  hours: string;
  /** How paid weeks are found: from weeks worked and leave days, or typed in directly. */
  weeksFrom: 'leave' | 'paid';
  worked: string;
  leave: string;
  bank: string;
  paid: string;
}

/**
 * "?fte=point&year=2025-26&point=5&hours=32.5&weeks=leave&worked=39&leave=27&bank=8": only the
 * fields the chosen ways use, each kept even when empty so an emptied field stays empty.
 */
export function payQuery(state: PayCalculatorState): string {
  const params = new URLSearchParams();
  params.set('fte', state.salaryFrom);
  if (state.salaryFrom === 'point') {
    params.set('year', state.year);
    params.set('point', state.point);
  } else params.set('salary', state.salary);
  params.set('hours', state.hours);
  params.set('weeks', state.weeksFrom);
  params.set('worked', state.worked);
  if (state.weeksFrom === 'leave') {
    params.set('leave', state.leave);
    params.set('bank', state.bank);
  } else params.set('paid', state.paid);
  return `?${params.toString()}`;
}

/** The pay page, or the calculator on it showing a given state. */
export const payUrl = (state?: PayCalculatorState, hash?: string) => withHash(`/pay/${state ? payQuery(state) : ''}`, hash);
