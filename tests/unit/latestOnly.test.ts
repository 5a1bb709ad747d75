import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/lib/search/latestOnly';

/** A task whose runs finish only when the test says so. */
function controlledTask() {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const task = (value: string) =>
    new Promise<void>((resolve) => {
      started.push(value);
      finishers.push(resolve);
    });
  const finishNext = async () => {
    finishers.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { task, started, finishNext };
}

describe('a search run for the latest query only', () => {
  it('starts at once when nothing is running', () => {
    const { task, started } = controlledTask();
    void latestOnly(task)('s');
    expect(started).toEqual(['s']);
  });

  it('skips the queries typed while one runs, and runs the last of them next', async () => {
    const { task, started, finishNext } = controlledTask();
    const run = latestOnly(task);
    void run('s');
    void run('sa');
    void run('saf');
    void run('safe');
    expect(started).toEqual(['s']);
    await finishNext();
    expect(started).toEqual(['s', 'safe']);
    await finishNext();
    void run('safeg');
    expect(started).toEqual(['s', 'safe', 'safeg']);
  });

  it('carries on after a run that fails', async () => {
    const started: string[] = [];
    const run = latestOnly((value: string) => {
      started.push(value);
      return value === 'bad' ? Promise.reject(new Error('failed')) : Promise.resolve();
    });
    await run('bad');
    await run('good');
    expect(started).toEqual(['bad', 'good']);
  });
});
