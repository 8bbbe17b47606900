import { describe, expect, it } from 'vitest';
import { documentId, type DocumentId } from '../../src/core/index.js';
import { storyReading, supersededVersions } from '../../src/pipeline/versions.js';

type Status = 'ok' | 'duplicate' | 'rejected';
const member = (id: string, seq: number, url: string | null, status: Status = 'ok', reason: 'near' | 'exact' | null = status === 'duplicate' ? 'near' : null) => ({
  id: documentId(id),
  seq,
  url,
  status,
  reason,
});
const ids = (xs: readonly { readonly id: DocumentId }[]): string[] => xs.map((x) => x.id);

describe('versions of an article in a story', () => {
  it('takes the latest at an address, whether stored as a near copy or as a report of its own', () => {
    const members = [
      member('a1', 1, 'https://x.example/a'),
      member('b', 2, 'https://y.example/b'),
      member('a2', 3, 'https://x.example/a', 'duplicate'),
      member('n', 4, null),
      member('a3', 5, 'https://x.example/a'),
    ];
    expect([...supersededVersions(members)]).toEqual([
      ['a1', 'a3'],
      ['a2', 'a3'],
    ]);
    expect(ids(storyReading(members).reports)).toEqual(['b', 'n', 'a3']);
    expect(ids(storyReading(members).analysed)).toEqual(['b', 'n', 'a3']);
  });

  it('reads a near copy at the original address in place of the original', () => {
    const members = [member('a1', 1, 'https://x.example/a'), member('a2', 2, 'https://x.example/a', 'duplicate'), member('c', 3, 'https://z.example/c', 'duplicate')];
    expect(ids(storyReading(members).reports)).toEqual(['a2']);
    expect(ids(storyReading(members).analysed)).toEqual(['a2', 'c']);
  });

  it('leaves exact copies, rejected inputs and articles without an address out of the versions', () => {
    const members = [
      member('a1', 1, 'https://x.example/a'),
      member('a-copy', 2, 'https://x.example/a', 'duplicate', 'exact'),
      member('a-bad', 3, 'https://x.example/a', 'rejected'),
      member('p', 4, null),
      member('q', 5, null),
    ];
    expect(supersededVersions(members).size).toBe(0);
    expect(ids(storyReading(members).reports)).toEqual(['a1', 'p', 'q']);
    expect(ids(storyReading(members).analysed)).toEqual(['a1', 'a-bad', 'p', 'q']);
  });

  it('matches versions across stories: a member whose latest version is in another story is read there', () => {
    const a = [member('a1', 1, 'https://x.example/a'), member('b', 2, 'https://y.example/b')];
    const elsewhere = [member('a2', 3, 'https://x.example/a')];
    const all = supersededVersions([...a, ...elsewhere]);
    expect(ids(storyReading(a, all).reports)).toEqual(['b']);
    expect(storyReading(a, all).left).toBe(false);
    expect(storyReading([a[0]!], all)).toMatchObject({ left: true, reports: [], analysed: [] });
    expect(storyReading(elsewhere, all)).toMatchObject({ left: false, reports: elsewhere });
    expect(storyReading([a[0]!]).left).toBe(false);
  });

  it('keeps an earlier version whose latest went to another story as the report of a copy of it at another address', () => {
    const a1 = member('a1', 1, 'https://x.example/a');
    const a2 = member('a2', 3, 'https://x.example/a');
    const all = supersededVersions([a1, a2]);
    for (const reason of ['exact', 'near'] as const) {
      const copy = { ...member('copy', 2, 'https://y.example/c', 'duplicate', reason), duplicateOf: a1.id };
      const reading = storyReading([a1, copy], all);
      expect(reading.left).toBe(false);
      expect(ids(reading.reports)).toEqual(['a1']);
      expect(ids(reading.analysed)).toEqual(reason === 'exact' ? ['a1'] : ['a1', 'copy']);
      // With its latest version in the same story, the copy changes nothing: the latest is read.
      expect(ids(storyReading([a1, copy, a2], all).reports)).toEqual(['a2']);
    }
    // A copy at the same address is a fetch of the article, no other outlet's report.
    const refetched = { ...member('again', 2, 'https://x.example/a?utm_source=rss', 'duplicate', 'exact'), duplicateOf: a1.id };
    expect(storyReading([a1, refetched], all).reports).toEqual([]);
  });
});
