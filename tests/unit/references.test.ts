import { describe, expect, it } from 'vitest';
import { describeDanglingReferences, findDanglingReferences } from '../../src/lib/content/referenceIntegrity';
import { content } from './siteContent';

describe('references between collections', () => {
  it('all resolve in the real content', () => {
    expect(describeDanglingReferences(findDanglingReferences({ ...content }))).toBe('');
  });

  it('a reference to a missing entry is reported with its file and field', () => {
    const problems = findDanglingReferences({
      roles: [
        {
          id: 'teaching-assistant-1',
          filePath: 'content/roles/teaching-assistant-1.mdx',
          data: { relevantQualifications: [{ collection: 'qualifications', id: 'level-9-nothing' }] },
        },
      ],
      qualifications: [{ id: 'level-2-award-support-work-in-schools', data: {} }],
    });
    expect(describeDanglingReferences(problems)).toBe(
      'content/roles/teaching-assistant-1.mdx: relevantQualifications.0 refers to "level-9-nothing", which is not an entry in qualifications',
    );
  });

  it('a reference to a collection that does not exist is reported too', () => {
    const problems = findDanglingReferences({ roles: [{ id: 'a', data: { x: { collection: 'nowhere', id: 'b' } } }] });
    expect(problems).toEqual([{ file: 'roles/a', field: 'x', collection: 'nowhere', id: 'b' }]);
  });
});
