import { useEffect, useState } from 'preact/hooks';
import type { AssessmentFramework } from '../lib/content/assessmentFrameworks';
import { selfAssessmentQuery } from '../lib/site/urls';
import { describePortfolio, portfolioKind } from '../lib/storage/portfolioStore';
import { LoadingNote } from './Loading';
import { currentSearch, writeAddress } from './address';
import { EvidenceSection } from './selfAssessment/EvidenceSection';
import { PortfolioActions } from './selfAssessment/PortfolioActions';
import { PrintHeading } from './selfAssessment/PrintHeading';
import { RatingSummaryTable } from './selfAssessment/RatingSummaryTable';
import { StandardRating } from './selfAssessment/StandardRating';
import { StoredDocumentPrompts } from './StoredDocumentPrompts';
import { useStoredDocument } from './useStoredDocument';

interface Props {
  frameworks: AssessmentFramework[];
}

/**
 * Self-assessment against the HLTA standards (or the NOS units behind a qualification) with an
 * evidence portfolio, saved in this browser. Every change saves at once; nothing is ever silently
 * lost (see src/lib/storage/portfolioStore.ts). Everything the user types, or an imported file
 * holds, is rendered as text.
 */
export function SelfAssessment({ frameworks }: Props) {
  const [frameworkId, setFrameworkId] = useState(frameworks[0]?.id ?? '');
  const framework = frameworks.find((item) => item.id === frameworkId) ?? frameworks[0];
  const standards = framework?.standards ?? [];
  const allStandards = frameworks.flatMap((item) => item.standards);
  const store = useStoredDocument(portfolioKind, 'portfolio');
  const portfolio = store.document;
  const { commit } = store;
  const sections = [...new Set(standards.map((item) => item.section))];

  useEffect(() => {
    const asked = new URLSearchParams(currentSearch()).get('framework');
    if (asked && frameworks.some((item) => item.id === asked)) setFrameworkId(asked);
  }, []);

  if (!store.ready || !framework) return <LoadingNote>Your ratings and evidence will appear here once the page has loaded.</LoadingNote>;

  return (
    <div class="self-assessment">
      <div class="field no-print">
        <label for="framework-choice">Assess yourself against</label>
        <select
          id="framework-choice"
          value={frameworkId}
          onChange={(event) => {
            const id = event.currentTarget.value;
            setFrameworkId(id);
            writeAddress(selfAssessmentQuery(id));
          }}
        >
          {frameworks.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <PrintHeading frameworkTitle={framework.title} portfolio={portfolio} />
      <StoredDocumentPrompts store={store} describe={describePortfolio} noun="portfolio" />

      <h2>Summary</h2>
      <RatingSummaryTable framework={framework} portfolio={portfolio} />

      {sections.map((section) => (
        <section key={section}>
          <h2>{section}</h2>
          {standards
            .filter((item) => item.section === section)
            .map((item) => (
              <StandardRating
                key={item.key}
                standard={item}
                portfolio={portfolio}
                onRate={(rating) => commit({ ...portfolio, ratings: { ...portfolio.ratings, [item.key]: rating } })}
              />
            ))}
        </section>
      ))}

      <EvidenceSection framework={framework} allStandards={allStandards} portfolio={portfolio} commit={commit} />
      <PortfolioActions store={store} />
    </div>
  );
}
