import { describe, expect, it } from 'vitest';

describe('src/ingest/index.ts', () => {
  it('exports exactly the public names', async () => {
    expect(Object.keys(await import('../../src/ingest/index.js')).sort()).toEqual([
      'BUILTIN_OUTLETS',
      'DEFAULT_HTML_OPTIONS',
      'DEFAULT_INGEST_OPTIONS',
      'DEFAULT_LEARN_OPTIONS',
      'JSON_FIELDS',
      'cleanBytes',
      'cleanText',
      'decodeBytes',
      'extractHtml',
      'extractMain',
      'furnitureGroup',
      'furnitureKeys',
      'ingestPaths',
      'joinWrappedLines',
      'khulasaOutputs',
      'learnOutletFurniture',
      'outletRecord',
      'passedOver',
      'tellOnce',
      'unwrapHardWrapped',
    ]);
  });
});
