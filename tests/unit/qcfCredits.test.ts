import { describe, expect, it } from 'vitest';
import { hoursPerCredit, sizeClassForCredits } from '../../src/lib/content/qcfCredits';

describe('the QCF credit rule', () => {
  it('counts ten hours of learning per credit', () => {
    expect(10 * hoursPerCredit).toBe(100);
  });

  it.each([
    [1, 'award'],
    [12, 'award'],
    [13, 'certificate'],
    [36, 'certificate'],
    [37, 'diploma'],
    [120, 'diploma'],
  ])('calls %i credits a %s', (credits, size) => {
    expect(sizeClassForCredits(credits)).toBe(size);
  });

  it.each([0, -3, 2.5])('refuses %s credits', (credits) => {
    expect(() => sizeClassForCredits(credits)).toThrow(RangeError);
  });
});
