import type { ProfileSummary } from '../lib/leadersTools/jobDesign';

/** The role profiles as the options of a select, in catalogue order. */
export function ProfileOptions({ profiles }: { profiles: readonly Pick<ProfileSummary, 'id' | 'title'>[] }) {
  return (
    <>
      {profiles.map((item) => (
        <option key={item.id} value={item.id}>
          {item.title}
        </option>
      ))}
    </>
  );
}
