import type { QualificationNow } from '../lib/leadersTools/jobDesign';

/**
 * Where a qualification stands today, as a badge: the island's copy of src/components/NowBadge.astro
 * (same classes, same words, worked out at build time by nowBadgeText), for lists an island renders.
 */
export function NowBadge({ now }: { now: Pick<QualificationNow, 'state' | 'badge'> }) {
  return (
    <span class={`now-badge now-${now.state}`}>
      <span class="visually-hidden">Today: </span>
      {now.badge}
    </span>
  );
}
