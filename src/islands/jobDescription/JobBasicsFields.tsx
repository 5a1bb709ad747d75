import type { JobDesignCatalogue } from '../../lib/leadersTools/jobDesign';
import type { JobDescriptionDraft } from '../../lib/leadersTools/jobDescription';
import { ProfileOptions } from '../ProfileOptions';

interface Props {
  draft: JobDescriptionDraft;
  catalogue: Pick<JobDesignCatalogue, 'profiles'>;
  update: (changes: Partial<JobDescriptionDraft>) => void;
}

/** The job's title, the profile it is graded against, and its purpose. */
export function JobBasicsFields({ draft, catalogue, update }: Props) {
  return (
    <>
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
    </>
  );
}
