import type { StepCheck } from '../lib/progression/planner';

/** What a step takes (or what could count towards it), each marked when the person has it. */
export function NeedList({ needs }: { needs: StepCheck['needs'] }) {
  return (
    <ul>
      {needs.map((need, index) => (
        <li key={index} class={need.met ? 'is-met' : undefined}>
          {need.met ? 'You have this: ' : ''}
          {need.text}
        </li>
      ))}
    </ul>
  );
}
