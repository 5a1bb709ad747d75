import { useEffect, useMemo, useState } from 'preact/hooks';
import { roomFor, uniqueItemId } from '../lib/storage/documentStore';
import { filterUnits, profileById, profileDuties, unitGroups, type JobDesignCatalogue } from '../lib/leadersTools/jobDesign';
import {
  assembleJobDescription,
  checkDraft,
  chosenUnits,
  draftFromProfile,
  dutyLimit,
  jobDescriptionKind,
  personSpecLimit,
  jobDescriptionMarkdown,
  moveItem,
  priorities,
  priorityLabels,
  replaceItem,
  type DraftWarning,
  type JobDescriptionDraft,
} from '../lib/leadersTools/jobDescription';
import { indexStatements, profileStatements } from '../lib/leadersTools/levelConsistency';
import { JobDescriptionView } from './JobDescriptionView';
import { ProfileOptions } from './ProfileOptions';
import { ExportImportControls } from './ExportImportControls';
import { ImportFileField } from './ImportFileField';
import { StoredDocumentPrompts } from './StoredDocumentPrompts';
import { useFocusAfterRender } from './useFocusAfterRender';
import { downloadText, useStoredDocument } from './useStoredDocument';
import { currentSearch, writeAddress } from './address';
import { jobDescriptionQuery } from '../lib/site/urls';
import { roleUrl } from '../lib/site/urls';

interface Props {
  catalogue: JobDesignCatalogue;
}

const describeDraft = (draft: JobDescriptionDraft) =>
  draft.duties.length === 0 && draft.jobTitle === ''
    ? 'an empty draft'
    : `a draft “${draft.jobTitle || 'untitled'}” with ${draft.duties.length} duties and ${draft.units.length} standards`;

const hasContent = (draft: JobDescriptionDraft) =>
  draft.jobTitle !== '' || draft.purpose !== '' || draft.duties.length > 0 || draft.units.length > 0 || draft.personSpec.length > 0;

/** The id of an item's warning, which its field names as its description. */
const warningId = (part: DraftWarning['part'], itemId: string) => `warning-${part}-${itemId}`;

/** One line of warning beside the item it is about. */
function InlineWarning({ warning }: { warning: DraftWarning | undefined }) {
  if (!warning) return null;
  return (
    <p class="inline-warning" id={warningId(warning.part, warning.itemId)}>
      <strong>Check the grade:</strong> the profiles place this at {warning.profileTitle}, above this job's profile. {warning.reason}
    </p>
  );
}

/**
 * The job description and person specification builder. The draft is saved in this browser as
 * the leader works (src/lib/leadersTools/jobDescription.ts has its shape); the checks against the profiles
 * come from src/lib/leadersTools/levelConsistency.ts. Everything typed is rendered as text.
 */
