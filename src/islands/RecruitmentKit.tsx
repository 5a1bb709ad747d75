import { useEffect, useState } from 'preact/hooks';
import { peekDocument } from '../lib/storage/documentStore';
import { jobDescriptionKind, type JobDescriptionDraft } from '../lib/leadersTools/jobDescription';
import { assembleRecruitmentKit, panelSize, panelSizes, type KitCatalogue } from '../lib/leadersTools/recruitmentKit';
import { LoadingNote } from './Loading';
import { SetAsideNotices } from './SetAsideNotices';
import { browserStorage } from './browserStorage';
import { useSetAsideCopies } from './useSetAsideCopies';
import { currentSearch, writeAddress } from './address';
import { jobDescriptionUrl, recruitmentKitQuery } from '../lib/site/urls';
import { ScoreSheet } from './recruitmentKit/ScoreSheet';
import { ShortlistingTable } from './recruitmentKit/ShortlistingTable';
import { WordDownload } from './WordDownload';
import { Advert } from './recruitmentKit/Advert';
import { SaferRecruitmentSection } from './recruitmentKit/SaferRecruitmentSection';
import { assembleAdvert, type PayRule } from '../lib/leadersTools/advert';
import { statementsIn, type SaferRecruitmentGuide } from '../lib/leadersTools/saferRecruitment';
import { printedTitle } from '../lib/leadersTools/schoolDetails';
import { usePrintTitle } from './usePrintTitle';
import { InterviewQuestions } from './recruitmentKit/InterviewQuestions';
import { describeKitQuestions, keptQuestions, kitQuestionsKind, questionsToAsk } from '../lib/leadersTools/kitQuestions';
import { StoredDocumentPrompts } from './StoredDocumentPrompts';
import { useStoredDocument } from './useStoredDocument';

interface Props {
  catalogue: KitCatalogue;
  saferRecruitment: SaferRecruitmentGuide;
  payRule: PayRule;
}

/**
 * The recruitment kit for the job description saved by the builder in this browser: it only
 * reads the draft, never changes it. The interview questions the leader keeps are the kit's own
 * document (src/lib/leadersTools/kitQuestions.ts); the number of panel members is kept in the address.
 */
export function RecruitmentKit({ catalogue, saferRecruitment, payRule }: Props) {
  const [draft, setDraft] = useState<JobDescriptionDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [panel, setPanel] = useState(3);
  const [unreadable, setUnreadable] = useState(false);
  const setAside = useSetAsideCopies(jobDescriptionKind);
  const questionsStore = useStoredDocument(kitQuestionsKind, 'interview questions');

  useEffect(() => {
    setPanel(panelSize(currentSearch()));
    // Only read: the kit never changes the draft, so unreadable text is left for the builder to keep aside.
    const loaded = peekDocument(jobDescriptionKind, browserStorage());
    if (loaded.status === 'unavailable')
      setProblem('This browser is not letting the site read saved drafts, so there is no job description to work from.');
    else if (loaded.status === 'unreadable') {
      setUnreadable(true);
      setProblem(
        `The saved job description draft could not be read. ${loaded.detail} It has not been changed: the job description builder keeps it aside for you and starts a new draft.`,
      );
    }
    setDraft(loaded.document);
  }, []);
  const advert = draft && assembleAdvert(draft, catalogue, saferRecruitment);
  usePrintTitle(advert && printedTitle('Recruitment kit', advert.jobTitle, advert.schoolName));

  if (!draft || !advert || !questionsStore.ready) return <LoadingNote>The kit will appear here once the page has loaded.</LoadingNote>;
  const kit = assembleRecruitmentKit(draft, catalogue);
  const asked = questionsToAsk(keptQuestions(questionsStore.document, kit));

  if (kit.standards.length === 0) {
    return (
      <div class="note">
        <SetAsideNotices setAside={setAside} noun="job description draft" />
        {problem && <p>{problem}</p>}
        {unreadable && (
          <p>
            <button type="button" onClick={() => setAside.download(jobDescriptionKind.storageKey)}>
              Download the saved data that could not be read
            </button>
          </p>
        )}
        <p>
          There are no standards to recruit against yet. <a href={jobDescriptionUrl()}>Build the job description</a> and choose its NOS
          units; the kit is made from them.
        </p>
      </div>
    );
  }

  return (
    <div class="tool">
      <SetAsideNotices setAside={setAside} noun="job description draft" />
      <StoredDocumentPrompts store={questionsStore} describe={describeKitQuestions} noun="interview questions" />
      <div class="no-print">
        <p>
          For the job{' '}
          <strong>
            <bdi>{kit.jobTitle}</bdi>
          </strong>
          , from the {kit.standards.length} standards chosen in the <a href={jobDescriptionUrl()}>job description builder</a>.
        </p>
        <div class="field-row">
          <div class="field">
            <label for="kit-panel">Score sheets for how many panel members</label>
            <select
              id="kit-panel"
              value={String(panel)}
              onChange={(event) => {
                const size = Number(event.currentTarget.value);
                setPanel(size);
                writeAddress(recruitmentKitQuery(size));
              }}
            >
              {panelSizes.map((size) => (
                <option key={size} value={String(size)}>
                  {size}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <WordDownload
            file={(writer) =>
              writer.recruitmentKitFile({
                kit,
                advert,
                questions: asked,
                saferRecruitment: statementsIn(saferRecruitment, draft, 'kit'),
                panel,
              })
            }
          />
        </div>
      </div>

      <Advert advert={advert} payRule={payRule} />
      <SaferRecruitmentSection draft={draft} guide={saferRecruitment} />

      <section class="kit-section" aria-labelledby="kit-application">
        <h2 id="kit-application">2. Application form: your experience against the standards</h2>
        <ol>
          {kit.applicationPrompts.map((prompt) => (
            <li key={prompt.code}>
              <strong>
                {prompt.code}: {prompt.title}.
              </strong>{' '}
              {prompt.prompt}
            </li>
          ))}
        </ol>
      </section>

      <ShortlistingTable kit={kit} />

      <section class="kit-section" aria-labelledby="kit-references">
        <h2 id="kit-references">4. Points to put to referees</h2>
        <p>Please comment on:</p>
        <ul>
          {kit.refereePoints.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>

      <InterviewQuestions kit={kit} store={questionsStore} />

      {Array.from({ length: panel }, (_, member) => (
        <ScoreSheet key={member} kit={kit} questions={asked} member={member + 1} panel={panel} />
      ))}
    </div>
  );
}
