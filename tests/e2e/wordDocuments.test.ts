/**
 * The Word downloads, opened in a real word processor: each .docx is saved from the browser and
 * converted to text by LibreOffice (`soffice --headless --convert-to txt`), and the text must hold
 * what the page shows. Also checks that the Word writer loads only when a file is asked for.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDemandScriptFiles } from '../../scripts/islandScripts.ts';
import { jobDescriptionUrl, recruitmentKitUrl, roleAuditUrl } from '../../src/lib/site/urls';
import { zipEntries } from '../unit/zipEntries';
import { distDir, openHydrated, useTestBrowser } from './site';
import { guide } from '../unit/recruitmentContent';

const run = promisify(execFile);
/** LibreOffice, as Debian installs it (`.ci/run` adds it on a clean machine); SOFFICE_PATH to use another. */
const sofficePath = process.env['SOFFICE_PATH'] ?? '/usr/bin/soffice';
/** A cold LibreOffice start on a busy two-core machine can take a while. */
const convertTimeout = 180_000;

const { newPage } = useTestBrowser();
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pathways-word-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A page that records the address of every script it requests, from before it opens. */
async function trackedPage(): Promise<{ page: Page; scripts: string[] }> {
  const page = await newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return { page, scripts };
}

/** The Word writer's chunk for a page: the script it can load on demand that writes Word's file type. */
function writerChunk(path: string): string {
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  const chunks = onDemandScriptFiles(distDir, html).filter((file) =>
    readFileSync(join(distDir, file), 'utf8').includes('wordprocessingml.document'),
  );
  expect(chunks).toHaveLength(1);
  return chunks[0]!;
}

/** Text as LibreOffice writes it, compared with spacing folded and invisible direction marks (bidi isolates) dropped. */
const folded = (text: string) =>
  text
    .replace(/[\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface SavedWord {
  fileName: string;
  bytes: number;
  /** The document as LibreOffice reads it, as plain text. */
  text: string;
  documentXml: string;
}

/**
 * Clicks "Download as Word (.docx)" on a page opened with `trackedPage`, checking the writer was
 * not loaded before the click and is after; saves the file, waits for the page's message, and
 * opens the file in LibreOffice.
 */
async function downloadWord(page: Page, scripts: readonly string[], path: string): Promise<SavedWord> {
  const writer = writerChunk(path);
  expect(scripts.length).toBeGreaterThan(0); // the page's own scripts were seen, so the tracking works
  expect(scripts).not.toContain(writer);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as Word (.docx)' }).click(),
  ]);
  expect(scripts).toContain(writer);
  const fileName = download.suggestedFilename();
  const file = join(work, fileName);
  await download.saveAs(file);
  const bytes = statSync(file).size;
  await page.getByText(`Saved ${fileName} (${Math.max(1, Math.round(bytes / 1024))} KB).`).waitFor();

  const out = mkdtempSync(join(work, 'text-'));
  await run(
    sofficePath,
    [`-env:UserInstallation=${pathToFileURL(join(out, 'profile')).href}`, '--headless', '--convert-to', 'txt:Text', '--outdir', out, file],
    { timeout: convertTimeout },
  );
  const text = readFileSync(join(out, `${basename(fileName, '.docx')}.txt`), 'utf8');
  const documentXml = zipEntries(readFileSync(file)).get('word/document.xml')?.toString('utf8') ?? '';
  return { fileName, bytes, text: folded(text), documentXml };
}

/** The texts of the elements `selector` finds, each folded as `folded` does. */
async function textsOf(page: Page, selector: string): Promise<string[]> {
  const texts = await page.locator(selector).evaluateAll((elements) => elements.map((element) => element.textContent));
  return texts.map(folded);
}

const school = 'Oakfield Primary School';
const england = guide.find((item) => item.nation === 'england')!;

/** Opens the builder with a Teaching Assistant 3 draft for a school in England: titled, graded, with two standards and a duty of the leader's own. */
async function fillJobDescription(page: Page) {
  await openHydrated(page, jobDescriptionUrl('teaching-assistant-3'));
  await page.getByLabel('Job title').fill('Literacy support assistant (Key Stage 1)');
  await page.getByLabel('School', { exact: true }).fill(school);
  await page.getByLabel('Grade or pay range').fill('Grade 5, SCP 7 to 11');
  await page.getByLabel('Hours per week').fill('32.5');
  await page.getByRole('radio', { name: 'England' }).check();
  await page.getByLabel('Search unit titles').fill('keep children safe');
  await page.getByLabel('STL3: Help to keep children safe').check();
  await page.getByLabel('Search unit titles').fill('assessment for learning');
  await page.getByLabel('STL30: Contribute to assessment for learning').check();
  await page.getByLabel('In your own words').fill('Run the Year 1 phonics catch-up group with the class teacher.');
  await page.getByRole('button', { name: 'Add duty', exact: true }).click();
}

