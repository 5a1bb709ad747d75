import { useEffect, useMemo, useState } from 'preact/hooks';
import { describeDraft, hasContent } from '../lib/leadersTools/draftEditing';
import { profileById, type JobDesignCatalogue } from '../lib/leadersTools/jobDesign';
import {
  assembleJobDescription,
  checkDraft,
  draftFromProfile,
  dutyLimit,
  jobDescriptionKind,
  personSpecLimit,
  type DraftWarning,
  type JobDescriptionDraft,
} from '../lib/leadersTools/jobDescription';
import { levelCheckFor } from '../lib/leadersTools/levelCheck';
import type { PayRule } from '../lib/leadersTools/advert';
import type { SaferRecruitmentGuide } from '../lib/leadersTools/saferRecruitment';
import { printedTitle } from '../lib/leadersTools/schoolDetails';
import { jobDescriptionQuery } from '../lib/site/urls';
import { roomFor, uniqueItemId } from '../lib/storage/documentStore';
import { currentSearch, writeAddress } from './address';
import { ExportImportControls } from './ExportImportControls';
import { AddDutyForms } from './jobDescription/AddDutyForms';
import { ChosenStandards } from './jobDescription/ChosenStandards';
import { DocumentActions } from './jobDescription/DocumentActions';
import { DraftChecks } from './jobDescription/DraftChecks';
import { DutiesEditor } from './jobDescription/DutiesEditor';
import { JobBasicsFields } from './jobDescription/JobBasicsFields';
import { PersonSpecEditor } from './jobDescription/PersonSpecEditor';
import { SaferRecruitmentEditor } from './jobDescription/SaferRecruitmentEditor';
import { AdvertFields, SchoolDetailsFields } from './jobDescription/SchoolAndAdvertFields';
import { StandardsChooser } from './jobDescription/StandardsChooser';
import { StartFromProfile } from './jobDescription/StartFromProfile';
import { JobDescriptionView } from './JobDescriptionView';
import { LoadingNote } from './Loading';
import { StoredDocumentPrompts } from './StoredDocumentPrompts';
import { useFocusAfterRender } from './useFocusAfterRender';
import { usePrintTitle } from './usePrintTitle';
import { useStoredDocument } from './useStoredDocument';

interface Props {
  catalogue: JobDesignCatalogue;
  /** The safer recruitment statements by nation (content/now/safer-recruitment.yaml). */
  saferRecruitment: SaferRecruitmentGuide;
  /** The Green Book's rule on advertising term-time pay, for the advert's warning. */
  payRule: PayRule;
}

/**
 * The job description and person specification builder. The draft is saved in this browser as
 * the leader works (src/lib/leadersTools/jobDescription.ts has its shape, draftEditing.ts the
 * editing rules); the checks against the profiles come from src/lib/leadersTools/levelCheck.ts, shared with the role audit.
 * Everything typed is rendered as text.
 */
