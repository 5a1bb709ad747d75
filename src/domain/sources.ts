import { nosStlUnitCount } from './nosGroups';

/**
 * The five source documents the site is built from (see ../shared/sources/README.md).
 * Every content entry names one of these ids in its `source.document` field; pages cite
 * the title and publisher shown here. `name` is how a sentence refers to the document
 * ("… names it for …"), with `plural` for the verb that follows.
 */
export const sourceDocuments = {
  'pupil-support-welfare': {
    title: 'School support staff role profiles with NJC JES model evaluations: pupil support/welfare role profiles',
    publisher: 'National Joint Council for Local Government Services (NJC)',
    file: 'pupil-support-welfare-role-profiles.txt',
    name: "the NJC's pupil support and welfare role profiles",
    plural: true,
    gives: 'The ten pupil support and welfare role profiles with their full NJC job evaluations.',
  },
  'ta-career-framework': {
    title: 'Career Framework and Continuing Professional Development for Teaching Assistants',
    publisher: 'UNISON and the National Education Trust',
    file: 'ta-career-framework-and-cpd.txt',
    name: 'the career framework for teaching assistants',
    plural: false,
    gives:
      'Extracts of the Teaching Assistant 1–5 and Additional Support Needs Assistant 1–3 profiles, with relevant qualifications and suggestions for professional development at each level.',
  },
  'qualification-routes-guide': {
    title: 'A guide for school leaders on qualification routes for support staff',
    publisher: 'Training and Development Agency for Schools (TDA), 2010',
    file: 'support-staff-qualification-routes-guide.txt',
    name: "the TDA's guide to qualification routes for support staff",
    plural: false,
    gives: 'Guidance for school leaders on planning support staff development and choosing qualifications.',
  },
  'student-support-grades': {
    title: 'Implementation of Single Status in Schools 2014: job family profile summary, student support services',
    publisher: 'A local authority (Single Status in Schools, 2014)',
    file: 'student-support-services-job-family-grades.txt',
    name: 'the student support services job family profile',
    plural: false,
    gives: "A grade-by-grade profile of one employer's student support services job family, grades 3 to 11.",
  },
  'nos-job-design': {
    title: 'Using the National Occupational Standards for Supporting Teaching and Learning in job design and recruitment',
    publisher: 'Guidance on the NOS STL',
    file: 'nos-stl-job-design-and-recruitment.txt',
    name: 'the guidance on the NOS STL in job design and recruitment',
    plural: false,
    gives: 'How the national occupational standards support job design, job descriptions and each stage of recruitment.',
  },
} as const;

export type SourceDocumentId = keyof typeof sourceDocuments;

export const sourceDocumentIds = Object.keys(sourceDocuments) as [SourceDocumentId, ...SourceDocumentId[]];

/**
 * Facts this site takes from public sources outside the five documents (../shared/reference/),
 * each cited where it is used.
 */
export const referenceFacts = {
  'nos-stl-units': {
    title: `The ${nosStlUnitCount} NOS STL units`,
    detail:
      "Number, title and group of each unit of the National Occupational Standards for Supporting Teaching and Learning (2007), with where each title was found: the unit's own page on the national standards site, a secondary copy of the TDA's list, or only the source documents. Titles that could not be found reliably are not given; where only a unit's topic is known, the topic is described instead, never given as a title.",
    file: 'nos-stl-units.tsv',
  },
  'qts-routes': {
    title: 'Current routes to Qualified Teacher Status',
    detail:
      "Who each route is for, entry requirements, duration, pay and fees, mostly from the Department for Education's Get Into Teaching content as of August 2026. Each route on the QTS page cites its own source.",
    file: 'qts-routes.tsv',
  },
  'hlta-facts': {
    title: 'Facts about the HLTA standards',
    detail:
      'The structure and history of the 33 HLTA standards, and the 2016 Professional Standards for Teaching Assistants; cited on the HLTA page.',
    file: 'hlta-and-ta-facts.tsv',
  },
  pay: {
    title: 'Pay: the NJC pay spine, pay awards, term-time pay and local grades',
    detail:
      "The 2024/25 NJC pay spine by spinal column point, the 2024/25 and 2025/26 pay awards, the deletion of spinal points, the Green Book Part 4.12 guidance on term-time-only pay and worked examples of it, examples of the grades councils give teaching assistants and HLTAs, and Northern Ireland's Education Authority arrangements; each fact is shown on the pay page with its source and date, and the 2025/26 spine is this site's own calculation.",
    file: 'pay.tsv',
  },
  'current-facts': {
    title: 'What is true now',
    detail:
      'Where the qualifications, apprenticeships, standards and bodies the documents name stand today, HLTA assessment today, the Teaching Assistant apprenticeship standard, the 2016 Professional Standards for Teaching Assistants, and what differs in Wales and Northern Ireland, each fact with the date it held, its source and how sure it is. High- and medium-confidence facts are shown as facts, low-confidence ones only as leads with their caveat. They are listed, with what they change, on the page of what has changed since these documents.',
    file: 'current-facts.tsv',
  },
  'safer-recruitment': {
    title: 'Safer recruitment and checks',
    detail:
      'What safer recruitment asks in England, with the Wales and Northern Ireland equivalents (Keeping learners safe; the AccessNI checks classroom assistants need); the facts used are on the nation pages, each with its date and source.',
    file: 'safer-recruitment.tsv',
  },
  'njc-profile-list': {
    title: 'NJC school support staff model role profiles: the full list',
    detail:
      '59 model role profiles in five job families: teaching and learning support; specialist and technical; administrative and management; facilities (site staff); pupil support and welfare.',
    file: 'njc-role-profiles.tsv',
  },
} as const;
