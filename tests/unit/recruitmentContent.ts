import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSaferRecruitmentGuide, advertPayRule } from '../../src/lib/leadersTools/recruitmentProps';
import { paySchema } from '../../src/schemas/pay';
import { saferRecruitmentSchema } from '../../src/schemas/saferRecruitment';
import { contentDir } from './contentFiles';
import { content } from './siteContent';

/** content/now/safer-recruitment.yaml as written, before its schema reads it (a fresh copy each time). */
export const rawSaferRecruitment = (): unknown => parse(readFileSync(join(contentDir, 'now/safer-recruitment.yaml'), 'utf8'));

/** content/now/safer-recruitment.yaml, parsed through its schema, as the site loads it. */
export const saferRecruitmentEntry = { id: 'saferRecruitment', data: saferRecruitmentSchema.parse(rawSaferRecruitment()) };

/** The safer recruitment guide the builder and the kit receive, built from the real content. */
export const guide = buildSaferRecruitmentGuide(saferRecruitmentEntry, content.currentFacts);

/** content/pay.yaml, parsed through its schema. */
export const pay = paySchema.parse(parse(readFileSync(join(contentDir, 'pay.yaml'), 'utf8')));

/** The advert's term-time pay rule, from the real pay file. */
export const payRule = advertPayRule(pay);
