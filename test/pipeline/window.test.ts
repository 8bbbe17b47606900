import { describe, expect, it } from 'vitest';
import { instantOf } from '../../src/core/index.js';
import { windowTest } from '../../src/pipeline/window.js';
import type { RunRecord, StoredDocumentHead } from '../../src/store/index.js';

const run = (id: number, number: number, startedAt: string): RunRecord => ({ id, number, status: 'done', startedAt, finishedAt: startedAt, options: {} }) as RunRecord;
const head = (run: number, published: string | null): StoredDocumentHead => ({ run, published }) as StoredDocumentHead;

describe('the digest window', () => {
  it('reads a date-time without a zone as UTC, whatever the machine\'s zone', () => {
    expect(instantOf('2026-11-20T06:00')).toBe(Date.UTC(2026, 10, 20, 6));
    expect(instantOf('2026-11-20T06:00:00+03:00')).toBe(Date.UTC(2026, 10, 20, 3));
    expect(instantOf('2026-11-20')).toBe(Date.UTC(2026, 10, 20));
    expect(instantOf('yesterday')).toBeNaN();
  });

  it('reads a space for the T (as feeds and CMS exports write it) as UTC too, and a date in words with its zone', () => {
    expect(instantOf('2026-11-20 06:00')).toBe(Date.UTC(2026, 10, 20, 6));
    expect(instantOf('2026-11-20 06:00:00.250')).toBe(Date.UTC(2026, 10, 20, 6, 0, 0, 250));
    expect(instantOf('Fri, 20 Nov 2026 06:00:00 GMT')).toBe(Date.UTC(2026, 10, 20, 6));
  });

  it('places an article by its publication time when known, else by when its run started', () => {
    const inWindow = windowTest(Date.UTC(2026, 10, 21), [run(1, 1, '2026-11-20T08:00:00Z'), run(2, 2, '2026-11-22T08:00:00Z')]);
    expect(inWindow(head(2, null))).toBe(true);
    expect(inWindow(head(1, null))).toBe(false);
    // An archive stored today of last week's news is last week's news; a dated article stored early is on time.
    expect(inWindow(head(2, '2026-11-14'))).toBe(false);
    expect(inWindow(head(1, '2026-11-21T09:30:00'))).toBe(true);
    expect(inWindow(head(1, 'not a date'))).toBe(false);
  });

  it('counts a publication day without a time as the whole day, so a window starting during it keeps the article', () => {
    const inWindow = windowTest(Date.UTC(2026, 10, 21, 11), [run(1, 1, '2026-11-20T08:00:00Z')]);
    expect(inWindow(head(1, '2026-11-21'))).toBe(true);
    expect(inWindow(head(1, '2026-11-21T09:00'))).toBe(false);
    expect(inWindow(head(1, '2026-11-20'))).toBe(false);
  });

  it('dates the articles of a run that crashed and was rerun from the first attempt', () => {
    const inWindow = windowTest(Date.UTC(2026, 10, 21), [run(1, 1, '2026-11-20T23:00:00Z'), run(2, 1, '2026-11-21T01:00:00Z')]);
    expect(inWindow(head(1, null))).toBe(false);
  });
});
