/**
 * A JSON record without an article field is rejected with the field names that would have been read:
 * the reason reaches HTTP clients and users of `ingest` who have no docs/ folder to look in.
 */
import { describe, expect, it } from 'vitest';
import { cleanBytes, JSON_FIELDS } from '../../src/ingest/index.js';

describe('a JSON article without a text or HTML field', () => {
  it('is rejected as malformed, naming every text and HTML field name it looks for', () => {
    const outcome = cleanBytes('record.json', new TextEncoder().encode(JSON.stringify({ headline: 'عنوان', story: 'نص' })));
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind !== 'rejected') return;
    expect(outcome.code).toBe('malformed');
    for (const name of [...JSON_FIELDS.text, ...JSON_FIELDS.html]) expect(outcome.detail).toContain(name);
    expect(outcome.detail).not.toContain('docs/');
  });
});
