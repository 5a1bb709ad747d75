import type { SourcePart } from '../../lib/site/sourceText';
import type { StepExtras, StepFact } from '../../lib/progression/stepFacts';
import { plannerWording } from '../../lib/progression/plannerWording';
import { NationTag } from './NowBadge';

function Source({ parts }: { parts: SourcePart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href}>
            {part.label}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function FactLines({ facts }: { facts: StepFact[] }) {
  return (
    <ul class="fact-list">
      {facts.map((fact, index) => (
        <li key={index}>
          <strong>{fact.label}:</strong> {fact.text}
          {fact.notes.map((note) => (
            <em key={note}> {note}</em>
          ))}{' '}
          <span class="source-citation-inline" data-pagefind-ignore>
            ({fact.asOf}. Source:{' '}
            {fact.sources.map((parts, source) => (
              <span key={source}>
                {source > 0 ? '; ' : ''}
                <Source parts={parts} />
              </span>
            ))}
            )
          </span>
        </li>
      ))}
    </ul>
  );
}

/** How long a step takes and what it costs, where the reference says, each with its date and source. */
export function StepFacts({ extras }: { extras: StepExtras | undefined }) {
  if (!extras) return null;
  return (
    <>
      {extras.facts.length > 0 && <FactLines facts={extras.facts} />}
      {extras.trainingToday.map((training) => (
        <div key={training.href}>
          <p>
            {plannerWording.trainToday} <a href={training.href}>{training.title}</a> <NationTag label={training.nationTag} />
          </p>
          <FactLines facts={training.facts} />
        </div>
      ))}
    </>
  );
}
