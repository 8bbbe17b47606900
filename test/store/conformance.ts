/**
 * The behaviour every `Store` backend must show. A backend's test file calls `storeConformance` with a
 * fixture maker; each case gets a fresh, empty location it may open several times (to check that state
 * survives closing). Unsupported cases: none for SQLite.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { documentId, storyId, type DocumentId, type Sentence } from '../../src/core/index.js';
import type { NewDocument, Store } from '../../src/store/index.js';

export interface StoreFixture {
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const sentence = (index: number, start: number, text: string): Sentence => ({ index, paragraph: 0, start, end: start + text.length, text });

export function sampleDocument(n: number, over: Partial<NewDocument> = {}): NewDocument {
  const a = 'أعلنت الحكومة اليوم خطة جديدة للنقل.';
  const b = `وقال الوزير إن التنفيذ يبدأ في الشهر ${n}.`;
  return {
    id: documentId(`doc-${n}`),
    key: `hash-${n}`,
    source: `source-${n}`,
    path: `/in/article-${n}.txt`,
    status: 'ok',
    title: `عنوان ${n}`,
    outlet: 'صحيفة الغد',
    dateline: null,
    agency: n % 2 === 0 ? 'AFP' : null,
    published: '2026-11-20',
    url: null,
    raw: `${a}\n${b}\nحقوق النشر محفوظة`,
    text: `${a}\n${b}`,
    paragraphs: [a, b],
    removed: [{ text: 'حقوق النشر محفوظة', reason: 'copyright' }],
    contentHash: `hash-${n}`,
    reason: null,
    detail: null,
    duplicateOf: null,
    sentences: [sentence(0, 0, a), { ...sentence(1, a.length + 1, b), paragraph: 1 }],
    link: null,
    run: 1,
    ...over,
  };
}

export function storeConformance(name: string, makeFixture: () => Promise<StoreFixture>): void {
  describe(`Store conformance: ${name}`, () => {
    const opened: Store[] = [];
    const fixtures: StoreFixture[] = [];
    const fresh = async (): Promise<{ store: Store; fixture: StoreFixture }> => {
      const fixture = await makeFixture();
      fixtures.push(fixture);
      const store = await fixture.open();
      opened.push(store);
      return { store, fixture };
    };
    const reopen = async (fixture: StoreFixture, store: Store): Promise<Store> => {
      await store.close();
      const again = await fixture.open();
      opened.push(again);
      return again;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
      for (const f of fixtures.splice(0)) await f.cleanup();
    });

    it('starts empty', async () => {
      const { store } = await fresh();
      expect(await store.documents()).toEqual([]);
      expect(await store.stories()).toEqual([]);
      expect(await store.runs()).toEqual([]);
      expect(await store.links()).toEqual([]);
    });

    it('stores a document with its sentences and gives it back unchanged, in arrival order', async () => {
      const { store, fixture } = await fresh();
      const docs = [sampleDocument(3), sampleDocument(1), sampleDocument(2)];
      for (const d of docs) expect(await store.addDocument(d)).toBe(true);
      const again = await reopen(fixture, store);
      const stored = await again.documents();
      expect(stored.map((d) => d.id)).toEqual(['doc-3', 'doc-1', 'doc-2']);
      expect(stored.map((d) => d.seq)).toEqual([...stored.map((d) => d.seq)].sort((a, b) => a - b));
      const { sentences: _s, link: _l, ...rest } = docs[1]!;
      expect(stored[1]).toEqual({ ...rest, seq: stored[1]!.seq });
      expect(await again.sentences(documentId('doc-1'))).toEqual(docs[1]!.sentences);
      expect(await again.document(documentId('doc-2'))).toEqual(stored[2]);
      expect(await again.document(documentId('nope'))).toBeNull();
      expect((await again.bySource('source-2'))?.id).toBe('doc-2');
      expect(await again.bySource('source-9')).toBeNull();
    });

    it('is idempotent by key: a second insert of the same key changes nothing', async () => {
      const { store } = await fresh();
      expect(await store.addDocument(sampleDocument(1))).toBe(true);
      expect(await store.hasKey('hash-1')).toBe(true);
      expect(await store.addDocument(sampleDocument(1, { path: '/elsewhere.txt', title: 'آخر' }))).toBe(false);
      const stored = await store.documents();
      expect(stored).toHaveLength(1);
      expect(stored[0]!.path).toBe('/in/article-1.txt');
      expect(await store.sentences(documentId('doc-1'))).toHaveLength(2);
      expect(await store.hasKey('hash-2')).toBe(false);
    });

    it('stores duplicates with their link and rejected inputs with their reason', async () => {
      const { store } = await fresh();
      await store.addDocument(sampleDocument(1));
      const link = { kind: 'near' as const, document: documentId('doc-2'), original: documentId('doc-1'), similarity: 0.93 };
      await store.addDocument(sampleDocument(2, { status: 'duplicate', reason: 'near', duplicateOf: documentId('doc-1'), link }));
      await store.addDocument(
        sampleDocument(3, {
          id: documentId('rej-3'),
          key: 'rejected:abc',
          status: 'rejected',
          reason: 'binary',
          detail: '40% control bytes',
          text: '',
          paragraphs: [],
          removed: [],
          raw: null,
          contentHash: null,
          sentences: [],
        }),
      );
      expect(await store.links()).toEqual([link]);
      const [, dup, rej] = await store.documents();
      expect(dup).toMatchObject({ status: 'duplicate', reason: 'near', duplicateOf: 'doc-1' });
      expect(rej).toMatchObject({ status: 'rejected', reason: 'binary', detail: '40% control bytes', contentHash: null });
    });

    it('inserts a document whole or not at all', async () => {
      const { store } = await fresh();
      const broken = sampleDocument(1, {
        sentences: [sentence(0, 0, 'أ'), sentence(0, 0, 'ب')],
      });
      await expect(store.addDocument(broken)).rejects.toThrow();
      expect(await store.documents()).toEqual([]);
      expect(await store.sentences(documentId('doc-1'))).toEqual([]);
      expect(await store.addDocument(sampleDocument(1))).toBe(true);
    });

    it('lists documents without their text, in arrival order', async () => {
      const { store } = await fresh();
      for (const n of [2, 1]) await store.addDocument(sampleDocument(n));
      const heads = await store.documentHeads();
      const full = await store.documents();
      expect(heads).toEqual(full.map(({ text: _t, paragraphs: _p, removed: _r, raw: _w, ...head }) => head));
      expect(heads.map((d) => d.id)).toEqual(['doc-2', 'doc-1']);
      expect(heads[0]).not.toHaveProperty('text');
    });

    it('keeps cluster terms by document: stored with it, added later, replaced, and null when never stored', async () => {
      const { store, fixture } = await fresh();
      const terms = ['اعلن', 'حكوم', 'خطه', 'نقل', 'AFP', 'قال'];
      await store.addDocument(sampleDocument(1, { terms }));
      await store.addDocument(sampleDocument(2));
      await store.addDocument(sampleDocument(3, { terms: [] }));
      const ids = ['doc-1', 'doc-2', 'doc-3', 'nope'].map(documentId);
      let again = await reopen(fixture, store);
      expect([...(await again.terms(ids))].sort()).toEqual([
        ['doc-1', terms],
        ['doc-2', null],
        ['doc-3', []],
      ]);
      await again.putTerms(documentId('doc-2'), ['وزير', 'شهر']);
      await again.putTerms(documentId('doc-1'), ['بدل']);
      await again.putTerms(documentId('nope'), ['لا']);
      again = await reopen(fixture, again);
      const stored = await again.terms(ids);
      expect(stored.get(documentId('doc-1'))).toEqual(['بدل']);
      expect(stored.get(documentId('doc-2'))).toEqual(['وزير', 'شهر']);
      expect(stored.has(documentId('nope'))).toBe(false);
      expect(await again.terms([])).toEqual(new Map());
      expect((await again.documents()).map((d) => d.id)).toEqual(['doc-1', 'doc-2', 'doc-3']);
    });

    it('reads the documents asked for, in arrival order, leaving out ids not stored', async () => {
      const { store } = await fresh();
      for (const n of [1, 2, 3, 4]) await store.addDocument(sampleDocument(n));
      const got = await store.documents(['doc-4', 'nope', 'doc-2'].map(documentId));
      expect(got.map((d) => d.id)).toEqual(['doc-2', 'doc-4']);
      expect(got[0]).toEqual((await store.documents())[1]);
      expect(await store.documents([])).toEqual([]);
    });

    it('keeps dedup fingerprints by document, bit for bit: stored with it, added later, replaced, null when never stored', async () => {
      const { store, fixture } = await fresh();
      const fp = (seed: number) => ({ shingles: seed * 7, signature: Uint32Array.from({ length: 150 }, (_, i) => (seed * 2654435761 + i * 40503) >>> 0) });
      const top = { shingles: 3, signature: Uint32Array.from([0, 1, 0xffffffff, 0x80000000]) };
      await store.addDocument(sampleDocument(1, { fingerprint: fp(1) }));
      await store.addDocument(sampleDocument(2));
      await store.addDocument(sampleDocument(3, { fingerprint: top }));
      expect(await store.addDocument(sampleDocument(3, { fingerprint: fp(9) }))).toBe(false);
      const ids = ['doc-1', 'doc-2', 'doc-3', 'nope'].map(documentId);
      let again = await reopen(fixture, store);
      expect([...(await again.fingerprints(ids))].sort()).toEqual([
        ['doc-1', fp(1)],
        ['doc-2', null],
        ['doc-3', top],
      ]);
      await again.putFingerprint(documentId('doc-2'), fp(2));
      await again.putFingerprint(documentId('doc-1'), fp(5));
      await again.putFingerprint(documentId('nope'), fp(6));
      again = await reopen(fixture, again);
      const stored = await again.fingerprints(ids);
      expect(stored.get(documentId('doc-1'))).toEqual(fp(5));
      expect(stored.get(documentId('doc-2'))).toEqual(fp(2));
      expect(stored.has(documentId('nope'))).toBe(false);
      expect(await again.fingerprints([])).toEqual(new Map());
    });

    it('stores no terms for a document whose key was already there', async () => {
      const { store } = await fresh();
      await store.addDocument(sampleDocument(1));
      expect(await store.addDocument(sampleDocument(1, { terms: ['x'] }))).toBe(false);
      expect((await store.terms([documentId('doc-1')])).get(documentId('doc-1'))).toBeNull();
    });

    it('counts furniture with each inserted document, never for a key already there, and keeps the counts', async () => {
      const { store, fixture } = await fresh();
      const lines = (...xs: string[]) => ({ group: 'g', lines: xs });
      expect(await store.addDocument(sampleDocument(1, { furniture: lines('a', 'b') }))).toBe(true);
      expect(await store.addDocument(sampleDocument(2, { furniture: lines('a') }))).toBe(true);
      expect(await store.addDocument(sampleDocument(3, { furniture: { group: 'h', lines: ['a'] } }))).toBe(true);
      expect(await store.addDocument(sampleDocument(4, { furniture: null }))).toBe(true);
      expect(await store.addDocument(sampleDocument(1, { id: documentId('doc-1b'), furniture: lines('a', 'b') }))).toBe(false);
      const again = await reopen(fixture, store);
      const counts = await again.furnitureCounts(new Map([['g', ['a', 'b', 'c']], ['h', ['b']], ['none', ['a']]]));
      expect(counts).toEqual(
        new Map([
          ['g', { members: 2, lines: new Map([['a', 2], ['b', 1]]) }],
          ['h', { members: 1, lines: new Map() }],
          ['none', { members: 0, lines: new Map() }],
        ]),
      );
      expect(await again.furnitureCounts(new Map())).toEqual(new Map());
      expect(await again.uncountedFurniture()).toEqual([]);
    });

    it('lists the non-rejected documents stored without furniture as uncounted, and counts each of them once', async () => {
      const { store } = await fresh();
      await store.addDocument(sampleDocument(2));
      await store.addDocument(sampleDocument(1));
      await store.addDocument(sampleDocument(3, { status: 'rejected', reason: 'binary', contentHash: null }));
      await store.addDocument(sampleDocument(4, { furniture: { group: 'g', lines: ['a'] } }));
      expect(await store.uncountedFurniture()).toEqual([documentId('doc-2'), documentId('doc-1')]);
      const counted = new Map([
        [documentId('doc-1'), { group: 'g', lines: ['a', 'b'] }],
        [documentId('doc-4'), { group: 'g', lines: ['a'] }],
        [documentId('nope'), { group: 'g', lines: ['a'] }],
      ]);
      await store.countFurniture(counted);
      await store.countFurniture(counted);
      expect(await store.uncountedFurniture()).toEqual([documentId('doc-2')]);
      await store.countFurniture(new Map([[documentId('doc-2'), null]]));
      expect(await store.uncountedFurniture()).toEqual([]);
      expect(await store.furnitureCounts(new Map([['g', ['a', 'b']]]))).toEqual(new Map([['g', { members: 2, lines: new Map([['a', 2], ['b', 1]]) }]]));
    });

    it('numbers runs by finished runs, so a rerun after a crash reuses the number', async () => {
      const { store, fixture } = await fresh();
      const first = await store.beginRun('2026-11-21T10:00:00Z', { words: 120 });
      expect(first).toMatchObject({ number: 1, status: 'running', options: { words: 120 } });
      const again = await reopen(fixture, store);
      const retry = await again.beginRun('2026-11-21T10:05:00Z', {});
      expect(retry.number).toBe(1);
      expect(retry.id).not.toBe(first.id);
      const done = await again.finishRun(retry.id, '2026-11-21T10:06:00Z');
      expect(done).toMatchObject({ status: 'done', finishedAt: '2026-11-21T10:06:00Z' });
      const second = await again.beginRun('2026-11-21T11:00:00Z', {});
      expect(second.number).toBe(2);
      expect((await again.runs()).map((r) => r.status)).toEqual(['interrupted', 'done', 'running']);
    });

    it('replaces story membership whole, keeps outputs until replaced, and removes stories with their outputs', async () => {
      const { store, fixture } = await fresh();
      for (const n of [1, 2, 3]) await store.addDocument(sampleDocument(n));
      const ids = (ns: number[]): DocumentId[] => ns.map((n) => documentId(`doc-${n}`));
      const a = storyId('story-a');
      const b = storyId('story-b');
      await store.applyStories({
        upsert: [
          { id: a, title: 'أ', documents: ids([1, 3]), created: 1, updated: 1 },
          { id: b, title: null, documents: ids([2]), created: 1, updated: 1 },
        ],
        remove: [],
      });
      const summary = { story: a, membership: 'm1', words: 120, sentences: [{ text: 'جملة.', sources: [{ document: documentId('doc-1'), sentence: 0 }] }] };
      await store.putSummary(summary);
      const analysis = { story: a, membership: 'm1', analysis: { entities: [], quotes: [], timeline: [], disagreements: [] } };
      await store.putAnalysis(analysis);
      expect(await store.outputMemberships()).toEqual(
        new Map([
          [a, { summary: 'm1', analysis: 'm1' }],
          [b, { summary: null, analysis: null }],
        ]),
      );
      await store.putSummary({ ...summary, story: b, membership: 'm3' });
      expect((await store.outputMemberships()).get(b)).toEqual({ summary: 'm3', analysis: null });
      await store.applyStories({ upsert: [{ id: a, title: 'أ', documents: ids([3, 1, 2]), created: 1, updated: 2 }], remove: [b] });
      const again = await reopen(fixture, store);
      expect(await again.stories()).toEqual([{ id: a, title: 'أ', documents: ids([3, 1, 2]), created: 1, updated: 2 }]);
      expect(await again.summary(a)).toEqual(summary);
      expect(await again.analysis(a)).toEqual(analysis);
      await again.putSummary({ ...summary, membership: 'm2', words: 60 });
      expect((await again.summary(a))?.membership).toBe('m2');
      await again.applyStories({ upsert: [], remove: [a] });
      expect(await again.stories()).toEqual([]);
      expect(await again.outputMemberships()).toEqual(new Map());
      expect(await again.summary(a)).toBeNull();
      expect(await again.analysis(a)).toBeNull();
    });
  });
}
