import type { StepCheck } from '../../lib/progression/planner';
import type { BadgeView } from '../../lib/progression/stepFacts';
import { NowBadge } from './NowBadge';

/**
 * What a step takes (or what could count towards it), each marked when the person has it; a
 * qualification carries its "now" badge.
 */
export function NeedList({ needs, badges }: { needs: StepCheck['needs']; badges: Record<string, BadgeView> }) {
  return (
    <ul>
      {needs.map((need, index) => (
        <li key={index} class={need.met ? 'is-met' : undefined}>
          {need.met ? 'You have this: ' : ''}
          {need.text}
          {badges[need.text] && (
            <>
              {' '}
              <NowBadge badge={badges[need.text]} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
