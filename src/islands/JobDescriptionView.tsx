import type { JobDescriptionDocument } from '../lib/leadersTools/jobDescription';
import { DetailList } from './DetailList';

/** A list of lines, or a plain "None listed." when there are none. */
function Lines({ items, numbered = false }: { items: readonly string[]; numbered?: boolean }) {
  if (items.length === 0) return <p>None listed.</p>;
  const children = items.map((item, index) => (
    <li key={index} class="preserve-lines">
      {item}
    </li>
  ));
  return numbered ? <ol>{children}</ol> : <ul>{children}</ul>;
}

/** The finished job description and person specification, as it prints. Every field is text. */
export function JobDescriptionView({ document }: { document: JobDescriptionDocument }) {
  return (
    <article class="tool-document" aria-labelledby="jd-document-title">
      {document.schoolName && <p class="document-school">{document.schoolName}</p>}
      <h2 id="jd-document-title">{document.jobTitle}</h2>
      {document.profileNote && <p>{document.profileNote}</p>}
      <DetailList details={document.details} />
      <h3>Purpose of the job</h3>
      <p class="preserve-lines">{document.purpose || 'Not written yet.'}</p>
      <h3>Main duties</h3>
      <Lines items={document.duties} numbered />
      <h3>Standards</h3>
      <p>From the National Occupational Standards for Supporting Teaching and Learning (NOS STL).</p>
      <Lines items={document.standards.map((unit) => `${unit.code}: ${unit.title}`)} />
      {document.safeguarding.length > 0 && (
        <>
          <h3>Safeguarding</h3>
          {document.safeguarding.map((statement, index) => (
            <p key={index} class="preserve-lines">
              {statement}
            </p>
          ))}
        </>
      )}
      <h3>Person specification</h3>
      <h4>Essential</h4>
      <Lines items={document.personSpec.essential} />
      <h4>Desirable</h4>
      <Lines items={document.personSpec.desirable} />
      {document.sourcesNote && (
        <>
          <h3>Sources</h3>
          <p>{document.sourcesNote}</p>
        </>
      )}
    </article>
  );
}
