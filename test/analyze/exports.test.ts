import { describe, expect, it } from 'vitest';

describe('src/analyze/index.ts', () => {
  it('exports exactly the public names', async () => {
    expect(Object.keys(await import('../../src/analyze/index.js')).sort()).toEqual([
      'DEFAULT_ANALYZE_OPTIONS',
      'DEFAULT_DISAGREEMENT_OPTIONS',
      'DEFAULT_QUOTE_OPTIONS',
      'analyzeDocument',
      'analyzeStory',
      'findDates',
      'findEntities',
      'findQuantities',
      'findQuotes',
    ]);
  });
});