export function JobDescriptionBuilder({ catalogue }: Props) {
  const store = useStoredDocument(jobDescriptionKind, 'job description draft');
  const draft = store.document;
  const { commit } = store;
  const index = useMemo(() => indexStatements(profileStatements(catalogue.profiles)), [catalogue]);
  const [startProfileId, setStartProfileId] = useState(catalogue.profiles[0]?.id ?? '');
  const [pendingStart, setPendingStart] = useState<string | null>(null);
  const [unitGroup, setUnitGroup] = useState('');
  const [unitQuery, setUnitQuery] = useState('');
  const [newDuty, setNewDuty] = useState('');
  const [libraryDuty, setLibraryDuty] = useState('');
  const [copyFallback, setCopyFallback] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();

  // A link such as ?profile=teaching-assistant-3 starts a draft from that profile; it never
  // replaces a draft with content without asking.
  useEffect(() => {
    if (!store.ready) return;
    const asked = new URLSearchParams(currentSearch()).get('profile');
    const profile = profileById(catalogue, asked);
    if (!profile) return;
    setStartProfileId(profile.id);
    if (draft.profileId === profile.id) return;
    if (hasContent(draft)) setPendingStart(profile.id);
    else commit(draftFromProfile(profile, draft));
  }, [store.ready]);

  const profile = profileById(catalogue, draft.profileId);
  const warnings = checkDraft(draft, catalogue, index);
  const warningFor = (part: DraftWarning['part'], id: string) => warnings.find((warning) => warning.part === part && warning.itemId === id);
  const jobDocument = assembleJobDescription(draft, catalogue);
  const update = (changes: Partial<JobDescriptionDraft>) => commit({ ...draft, ...changes });
  const dutiesFull = roomFor(draft.duties, dutyLimit);
  const personSpecFull = roomFor(draft.personSpec, personSpecLimit);
  /** Adds a duty if the draft has room for it; says so if not. */
  const addDuty = (text: string, fromProfileId: string | null) => {
    if (dutiesFull) {
      store.setNotice({ kind: 'warning', text: dutiesFull });
      return false;
    }
    update({ duties: [...draft.duties, { id: uniqueItemId(draft.duties), text, fromProfileId }] });
    return true;
  };

  const startFrom = (profileId: string) => {
    const chosen = profileById(catalogue, profileId);
    if (!chosen) return;
    setPendingStart(null);
    commit(draftFromProfile(chosen, draft));
    writeAddress(jobDescriptionQuery(chosen.id));
    focusAfterRender('jd-title');
  };

  const filteredUnits = filterUnits(catalogue.units, unitGroup, unitQuery);
  const groups = unitGroups(catalogue.units);
  const isChosen = (unitId: string) => draft.units.some((item) => item.id === unitId);
  const toggleUnit = (unitId: string, on: boolean) =>
    update({ units: on ? [...draft.units, { id: unitId, priority: 'essential' }] : draft.units.filter((item) => item.id !== unitId) });
  const profileUnits = profile ? catalogue.units.filter((unit) => profile.nosUnitIds.includes(unit.id)) : [];

  const copyMarkdown = async () => {
    const markdown = jobDescriptionMarkdown(jobDocument);
    try {
      await navigator.clipboard.writeText(markdown);
      setCopyFallback(null);
      store.setNotice({ kind: 'info', text: 'The job description is copied as text (Markdown). Paste it where you need it.' });
    } catch {
      // Clipboard access is often blocked on managed school computers: show the text to copy by hand.
      setCopyFallback(markdown);
      focusAfterRender('jd-markdown');
    }
  };

  if (!store.ready) return <p>The builder will appear here once the page has loaded.</p>;

  return (
    <div class="tool">
      <div class="no-print">
        <StoredDocumentPrompts store={store} describe={describeDraft} noun="job description draft" />

        <h2>Start from a role profile</h2>
        <p>Starting fills in the profile's purpose, key duties, and knowledge, skills and experience. You can change all of them.</p>
        <div class="field-row">
          <div class="field">
            <label for="jd-start-profile">Role profile</label>
            <select id="jd-start-profile" value={startProfileId} onChange={(event) => setStartProfileId(event.currentTarget.value)}>
              <ProfileOptions profiles={catalogue.profiles} />
            </select>
          </div>
          <button type="button" onClick={() => (hasContent(draft) ? setPendingStart(startProfileId) : startFrom(startProfileId))}>
            Start from this profile
          </button>
        </div>
        {pendingStart && (
          <div class="note" role="alert">
            <p>
              Starting from {profileById(catalogue, pendingStart)?.title} replaces your draft ({describeDraft(draft)}). Export it first if
              you want to keep it.
            </p>
            <button type="button" onClick={() => startFrom(pendingStart)}>
              Replace my draft
            </button>{' '}
            <button type="button" class="secondary-button" onClick={() => setPendingStart(null)}>
              Keep my draft
            </button>
          </div>
        )}
        {!hasContent(draft) && (
          <>
            <h2>Or carry on with a draft you exported</h2>
            <ImportFileField store={store} label="Import a draft you exported" idPrefix="jd" />
          </>
        )}
      </div>

      {hasContent(draft) && (
        <>
          <div class="no-print">
            <h2>The job</h2>
            <div class="field">
              <label for="jd-title">Job title</label>
              <input
                id="jd-title"
                type="text"
                maxLength={200}
                value={draft.jobTitle}
                onInput={(event) => update({ jobTitle: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for="jd-graded">Graded against the profile</label>
              <select
                id="jd-graded"
                value={draft.profileId ?? ''}
                onChange={(event) => update({ profileId: event.currentTarget.value || null })}
                aria-describedby="jd-graded-hint"
              >
                <option value="">No profile</option>
                <ProfileOptions profiles={catalogue.profiles} />
              </select>
              <p id="jd-graded-hint" class="hint">
                The checks compare every duty, standard and line of the person specification with this profile's level.
              </p>
            </div>
            <div class="field">
              <label for="jd-purpose">Purpose of the job</label>
              <textarea
                id="jd-purpose"
                rows={4}
                maxLength={5000}
                value={draft.purpose}
                onInput={(event) => update({ purpose: event.currentTarget.value })}
              />
            </div>

            <h2>Duties</h2>
            {draft.duties.length === 0 && <p>No duties yet.</p>}
            <ol class="edit-list">
              {draft.duties.map((duty, position) => {
                const from =
                  duty.fromProfileId && duty.fromProfileId !== draft.profileId ? profileById(catalogue, duty.fromProfileId) : undefined;
                return (
                  <li key={duty.id}>
                    <label for={`duty-${duty.id}`}>Duty {position + 1}</label>
                    {from && <p class="hint">From the {from.title} profile.</p>}
                    <textarea
                      id={`duty-${duty.id}`}
                      aria-describedby={warningFor('duty', duty.id) ? warningId('duty', duty.id) : undefined}
                      rows={3}
                      maxLength={5000}
                      value={duty.text}
                      onInput={(event) => {
                        const text = event.currentTarget.value;
                        update({ duties: replaceItem(draft.duties, duty.id, { text }) });
                      }}
                    />
                    <InlineWarning warning={warningFor('duty', duty.id)} />
                    <div class="item-actions">
                      <button
                        type="button"
                        class="secondary-button"
                        id={`duty-up-${duty.id}`}
                        disabled={position === 0}
                        onClick={() => {
                          focusAfterRender(position - 1 === 0 ? `duty-down-${duty.id}` : `duty-up-${duty.id}`);
                          update({ duties: moveItem(draft.duties, position, -1) });
                        }}
                      >
                        Move up<span class="visually-hidden"> duty {position + 1}</span>
                      </button>
                      <button
                        type="button"
                        class="secondary-button"
                        id={`duty-down-${duty.id}`}
                        disabled={position === draft.duties.length - 1}
                        onClick={() => {
                          focusAfterRender(position + 1 === draft.duties.length - 1 ? `duty-up-${duty.id}` : `duty-down-${duty.id}`);
                          update({ duties: moveItem(draft.duties, position, 1) });
                        }}
                      >
                        Move down<span class="visually-hidden"> duty {position + 1}</span>
                      </button>
                      <button
                        type="button"
                        class="secondary-button"
                        onClick={() => {
                          const next = draft.duties[position + 1] ?? draft.duties[position - 1];
                          focusAfterRender(next ? `duty-${next.id}` : 'jd-new-duty');
                          update({ duties: draft.duties.filter((item) => item.id !== duty.id) });
                        }}
                      >
                        Remove<span class="visually-hidden"> duty {position + 1}</span>
                      </button>
                    </div>
                  </li>
                );
              })}
            </ol>

            <h3>Add a duty</h3>
            {dutiesFull && <p class="inline-warning">{dutiesFull}</p>}
            <form
              class="add-form"
              onSubmit={(event) => {
                event.preventDefault();
                if (newDuty.trim() === '') return;
                if (addDuty(newDuty.trim(), null)) setNewDuty('');
              }}
            >
              <div class="field">
                <label for="jd-new-duty">In your own words</label>
                <textarea
                  id="jd-new-duty"
                  rows={2}
                  maxLength={5000}
                  value={newDuty}
                  onInput={(event) => setNewDuty(event.currentTarget.value)}
                />
              </div>
              <button type="submit">Add duty</button>
            </form>
            <form
              class="add-form"
              onSubmit={(event) => {
                event.preventDefault();
                const [profileId, dutyIndex] = libraryDuty.split('#');
                const source = profileById(catalogue, profileId);
                const text = source ? profileDuties(source)[Number(dutyIndex)] : undefined;
                if (!source || text === undefined) return;
                addDuty(text, source.id);
              }}
            >
              <div class="field">
                <label for="jd-library-duty">From any role profile</label>
                <select id="jd-library-duty" value={libraryDuty} onChange={(event) => setLibraryDuty(event.currentTarget.value)}>
                  <option value="">Choose a duty</option>
                  {catalogue.profiles.map((item) => (
                    <optgroup key={item.id} label={item.title}>
                      {profileDuties(item).map((text, position) => (
                        <option key={position} value={`${item.id}#${position}`}>
                          {position >= item.duties.length ? 'May also: ' : ''}
                          {text.replace(/\n/g, ' ')}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </div>
              <button type="submit" disabled={libraryDuty === ''}>
                Add this duty
              </button>
            </form>

            <h2>Standards</h2>
            <p>
              The titles of the units you choose become the job description's standards section and lines of the person specification. Only
              units with a known title are offered ({catalogue.untitledUnitCount} of the {catalogue.unitCount} have none in our sources).
            </p>
            {profile && profileUnits.length > 0 && (
              <p>
                <button
                  type="button"
                  class="secondary-button"
                  onClick={() =>
                    update({
                      units: [
                        ...draft.units,
                        ...profileUnits
                          .filter((unit) => !isChosen(unit.id))
                          .map((unit) => ({ id: unit.id, priority: 'essential' as const })),
                      ],
                    })
                  }
                >
                  Choose the {profileUnits.length} units behind {profile.title}'s qualifications
                </button>
              </p>
            )}
            <div class="field-row">
              <div class="field">
                <label for="jd-unit-group">Group</label>
                <select id="jd-unit-group" value={unitGroup} onChange={(event) => setUnitGroup(event.currentTarget.value)}>
                  <option value="">All groups</option>
                  {groups.map(([group, name]) => (
                    <option key={group} value={group}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="jd-unit-search">Search unit titles</label>
                <input id="jd-unit-search" type="search" value={unitQuery} onInput={(event) => setUnitQuery(event.currentTarget.value)} />
              </div>
            </div>
            <fieldset class="unit-chooser">
              <legend>
                Units: {filteredUnits.length} of {catalogue.units.length} shown
              </legend>
              {filteredUnits.length === 0 && <p>No unit title matches. Try another word or group.</p>}
              <ul class="plain-list">
                {filteredUnits.map((unit) => (
                  <li key={unit.id}>
                    <label class="checkbox">
                      <input
                        type="checkbox"
                        checked={isChosen(unit.id)}
                        onChange={(event) => toggleUnit(unit.id, event.currentTarget.checked)}
                      />{' '}
                      {unit.code}: {unit.title}
                      {profile?.nosUnitIds.includes(unit.id) && <span class="hint"> (behind {profile.title}'s qualifications)</span>}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>

            <h3>Chosen standards</h3>
            {draft.units.length === 0 && <p>None chosen yet.</p>}
            <ul class="plain-list">
              {chosenUnits(draft, catalogue).map((chosen) => {
                const { unit } = chosen;
                return (
                  <li key={unit.id}>
                    <fieldset class="chosen-item" id={`unit-${unit.id}`}>
                      <legend>
                        {unit.code}: {unit.title}
                      </legend>
                      {priorities.map((priority) => (
                        <label class="checkbox" key={priority}>
                          <input
                            type="radio"
                            name={`unit-priority-${unit.id}`}
                            checked={chosen.priority === priority}
                            onChange={() => update({ units: replaceItem(draft.units, unit.id, { priority }) })}
                          />{' '}
                          {priorityLabels[priority]}
                        </label>
                      ))}{' '}
                      <button type="button" class="secondary-button" onClick={() => toggleUnit(unit.id, false)}>
                        Remove<span class="visually-hidden"> {unit.code}</span>
                      </button>
                      <InlineWarning warning={warningFor('unit', unit.id)} />
                    </fieldset>
                  </li>
                );
              })}
            </ul>

            <h2>Person specification</h2>
            <p>Each chosen standard adds a line of its own. Add or change the others here.</p>
            <ol class="edit-list">
              {draft.personSpec.map((line, position) => (
                <li key={line.id}>
                  <label for={`person-${line.id}`}>Line {position + 1}</label>
                  <textarea
                    id={`person-${line.id}`}
                    aria-describedby={warningFor('person', line.id) ? warningId('person', line.id) : undefined}
                    rows={2}
                    maxLength={2000}
                    value={line.text}
                    onInput={(event) => {
                      const text = event.currentTarget.value;
                      update({ personSpec: replaceItem(draft.personSpec, line.id, { text }) });
                    }}
                  />
                  <InlineWarning warning={warningFor('person', line.id)} />
                  <div class="item-actions">
                    <label for={`person-priority-${line.id}`} class="visually-hidden">
                      Line {position + 1} is
                    </label>
                    <select
                      id={`person-priority-${line.id}`}
                      value={line.priority}
                      onChange={(event) => {
                        const priority = event.currentTarget.value === 'desirable' ? 'desirable' : 'essential';
                        update({ personSpec: replaceItem(draft.personSpec, line.id, { priority }) });
                      }}
                    >
                      {priorities.map((priority) => (
                        <option key={priority} value={priority}>
                          {priorityLabels[priority]}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      class="secondary-button"
                      onClick={() => {
                        focusAfterRender('jd-add-person');
                        update({ personSpec: draft.personSpec.filter((item) => item.id !== line.id) });
                      }}
                    >
                      Remove<span class="visually-hidden"> line {position + 1}</span>
                    </button>
                  </div>
                </li>
              ))}
            </ol>
            <p>
              <button
                type="button"
                id="jd-add-person"
                class="secondary-button"
                onClick={() => {
                  if (personSpecFull) {
                    store.setNotice({ kind: 'warning', text: personSpecFull });
                    return;
                  }
                  const line = { id: uniqueItemId(draft.personSpec), text: '', priority: 'desirable' as const };
                  focusAfterRender(`person-${line.id}`);
                  update({ personSpec: [...draft.personSpec, line] });
                }}
              >
                Add a line
              </button>
            </p>
            {personSpecFull && <p class="inline-warning">{personSpecFull}</p>}

            <h2>Checks against the profiles</h2>
            <p>
              {profile
                ? profile.level === null
                  ? `${profile.title} is not one of a numbered set of profiles, so there is no higher level to check against.`
                  : warnings.length === 0
                    ? `Nothing in this draft is placed above ${profile.title} by the profiles.`
                    : `${warnings.length} ${warnings.length === 1 ? 'thing' : 'things'} in this draft ${warnings.length === 1 ? 'is' : 'are'} placed above ${profile.title} by the profiles. If the job really includes ${warnings.length === 1 ? 'it' : 'them'}, it may need a higher grade.`
                : 'Choose the profile this job is graded against to check the draft.'}
            </p>
            {warnings.length > 0 && (
              <ul>
                {warnings.map((warning) => (
                  <li key={`${warning.part}-${warning.itemId}`}>
                    <a href={`#${warning.part}-${warning.itemId}`}>
                      {warning.part === 'duty' ? 'Duty' : warning.part === 'unit' ? 'Standard' : 'Person specification'}:{' '}
                      {warning.text.split('\n')[0]}
                    </a>{' '}
                    is placed at <a href={roleUrl(warning.profileId)}>{warning.profileTitle}</a>.
                  </li>
                ))}
              </ul>
            )}
          </div>

          <h2 class="no-print">Your job description</h2>
          <JobDescriptionView document={jobDocument} />

          <div class="tool-actions no-print">
            <button type="button" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <button type="button" class="secondary-button" onClick={() => void copyMarkdown()}>
              Copy as text (Markdown)
            </button>
            <button
              type="button"
              class="secondary-button"
              onClick={() => downloadText(jobDescriptionMarkdown(jobDocument), 'job-description.md', 'text/markdown')}
            >
              Download as a Markdown file
            </button>
            <a href="/tools/recruitment-kit/">Make the recruitment kit for this job</a>
          </div>
          {copyFallback !== null && (
            <div class="field no-print">
              <label for="jd-markdown">This browser did not let the page copy. Select all of this text and copy it:</label>
              <textarea id="jd-markdown" rows={10} readOnly value={copyFallback} />
            </div>
          )}

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
