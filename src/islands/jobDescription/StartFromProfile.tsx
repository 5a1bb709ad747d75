import { describeDraft, hasContent } from '../../lib/leadersTools/draftEditing';
import { profileById, type JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';
import type { JobDescriptionDraft } from '../../lib/leadersTools/jobDescription';
import { ImportFileField } from '../ImportFileField';
import { ProfileOptions } from '../ProfileOptions';
import type { StoredDocumentHandle } from '../useStoredDocument';

interface Props {
  store: StoredDocumentHandle<JobDescriptionDraft>;
  catalogue: Pick<JobDesignCatalogue, 'profiles'>;
  startProfileId: string;
  onChooseStart: (profileId: string) => void;
  /** The profile a start is waiting on the person to confirm, because it would replace their draft. */
  pendingStart: string | null;
  onAskStart: (profileId: string | null) => void;
  onStart: (profileId: string) => void;
}

/** Starting a draft from a profile (asking first if it would replace one), or, before there is one, importing one. */
export function StartFromProfile({ store, catalogue, startProfileId, onChooseStart, pendingStart, onAskStart, onStart }: Props) {
  const draft = store.document;
  return (
    <>
      <h2>Start from a role profile</h2>
      <p>Starting fills in the profile's purpose, key duties, and knowledge, skills and experience. You can change all of them.</p>
      <div class="field-row">
        <div class="field">
          <label for="jd-start-profile">Role profile</label>
          <select id="jd-start-profile" value={startProfileId} onChange={(event) => onChooseStart(event.currentTarget.value)}>
            <ProfileOptions profiles={catalogue.profiles} />
          </select>
        </div>
        <button type="button" onClick={() => (hasContent(draft) ? onAskStart(startProfileId) : onStart(startProfileId))}>
          Start from this profile
        </button>
      </div>
      {pendingStart && (
        <div class="note" role="alert">
          <p>
            Starting from {profileById(catalogue, pendingStart)?.title} replaces your draft ({describeDraft(draft)}). Export it first if you
            want to keep it.
          </p>
          <button type="button" onClick={() => onStart(pendingStart)}>
            Replace my draft
          </button>{' '}
          <button type="button" class="secondary-button" onClick={() => onAskStart(null)}>
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
    </>
  );
}
