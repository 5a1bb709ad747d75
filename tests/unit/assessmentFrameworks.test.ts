import { describe, expect, it } from 'vitest';
import { hltaFramework, qualificationFramework } from '../../src/lib/content/assessmentFrameworks';
import { content, graph } from './siteContent';

describe('what a self-assessment can be against', () => {
  it('the 33 HLTA standards, keyed by number', () => {
    const framework = hltaFramework(graph.status('hlta').data);
    expect(framework.standards).toHaveLength(33);
    expect(framework.standards[10]).toMatchObject({ key: 'hlta-11', code: '11' });
  });

  it('the NOS units behind a qualification, once each, in unit order', () => {
    const qualification = content.qualifications.find((entry) => entry.id === 'level-3-certificate-supporting-teaching-and-learning')!;
    const framework = qualificationFramework(qualification, graph)!;
    expect(framework.standards.map((standard) => standard.code)).toEqual([
      'STL1',
      'STL3',
      'STL6',
      'STL8',
      'STL9',
      'STL18',
      'STL19',
      'STL20',
      'STL23',
      'STL30',
      'STL38',
    ]);
  });

  it('nothing for a qualification whose units our sources do not list', () => {
    const qualification = content.qualifications.find((entry) => entry.id === 'ecdl')!;
    expect(qualificationFramework(qualification, graph)).toBeUndefined();
  });
});
