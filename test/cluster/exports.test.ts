import { describe, expect, it } from 'vitest';

describe('stage exports', () => {
  it('cluster exports exactly its public names', async () => {
    expect(Object.keys(await import('../../src/cluster/index.js')).sort()).toEqual(['CLUSTER_DEFAULTS', 'createClusterer', 'storyIdOf']);
  });
});