describe('Word downloads, opened in LibreOffice', () => {
  it('the job description holds its title, every duty and every person specification line, under Word headings', async () => {
    const { page, scripts } = await trackedPage();
    await fillJobDescription(page);
    const duties = await textsOf(page, '.tool-document ol > li');
    const personSpec = await textsOf(page, '.tool-document h4 + ul > li');
    expect(duties).toContain('Run the Year 1 phonics catch-up group with the class teacher.');
    expect(personSpec.length).toBeGreaterThan(2);

    const word = await downloadWord(page, scripts, jobDescriptionUrl());
    expect(word.fileName).toBe('literacy-support-assistant-key-stage-1-job-description.docx');
    expect(word.text).toContain('Literacy support assistant (Key Stage 1)');
    expect(word.text).toContain(school);
    expect(word.text).toContain('Grade 5, SCP 7 to 11');
    const statements = england.statements.filter((statement) => statement.appearsIn.includes('job-description'));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) for (const line of statement.text.split('\n')) expect(word.text).toContain(folded(line));
    for (const duty of duties) expect(word.text).toContain(duty);
    for (const line of personSpec) expect(word.text).toContain(line);
    for (const style of ['Title', 'Heading1', 'Heading2']) expect(word.documentXml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(word.documentXml).toContain('<w:numPr>');
    console.info(`${word.fileName}: ${word.bytes} bytes`);
  });

  it('the recruitment kit holds every application prompt, interview question and a score sheet per panel member', async () => {
    const { page, scripts } = await trackedPage();
    await fillJobDescription(page);
    await openHydrated(page, recruitmentKitUrl(2));
    await page.getByRole('heading', { name: '5. Interview questions' }).waitFor();
    const prompts = await textsOf(page, 'section[aria-labelledby="kit-application"] li');
    const questions = await page
      .locator('.kit-questions textarea')
      .evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value.replace(/\s+/g, ' ').trim()));
    const scored = await textsOf(page, '.score-grid tbody th[scope="row"]');
    expect(prompts.length).toBe(2);
    // The suggested set: two questions on each of the two standards chosen.
    expect(questions.length).toBe(4);
    const advert = await textsOf(page, 'section[aria-labelledby="kit-advert"] p, section[aria-labelledby="kit-advert"] li');

    const word = await downloadWord(page, scripts, recruitmentKitUrl());
    expect(word.fileName).toBe('literacy-support-assistant-key-stage-1-recruitment-kit.docx');
    expect(word.text).toContain(school);
    for (const line of advert) expect(word.text).toContain(line);
    for (const prompt of prompts) expect(word.text).toContain(prompt);
    for (const question of questions) expect(word.text).toContain(question);
    for (const member of [1, 2]) expect(word.text).toContain(`6. Score sheet, panel member ${member} of 2`);
    expect(word.text).not.toContain('panel member 3');
    for (const row of scored) expect(word.text).toContain(row);
    expect(word.documentXml.match(/<w:tbl>/g)).toHaveLength(3); // the shortlisting checklist and two score sheets
    expect(word.documentXml).toContain('<w:tblHeader/>');
    console.info(`${word.fileName}: ${word.bytes} bytes`);
  });

  it('the role audit holds every finding the page shows, the collapsed standards included', async () => {
    const { page, scripts } = await trackedPage();
    await openHydrated(page, roleAuditUrl);
    await page.getByLabel('School').fill('Hillside Primary');
    await page.getByRole('button', { name: 'Add a role' }).click();
    await page.getByLabel('Job title').fill('Reading TA');
    await page.getByLabel('Closest profile').selectOption('teaching-assistant-2');
    await page.getByRole('button', { name: /Tick all of Teaching Assistant 2's key duties/ }).click();
    await page
      .getByLabel('Add a responsibility from another profile')
      .selectOption({ label: 'Liaise with external agencies on a regular basis.' });
    await page.getByRole('button', { name: 'Add to role 1' }).click();
    // The findings are worked out once typing pauses: wait for the duty added from a higher profile to be flagged.
    await page
      .locator('section[aria-labelledby="audit-findings"] li', { hasText: 'Liaise with external agencies on a regular basis.' })
      .filter({ hasText: 'is placed at' })
      .first()
      .waitFor();
    const findings = await textsOf(page, 'section[aria-labelledby="audit-findings"] li');
    expect(await page.locator('section[aria-labelledby="audit-findings"] details li').count()).toBeGreaterThan(0);

    const word = await downloadWord(page, scripts, roleAuditUrl);
    expect(word.fileName).toBe('hillside-primary-role-audit.docx');
    expect(word.text).toContain('Role audit: Hillside Primary');
    for (const finding of findings) expect(word.text).toContain(finding);
    console.info(`${word.fileName}: ${word.bytes} bytes`);
  });
});
