import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest, ingestToStore, runDigest } from '../../src/pipeline/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import type { DocumentId } from '../../src/core/index.js';
import { doubleStages, PILE, withoutFurnitureCounts } from './doubles.js';

let dir: string;
const clock = (): string => '2026-11-21T12:00:00.000Z';

function writePile(sub: string, files: Readonly<Record<string, string>>): string {
  const folder = join(dir, sub);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

async function snapshot(store: Store) {
  const docs = await store.documents();
  const summaries = [];
  for (const s of await store.stories()) summaries.push(await store.summary(s.id));
  return {
    documents: docs.map(({ seq: _seq, ...d }) => d),
    links: await store.links(),
    stories: await store.stories(),
    summaries,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'khulasa-pipeline-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runDigest', () => {
  it('accounts for every input, groups stories and cites sources', async () => {
    const pile = writePile('in', PILE);
    const stages = doubleStages();
    const r = await runDigest([pile], { db: join(dir, 'k.sqlite'), stages, clock });
    const { digest } = r;
    expect(digest.counts).toEqual({ documents: 7, ok: 5, duplicate: 1, rejected: 1, stories: 3 });
    const copy = digest.documents.find((d) => d.path.endsWith('a3-copy.txt'))!;
    const a1 = digest.documents.find((d) => d.path.endsWith('a1.txt'))!;
    expect(copy).toMatchObject({ status: 'duplicate', duplicateOf: a1.id, reason: 'near' });
    expect(digest.documents.find((d) => d.path.endsWith('bad.txt'))).toMatchObject({ status: 'rejected', reason: 'binary' });
    expect(digest.stories.map((s) => s.documents.length)).toEqual([3, 2, 1]);
    const flood = digest.stories[0]!;
    expect(flood).toMatchObject({ status: 'new', independentReports: 2, outletCount: 3, outlets: ['صحيفة الغد', 'موقع النهار', 'وكالة الشرق'] });
    expect(flood.documents).toContain(copy.id);
    for (const s of digest.stories) for (const x of s.summary) expect(r.sources.find((src) => src.id === x.sources[0]!.document)?.sentences[x.sources[0]!.sentence]?.text).toBe(x.text);
    expect(stages.calls.summarize).toHaveLength(3);
    expect(stages.calls.summarize[0]).not.toContain(copy.id);
    const store = openSqliteStore(join(dir, 'k.sqlite'));
    const learned = (await store.documents()).filter((d) => d.removed.some((r) => r.reason === 'outlet-furniture'));
    expect(learned.map((d) => d.path.split('/').pop()).sort()).toEqual(['a1.txt', 'b1.txt']);
    await store.close();
  });

  it('learns outlet furniture over stored articles too, so a later batch loses the same lines', async () => {
    const db = join(dir, 'k.sqlite');
    await runDigest([writePile('day1', { 'a1.txt': PILE['a1.txt']!, 'c1.txt': PILE['c1.txt']! })], { db, stages: doubleStages(), clock });
    const r = await runDigest([writePile('day2', { 'b1.txt': PILE['b1.txt']! })], { db, stages: doubleStages(), clock });
    expect(r.ingest).toMatchObject({ inputs: 1, added: 1 });
    const store = openSqliteStore(db);
    const b1 = (await store.documents()).find((d) => d.path.endsWith('b1.txt'))!;
    expect(b1.removed).toEqual([{ text: 'تابعونا على مواقع التواصل.', reason: 'outlet-furniture' }]);
    await store.close();
  });

  it('does not read again the files it already stored', async () => {
    const pile = writePile('in', PILE);
    const db = join(dir, 'k.sqlite');
    await runDigest([pile], { db, stages: doubleStages(), clock });
    const seen: string[] = [];
    const stages = doubleStages();
    const ingest = stages.ingest;
    const r = await runDigest([pile], {
      db,
      clock,
      stages: {
        ...stages,
        async *ingest(paths) {
          seen.push(...paths);
          yield* ingest(paths);
        },
      },
    });
    expect(seen).toEqual([]);
    expect(r.ingest).toEqual({ inputs: 7, added: 0, ok: 5, duplicate: 1, rejected: 1 });
  });

  it('writes the contract field names of digest.json version 1', async () => {
    const { digest } = await runDigest([writePile('in', PILE)], { db: join(dir, 'k.sqlite'), stages: doubleStages(), clock });
    const json = JSON.parse(JSON.stringify(digest)) as Record<string, unknown> & { documents: Record<string, unknown>[]; stories: Record<string, unknown>[] };
    expect(json.version).toBe(1);
    for (const d of json.documents) for (const k of ['id', 'path', 'title', 'outlet', 'agency', 'published', 'status']) expect(d).toHaveProperty(k);
    for (const s of json.stories) for (const k of ['id', 'title', 'documents', 'summary', 'entities', 'quotes', 'timeline']) expect(s).toHaveProperty(k);
    const entity = json.stories[0]!.entities as Record<string, unknown>[];
    for (const k of ['name', 'type', 'variants', 'documents']) expect(entity[0]).toHaveProperty(k);
  });

  it('is idempotent: a rerun on the same inputs stores nothing new and recomputes nothing', async () => {
    const pile = writePile('in', PILE);
    const db = join(dir, 'k.sqlite');
    await runDigest([pile], { db, stages: doubleStages(), clock });
    const store1 = openSqliteStore(db);
    const before = await snapshot(store1);
    await store1.close();
    const stages = doubleStages();
    const again = await runDigest([pile], { db, stages, clock });
    expect(again.ingest).toMatchObject({ inputs: 7, added: 0 });
    expect(stages.calls.summarize).toEqual([]);
    expect(stages.calls.analyze).toBe(0);
    expect(again.digest.stories.every((s) => s.status === 'unchanged')).toBe(true);
    expect(again.run.number).toBe(2);
    const store2 = openSqliteStore(db);
    expect(await snapshot(store2)).toEqual(before);
    await store2.close();
  });

  it('updates incrementally: new files touch only the stories they join', async () => {
    const db = join(dir, 'k.sqlite');
    await runDigest([writePile('day1', PILE)], { db, stages: doubleStages(), clock });
    const day2 = writePile('day2', {
      'b3.txt': 'موقع النهار\nمؤتمر المياه في يومه الثاني\nناقش المؤتمر في يومه الثاني تمويل مشاريع تحلية المياه.',
      'd1.txt': 'جريدة المساء\nزلزال يضرب الساحل\nضرب زلزال بقوة خمس درجات المنطقة الساحلية فجر الأربعاء.',
    });
    const stages = doubleStages();
    const r = await runDigest([day2], { db, stages, clock });
    expect(r.stories).toEqual({ created: 1, changed: 1, removed: 0 });
    expect(stages.calls.summarize).toHaveLength(2);
    expect(stages.calls.analyze).toBe(2);
    const byTitle = new Map(r.digest.stories.map((s) => [s.title?.split(' ')[0], s]));
    expect(byTitle.get('مؤتمر')).toMatchObject({ status: 'changed', created: 1, updated: 2 });
    expect(byTitle.get('زلزال')).toMatchObject({ status: 'new', created: 2 });
    expect(byTitle.get('فيضانات')).toMatchObject({ status: 'unchanged' });
    expect(r.digest.counts.documents).toBe(9);
  });

  it('records an exact copy found at another path as a duplicate of the stored article', async () => {
    const db = join(dir, 'k.sqlite');
    await runDigest([writePile('in', PILE)], { db, stages: doubleStages(), clock });
    const r = await runDigest([writePile('archive', { 'c1-again.txt': `${PILE['c1.txt']}\n\n` })], { db, stages: doubleStages(), clock });
    const c1 = r.digest.documents.find((d) => d.path.endsWith('c1.txt'))!;
    const again = r.digest.documents.find((d) => d.path.endsWith('c1-again.txt'))!;
    expect(again).toMatchObject({ status: 'duplicate', reason: 'exact', duplicateOf: c1.id, story: c1.story });
    expect(again.id).not.toBe(c1.id);
    const rerun = await runDigest([join(dir, 'archive')], { db, stages: doubleStages(), clock });
    expect(rerun.ingest.added).toBe(0);
  });

  it('recovers from a run that stopped half way: the store ends as if it had not', async () => {
    const pile = writePile('in', PILE);
    const whole = join(dir, 'whole.sqlite');
    await runDigest([pile], { db: whole, stages: doubleStages(), clock });
    const broken = join(dir, 'broken.sqlite');
    await expect(runDigest([pile], { db: broken, stages: doubleStages(undefined, 3), clock })).rejects.toThrow('simulated crash');
    const r = await runDigest([pile], { db: broken, stages: doubleStages(), clock });
    expect(r.run.number).toBe(1);
    const [a, b] = [openSqliteStore(whole), openSqliteStore(broken)];
    expect(await snapshot(b)).toEqual(await snapshot(a));
    expect((await b.runs()).map((x) => x.status)).toEqual(['interrupted', 'done']);
    await a.close();
    await b.close();
  });

  it('re-summarizes every story when the word budget changes, and leaves analysis out when asked', async () => {
    const pile = writePile('in', PILE);
    const db = join(dir, 'k.sqlite');
    await runDigest([pile], { db, stages: doubleStages(), clock, analysis: false });
    const stages = doubleStages();
    const r = await runDigest([pile], { db, stages, clock, words: 10, analysis: false });
    expect(stages.calls.summarize).toHaveLength(3);
    expect(stages.calls.analyze).toBe(0);
    expect(r.digest.stories.every((s) => s.entities.length === 0 && s.summaryWords <= 10)).toBe(true);
  });

  it('recomputes the outputs a different version of the stages made, and keeps showing them until then', async () => {
    const pile = writePile('in', PILE);
    const db = join(dir, 'k.sqlite');
    const versioned = (summary: string, analysis: string) => {
      const stages = doubleStages();
      return { stages, run: () => runDigest([pile], { db, stages: { ...stages, versions: { summary, analysis } }, clock }) };
    };
    await versioned('s1', 'a1').run();
    const same = versioned('s1', 'a1');
    await same.run();
    expect([same.stages.calls.summarize.length, same.stages.calls.analyze]).toEqual([0, 0]);
    const newAnalysis = versioned('s1', 'a2');
    const r = await newAnalysis.run();
    expect([newAnalysis.stages.calls.summarize.length, newAnalysis.stages.calls.analyze]).toEqual([0, 3]);
    expect(r.outputs).toEqual({ summarized: 0, analyzed: 3, failed: [] });
    const newSummary = versioned('s2', 'a2');
    await newSummary.run();
    expect([newSummary.stages.calls.summarize.length, newSummary.stages.calls.analyze]).toEqual([3, 0]);
    // A reader with no version (or another one) still shows the stored analysis of the same members.
    const store = openSqliteStore(db);
    const last = (await store.runs()).at(-1)!;
    const { digest } = await buildDigest(store, last, { words: 120, analysis: true });
    expect(digest.stories.some((s) => s.entities.length > 0)).toBe(true);
    await store.close();
  });

  it('builds the digest of a run from the analyses it just computed, without reading them back, as the store would give them', async () => {
    const pile = writePile('in', PILE);
    const store = openSqliteStore(join(dir, 'k.sqlite'));
    const read = store.analysis.bind(store);
    let reads = 0;
    store.analysis = (id) => (reads++, read(id));
    const first = await runDigest([pile], { store, stages: doubleStages(), clock });
    expect(first.outputs.analyzed).toBe(3);
    expect(reads).toBe(0);
    expect(first.outputs).not.toHaveProperty('made');
    const fromStore = await buildDigest(store, first.run, { words: 120, analysis: true });
    expect(reads).toBe(3);
    expect(first.digest).toStrictEqual(fromStore.digest);
    // A run that analyzes nothing reads the stored analyses back.
    reads = 0;
    const second = await runDigest([pile], { store, stages: doubleStages(), clock });
    expect([second.outputs.analyzed, reads]).toEqual([0, 3]);
    expect(second.digest.stories.map((s) => s.entities)).toEqual(first.digest.stories.map((s) => s.entities));
    await store.close();
  });

  it('replays duplicate detection from stored fingerprints and reads no stored article for the furniture context', async () => {
    const copy = 'صحيفة الغد\nفيضانات في الجنوب\nغمرت السيول عدة قرى في الجنوب صباح السبت بعد أمطار غزيرة جدا.\nوقال مسؤول محلي إن فرق الإنقاذ أجلت عشرات الأسر.';
    // Reading stages (no furniture counts) read the stored articles of صحيفة الغد (a1, b1); counting stages read none.
    for (const [stages, expected] of [
      [doubleStages(), []],
      [withoutFurnitureCounts(doubleStages()), [['a1.txt', 'b1.txt']]],
    ] as const) {
      const db = join(dir, `k-${expected.length}.sqlite`);
      await runDigest([writePile('day1', PILE)], { db, stages: doubleStages(), clock });
      const store = openSqliteStore(db);
      const reads: string[][] = [];
      let listed = 0;
      const counting: Store = Object.assign(Object.create(store) as Store, {
        documents: async (ids?: readonly DocumentId[]) => {
          const docs = await store.documents(ids);
          if (ids === undefined) listed++;
          else reads.push(docs.map((d) => d.path.split('/').pop()!).sort());
          return docs;
        },
      });
      const r = await runDigest([writePile('day2', { 'a4.txt': copy })], { store: counting, stages, clock, analysis: false });
      expect(listed).toBe(0);
      expect(stages.calls.fingerprints).toBe(1);
      expect(reads).toEqual(expected);
      expect(r.digest.documents.find((d) => d.path.endsWith('a4.txt'))).toMatchObject({ status: 'duplicate', reason: 'near' });
      await store.close();
    }
  });

  it('counts the furniture of a store from before counts were kept once, on the first run that needs them, to the same store', async () => {
    const day1 = writePile('day1', PILE);
    const [kept, old] = [join(dir, 'kept.sqlite'), join(dir, 'old.sqlite')];
    for (const db of [kept, old]) await runDigest([day1], { db, stages: doubleStages(), clock });
    // What a store written before migration 6 looks like: no furniture tables.
    const sql = new Database(old);
    sql.exec('DROP TABLE furniture_uncounted; DROP TABLE furniture_lines; DROP TABLE furniture_groups; DELETE FROM schema_migrations WHERE version >= 6');
    sql.close();
    const reads = async (db: string, day: Readonly<Record<string, string>>, name: string): Promise<string[][]> => {
      const store = openSqliteStore(db);
      const seen: string[][] = [];
      const counting: Store = Object.assign(Object.create(store) as Store, {
        documents: async (ids?: readonly DocumentId[]) => {
          const docs = await store.documents(ids);
          if (ids !== undefined) seen.push(docs.map((d) => d.path.split('/').pop()!).sort());
          return docs;
        },
      });
      await runDigest([day1, writePile(name, day)], { store: counting, stages: doubleStages(), clock, analysis: false });
      await store.close();
      return seen;
    };
    const day2 = { 'd1.txt': 'صحيفة الغد\nزلزال يضرب الساحل\nضرب زلزال بقوة خمس درجات المنطقة الساحلية.\nتابعونا على مواقع التواصل.' };
    const day3 = { 'e1.txt': 'صحيفة الغد\nحريق في الغابة\nاندلع حريق واسع في غابة شمال المدينة مساء الجمعة.\nتابعونا على مواقع التواصل.' };
    expect(await reads(kept, day2, 'day2')).toEqual([]);
    // The old store reads its non-rejected articles once to count them, then never again.
    expect(await reads(old, day2, 'day2')).toEqual([['a1.txt', 'a2.txt', 'a3-copy.txt', 'b1.txt', 'b2.txt', 'c1.txt']]);
    expect(await reads(old, day3, 'day3')).toEqual([]);
    await reads(kept, day3, 'day3');
    const [x, y] = [openSqliteStore(kept), openSqliteStore(old)];
    expect(await snapshot(y)).toEqual(await snapshot(x));
    expect(await y.uncountedFurniture()).toEqual([]);
    const lines = new Map([['صحيفة الغد', ['تابعونا على مواقع التواصل.']]]);
    expect(await y.furnitureCounts(lines)).toEqual(await x.furnitureCounts(lines));
    expect((await x.furnitureCounts(lines)).get('صحيفة الغد')).toEqual({ members: 4, lines: new Map([['تابعونا على مواقع التواصل.', 4]]) });
    await x.close();
    await y.close();
  });

  it('fingerprints the documents of a store from before fingerprints were kept once, on the first run that needs them', async () => {
    const db = join(dir, 'k.sqlite');
    await runDigest([writePile('day1', PILE)], { db, stages: doubleStages(), clock });
    const sql = new Database(db);
    sql.exec('DELETE FROM document_fingerprints');
    sql.close();
    const first = doubleStages();
    await runDigest([writePile('day2', { 'd1.txt': 'جريدة المساء\nزلزال يضرب الساحل\nضرب زلزال بقوة خمس درجات المنطقة الساحلية فجر الأربعاء.' })], { db, stages: first, clock });
    const replayed = 6; // PILE's five ok documents and its near copy; not the rejected one
    expect(first.calls.fingerprints).toBe(replayed + 1);
    const next = doubleStages();
    await runDigest([writePile('day3', { 'e1.txt': 'جريدة المساء\nمعرض الكتاب\nافتتح معرض الكتاب أبوابه للزوار صباح الخميس.' })], { db, stages: next, clock });
    expect(next.calls.fingerprints).toBe(1);
  });

  it('keeps the cluster terms of each independent report, computed once at ingest, and replays from them', async () => {
    const db = join(dir, 'k.sqlite');
    const stages = doubleStages();
    await runDigest([writePile('day1', PILE)], { db, stages, clock });
    expect(stages.calls.clusterTerms).toBe(5);
    const store = openSqliteStore(db);
    const docs = await store.documents();
    const terms = await store.terms(docs.map((d) => d.id));
    for (const d of docs) expect(terms.get(d.id)).toEqual(d.status === 'ok' ? stages.clusterTerms(d.text) : null);
    await store.close();

    const again = doubleStages();
    await runDigest([join(dir, 'day1'), writePile('day2', { 'd1.txt': 'جريدة المساء\nزلزال يضرب الساحل\nضرب زلزال بقوة خمس درجات المنطقة الساحلية.' })], { db, stages: again, clock });
    expect(again.calls.clusterTerms).toBe(1);
  });

  it('works on a store from before terms were kept: computes them on first use, with the same stories and digest', async () => {
    const pile = writePile('in', PILE);
    const [kept, old] = [join(dir, 'kept.sqlite'), join(dir, 'old.sqlite')];
    await runDigest([pile], { db: kept, stages: doubleStages(), clock });
    await runDigest([pile], { db: old, stages: doubleStages(), clock });
    // What a store written by that earlier version looks like: no terms or fingerprints, no run owners, schema version 2.
    const sql = new Database(old);
    sql.exec('DROP TABLE furniture_uncounted; DROP TABLE furniture_lines; DROP TABLE furniture_groups; DROP TABLE document_terms; DROP TABLE document_fingerprints; ALTER TABLE runs DROP COLUMN owner; DELETE FROM schema_migrations WHERE version >= 3');
    sql.close();
    const added = { 'd1.txt': 'جريدة المساء\nفيضانات جديدة\nعادت السيول إلى قرى الجنوب مساء الأحد.' };
    const stages = doubleStages();
    const a = await runDigest([pile, writePile('more', added)], { db: kept, stages: doubleStages(), clock });
    const b = await runDigest([pile, join(dir, 'more')], { db: old, stages, clock });
    expect(stages.calls.clusterTerms).toBe(6);
    expect(b.digest).toEqual(a.digest);
    expect(b.stories).toEqual(a.stories);
    const [x, y] = [openSqliteStore(kept), openSqliteStore(old)];
    const ids = (await x.documents()).map((d) => d.id);
    expect(await y.terms(ids)).toEqual(await x.terms(ids));
    await x.close();
    await y.close();
    const later = doubleStages();
    await runDigest([pile], { db: old, stages: later, clock });
    expect(later.calls.clusterTerms).toBe(0);
  });

  it('with since, shows the stories with an article of the window, each with its older articles, and the window\'s own inputs', async () => {
    const db = join(dir, 'k.sqlite');
    const { 'a3-copy.txt': copy, 'b1.txt': b1, 'b2.txt': b2, ...day1 } = PILE;
    await runDigest([writePile('day1', day1)], { db, stages: doubleStages(), clock: () => '2026-11-20T08:00:00.000Z' });
    const day2 = writePile('day2', { 'a3-copy.txt': copy!, 'b1.txt': b1!, 'b2.txt': b2! });
    const r = await runDigest([day2], { db, stages: doubleStages(), clock: () => '2026-11-22T08:00:00.000Z', since: '2026-11-21' });
    const names = (ids: readonly DocumentId[]): string[] => ids.map((id) => r.digest.documents.find((d) => d.id === id)!.path.split('/').pop()!).sort();
    expect(r.digest.stories.map((s) => names(s.documents))).toEqual([['a1.txt', 'a2.txt', 'a3-copy.txt'], ['b1.txt', 'b2.txt']]);
    expect(r.digest.documents.map((d) => d.path.split('/').pop()).sort()).toEqual(['a1.txt', 'a2.txt', 'a3-copy.txt', 'b1.txt', 'b2.txt']);
    expect(r.digest.counts).toEqual({ documents: 5, ok: 4, duplicate: 1, rejected: 0, stories: 2 });
    expect(r.digest.run.since).toBe('2026-11-21');
    const store = openSqliteStore(db);
    const whole = await buildDigest(store, r.run, { words: 120, analysis: true });
    await store.close();
    expect(whole.digest.counts).toEqual({ documents: 7, ok: 5, duplicate: 1, rejected: 1, stories: 3 });
    expect(whole.digest.run.since).toBeUndefined();
    await expect(runDigest([day2], { db, stages: doubleStages(), clock, since: 'yesterday' })).rejects.toMatchObject({ code: 'malformed' });
    const check = openSqliteStore(db);
    expect(await check.runs()).toHaveLength(2);
    await check.close();
  });

  it('ingestToStore stores inputs without building stories', async () => {
    const db = join(dir, 'k.sqlite');
    const r = await ingestToStore([writePile('in', PILE)], db, { stages: doubleStages(), clock });
    expect(r.ingest).toEqual({ inputs: 7, added: 7, ok: 5, duplicate: 1, rejected: 1 });
    const store = openSqliteStore(db);
    expect(await store.stories()).toEqual([]);
    await store.close();
  });

  it('exports only the public names', async () => {
    expect(Object.keys(await import('../../src/pipeline/index.js')).sort()).toEqual(['DIGEST_DEFAULTS', 'DIGEST_FILES', 'buildDigest', 'defaultStages', 'ingestToStore', 'parseSince', 'runDigest', 'writeDigestFiles']);
  });
});
