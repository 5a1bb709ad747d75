import type { BadgeView } from '../../lib/progression/stepFacts';

/**
 * Where a qualification stands today, as the qualifications index shows it (the same markup as
 * src/components/NowBadge.astro): its state in words, never colour alone.
 */
export function NowBadge({ badge }: { badge: BadgeView | undefined }) {
  if (!badge) return null;
  return (
    <span class={`now-badge now-${badge.state}`}>
      <span class="visually-hidden">Today: </span>
      {badge.text}
    </span>
  );
}

/** "England only", as src/components/NationTag.astro shows it; nothing for a place open everywhere. */
export function NationTag({ label }: { label: string | undefined }) {
  return label ? <span class="nation-tag">{label}</span> : null;
}
