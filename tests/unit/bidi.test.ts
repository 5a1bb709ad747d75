import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/lib/site/bidi';
import { readDocument } from '../../src/lib/storage/documentStore';
import { emptyPortfolio, portfolioKind } from '../../src/lib/storage/portfolioStore';

/** A right-to-left override: everything after it, to the end of its isolate or paragraph, is laid out backwards. */
const override = '\u202e';

describe('text from a person, a link or a file, inside the site’s own sentences', () => {
  it('is isolated, so a direction override in it ends where it does', () => {
    expect(isolate(`${override}noitats`)).toBe(`\u2068${override}noitats\u2069`);
  });

  it('in the notice for a file that cannot be imported: a key the file itself wrote', () => {
    const file = JSON.stringify({ ...emptyPortfolio(), ratings: { [`${override}x-1`]: 'developing' } });
    const result = readDocument(portfolioKind, file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.detail).toContain(isolate(`ratings.${override}x-1`));
  });
});