export function JobDescriptionBuilder({ catalogue, saferRecruitment, payRule }: Props) {
  const store = useStoredDocument(jobDescriptionKind, 'job description draft');
  const draft = store.document;
  const { commit } = store;
  const levelCheck = useMemo(() => levelCheckFor(catalogue.profiles), [catalogue]);
  const [startProfileId, setStartProfileId] = useState(catalogue.profiles[0]?.id ?? '');
  const [pendingStart, setPendingStart] = useState<string | null>(null);
  /** Whether the address's ?profile= has been looked at, once the saved draft is loaded. */
  const [startRead, setStartRead] = useState(false);
  const focus = useFocusAfterRender();

  // A link such as ?profile=teaching-assistant-3 starts a draft from that profile; it never
  // replaces a draft with content without asking.
  useEffect(() => {
    if (!store.ready) return;
    setStartRead(true);
    const asked = profileById(catalogue, new URLSearchParams(currentSearch()).get('profile'));
    if (!asked) return;
    setStartProfileId(asked.id);
    if (draft.profileId === asked.id) return;
    if (hasContent(draft)) setPendingStart(asked.id);
    else commit(draftFromProfile(asked, draft));
  }, [store.ready]);

  const profile = profileById(catalogue, draft.profileId);
  const warnings = checkDraft(draft, catalogue, levelCheck);
  const warningFor = (part: DraftWarning['part'], id: string) => warnings.find((warning) => warning.part === part && warning.itemId === id);
  const update = (changes: Partial<JobDescriptionDraft>) => commit({ ...draft, ...changes });
  const jobDocument = assembleJobDescription(draft, catalogue, saferRecruitment);
  usePrintTitle(printedTitle('Job description', jobDocument.jobTitle, jobDocument.schoolName));
  const refuse = (text: string) => store.setNotice({ kind: 'warning', text });
  const dutiesFull = roomFor(draft.duties, dutyLimit);
  const personSpecFull = roomFor(draft.personSpec, personSpecLimit);

  const startFrom = (profileId: string) => {
    const chosen = profileById(catalogue, profileId);
    if (!chosen) return;
    setPendingStart(null);
    commit(draftFromProfile(chosen, draft));
    writeAddress(jobDescriptionQuery(chosen.id));
    focus('jd-title');
  };

  if (!store.ready || !startRead) return <LoadingNote>The builder will appear here once the page has loaded.</LoadingNote>;

  return (
    <div class="tool">
      <div class="no-print">
        <StoredDocumentPrompts store={store} describe={describeDraft} noun="job description draft" />
        <StartFromProfile
          store={store}
          catalogue={catalogue}
          startProfileId={startProfileId}
          onChooseStart={setStartProfileId}
          pendingStart={pendingStart}
          onAskStart={setPendingStart}
          onStart={startFrom}
        />
      </div>

      {hasContent(draft) && (
        <>
          <div class="no-print">
            <JobBasicsFields draft={draft} catalogue={catalogue} update={update} />
            <SchoolDetailsFields draft={draft} update={update} />
            <DutiesEditor draft={draft} catalogue={catalogue} warningFor={warningFor} update={update} focus={focus} />
            <AddDutyForms
              catalogue={catalogue}
              full={dutiesFull}
              onAdd={(text, fromProfileId) => {
                if (dutiesFull) {
                  refuse(dutiesFull);
                  return false;
                }
                update({ duties: [...draft.duties, { id: uniqueItemId(draft.duties), text, fromProfileId }] });
                return true;
              }}
            />
            <StandardsChooser draft={draft} catalogue={catalogue} update={update} />
            <ChosenStandards draft={draft} catalogue={catalogue} warningFor={warningFor} update={update} />
            <PersonSpecEditor
              draft={draft}
              warningFor={warningFor}
              update={update}
              full={personSpecFull}
              focus={focus}
              onAddLine={() => {
                if (personSpecFull) {
                  refuse(personSpecFull);
                  return;
                }
                const line = { id: uniqueItemId(draft.personSpec), text: '', priority: 'desirable' as const };
                focus(`person-${line.id}`);
                update({ personSpec: [...draft.personSpec, line] });
              }}
            />
            <SaferRecruitmentEditor draft={draft} guide={saferRecruitment} update={update} focus={focus} />
            <AdvertFields draft={draft} update={update} payRule={payRule} />
            <DraftChecks profile={profile} warnings={warnings} />
          </div>

          <h2 class="no-print">Your job description</h2>
          <JobDescriptionView document={jobDocument} />
          <DocumentActions
            document={jobDocument}
            onCopied={() =>
              store.setNotice({ kind: 'info', text: 'The job description is copied as text (Markdown). Paste it where you need it.' })
            }
          />

          <h2 class="no-print">Keep or move your draft</h2>
          <div class="tool-actions no-print">
            <ExportImportControls
              store={store}
              fileName="job-description-draft.json"
              importLabel="Import a draft you exported"
              idPrefix="jd"
            />
          </div>
        </>
      )}
    </div>
  );
}
