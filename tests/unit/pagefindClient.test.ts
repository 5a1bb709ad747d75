import { describe, expect, it } from 'vitest';
import { loadInOrder } from '../../src/lib/search/pagefindClient';

/** A loader that resolves when the test says so. */
function deferred<T>(value: T) {
  let resolve: () => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = () => done(value);
  });
  return { load: () => promise, resolve };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('search results arriving one by one', () => {
  it('are shown in order, each leading run as soon as it is complete', async () => {
    const results = ['first', 'second', 'third'].map(deferred);
    const shown: string[][] = [];
    const all = loadInOrder(
      results.map((result) => result.load),
      (leading) => shown.push(leading),
    );
    results[1]?.resolve();
    await tick();
    expect(shown).toEqual([]); // the second cannot be shown before the first
    results[0]?.resolve();
    await tick();
    expect(shown).toEqual([['first', 'second']]);
    results[2]?.resolve();
    expect(await all).toEqual(['first', 'second', 'third']);
    expect(shown).toEqual([
      ['first', 'second'],
      ['first', 'second', 'third'],
    ]);
  });

  it('report nothing for no results', async () => {
    const shown: unknown[] = [];
    expect(await loadInOrder([], (leading) => shown.push(leading))).toEqual([]);
    expect(shown).toEqual([]);
  });
});
