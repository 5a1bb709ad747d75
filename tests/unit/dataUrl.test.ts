import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgDataUrl } from '../../src/lib/site/dataUrl';

describe('the favicon as a data: URL', () => {
  const svg = readFileSync(join(import.meta.dirname, '../../public/favicon.svg'), 'utf8');

  it('decodes back to the same picture', () => {
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg.trim().replace(/\s+/g, ' '));
  });

  it('holds nothing that would end the attribute or the URL early', () => {
    expect(svgDataUrl('<svg a="1" b=\'#x\'>50%</svg>')).not.toMatch(/["<>#]|%(?![0-9A-F]{2})/);
  });
});
