import { Component, h, type ComponentType } from 'preact';

/**
 * `Inner`, rendered again only when one of its props changes (compared one by one, as Preact's
 * `memo` does, without bringing in preact/compat). An audit of hundreds of roles re-renders only
 * the role that changed; the others are given the same props, callbacks included, and skipped.
 */
export function pure<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  return class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const before = this.props as Record<string, unknown>;
      const after = next as Record<string, unknown>;
      for (const key in after) if (after[key] !== before[key]) return true;
      for (const key in before) if (!(key in after)) return true;
      return false;
    }
    override render() {
      return h(Inner, this.props);
    }
  };
}
