import { describe, expect, it } from 'vitest';

describe('stage exports', () => {
  it('dedup exports exactly its public names', async () => {
    expect(Object.keys(await import('../../src/dedup/index.js')).sort()).toEqual([
      'DEDUP_DEFAULTS',
      'candidateProbability',
      'containment',
      'createDeduper',
      'createLshIndex',
      'curveThreshold',
      'estimateJaccard',
      'fingerprint',
      'hashString',
      'intersectionSize',
      'jaccard',
      'minhashSignature',
      'seededRandom',
      'shingleSet',
    ]);
  });
});
