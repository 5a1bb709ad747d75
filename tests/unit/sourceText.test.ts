import { describe, expect, it } from 'vitest';
import { sourceParts } from '../../src/lib/site/sourceText';

describe('a source citation as a page shows it', () => {
  it('turns each address into a link named by its site, keeping the words around it', () => {
    expect(sourceParts('DfE page https://www.gov.uk/guidance/x (2026-08-19); see also https://example.org/a.')).toEqual([
      { kind: 'text', text: 'DfE page ' },
      { kind: 'link', href: 'https://www.gov.uk/guidance/x', label: 'gov.uk' },
      { kind: 'text', text: ' (19 August 2026); see also ' },
      { kind: 'link', href: 'https://example.org/a', label: 'example.org' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never shows a date inside an address as text', () => {
    const shown = sourceParts('https://x.example/?modified=2022-06-22T18%3A08 (HEAD 2026-08-19)')
      .map((part) => (part.kind === 'text' ? part.text : part.label))
      .join('');
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
