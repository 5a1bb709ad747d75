/**
 * Runs an async task for the latest value only: a value that arrives while the task runs waits,
 * and is replaced by any newer one, so a person typing quickly waits for at most the search in hand
 * and then their own, never a queue of the letters before. Used by the search page instead of a
 * debounce timer, which would add its whole delay to every search.
 */
export function latestOnly<T>(task: (value: T) => Promise<void>): (value: T) => Promise<void> {
  let running: Promise<void> | undefined;
  let waiting: { value: T } | undefined;
  const drain = async (): Promise<void> => {
    while (waiting) {
      const { value } = waiting;
      waiting = undefined;
      await task(value).catch(() => undefined);
    }
    running = undefined;
  };
  return (value: T) => {
    waiting = { value };
    running ??= drain();
    return running;
  };
}
