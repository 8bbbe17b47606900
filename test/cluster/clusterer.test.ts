import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createClusterer, storyIdOf } from '../../src/cluster/index.js';
import { documentId, type StoryId } from '../../src/core/index.js';
import { generateStream } from '../../src/eval/cluster-synthetic.js';

const dir = new URL('../fixtures/cluster/reworded-headlines-one-event/', import.meta.url);
const text = (name: string): string => readFileSync(new URL(`${name}.txt`, dir), 'utf8');
const expected = (JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { stories: string[][] }).stories;
const order = ['flood-1', 'bank-1', 'festival-1', 'flood-2', 'bank-2', 'flood-3'];

const partition = (groups: readonly (readonly string[])[]): string[] => groups.map((g) => [...g].sort().join(' ')).sort();

describe('createClusterer on written articles', () => {
  it('puts reworded reports of one event in one story and keeps unrelated articles apart', () => {
    const c = createClusterer();
    for (const name of order) c.add({ id: documentId(name), text: text(name) });
    expect(partition(c.stories().map((s) => s.documents))).toEqual(partition(expected));
  });

  it('derives story ids from founding documents, records runs, and repeats itself on a rerun', () => {
    const run = (): { ids: StoryId[]; stories: ReturnType<ReturnType<typeof createClusterer>['stories']> } => {
      const c = createClusterer();
      const ids = order.map((name, i) => c.add({ id: documentId(name), text: text(name) }, i < 3 ? 'run-1' : 'run-2'));
      return { ids, stories: c.stories() };
    };
    const first = run();
    expect(run()).toEqual(first);
    const flood = first.stories.find((s) => s.documents.includes(documentId('flood-1')))!;
    expect(flood.id).toBe(storyIdOf(documentId('flood-1')));
    expect(flood).toMatchObject({ created: 'run-1', updated: 'run-2' });
    const festival = first.stories.find((s) => s.documents.includes(documentId('festival-1')))!;
    expect(festival).toMatchObject({ created: 'run-1', updated: 'run-1' });
  });

  it('puts a duplicate in its original story', () => {
    const c = createClusterer();
    const original = c.add({ id: documentId('bank-1'), text: text('bank-1') });
    c.add({ id: documentId('festival-1'), text: text('festival-1') });
    expect(c.add({ id: documentId('copy'), text: text('festival-1'), duplicateOf: documentId('bank-1') })).toBe(original);
    expect(c.storyOf(documentId('copy'))).toBe(original);
  });

  it('reads a headline given apart (as ingest keeps it) as the lead: it can name the event the body leaves vague', () => {
    const split = (t: string): { title: string; body: string } => ({ title: t.slice(0, t.indexOf('\n')), body: t.slice(t.indexOf('\n') + 1) });
    const followUp = split(readFileSync(new URL('../fixtures/cluster/headline-names-the-event/follow-up.txt', import.meta.url), 'utf8'));
    const story = (title: string | null): StoryId => {
      const c = createClusterer();
      for (const name of ['flood-1', 'bank-1', 'festival-1', 'flood-2']) {
        const d = split(text(name));
        c.add({ id: documentId(name), text: d.body, title: d.title });
      }
      return c.add({ id: documentId('follow-up'), text: followUp.body, title });
    };
    expect(story(followUp.title)).toBe(storyIdOf(documentId('flood-1')));
    expect(story(null)).toBe(storyIdOf(documentId('follow-up')));
  });

  it('does not join a story whose dates are weeks away when the text is only loosely similar', () => {
    const c = createClusterer();
    const a = c.add({ id: documentId('flood-1'), text: text('flood-1'), published: '2026-01-05' });
    expect(c.add({ id: documentId('flood-3'), text: text('flood-3'), published: '2026-01-06' })).toBe(a);
    expect(c.add({ id: documentId('flood-2'), text: text('flood-2'), published: '2026-06-20' })).not.toBe(a);
  });
});

describe('createClusterer on generated streams', () => {
  it('partitions the input: every document in exactly one story, in arrival order, as storyOf says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 50, max: 300 }), (seed, n) => {
        const docs = generateStream({ documents: n, seed });
        const c = createClusterer();
        const assigned = docs.map((d) => c.add({ id: documentId(d.id), text: d.text }));
        const stories = c.stories();
        const members = stories.flatMap((s) => s.documents);
        expect(members.length).toBe(docs.length);
        expect(new Set(members).size).toBe(docs.length);
        for (const s of stories) {
          expect(s.documents.length).toBeGreaterThan(0);
          expect(s.documents.map(storyIdOf)).toContain(s.id);
          const positions = s.documents.map((d) => docs.findIndex((x) => x.id === d));
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        }
        for (const s of stories) for (const d of s.documents) expect(c.storyOf(d)).toBe(s.id);
        // A document's story at arrival is its final story unless a later arrival merged that story into an earlier one.
        docs.forEach((d, i) => {
          const final = c.storyOf(documentId(d.id))!;
          if (assigned[i] !== final) expect(stories.find((s) => s.id === assigned[i])).toBeUndefined();
        });
      }),
      { seed: 3, numRuns: 10 },
    );
  });

  it('re-tests stories of one or two documents when a nearby story grows, and without that never moves a document', () => {
    const docs = generateStream({ documents: 3000, seed: 11 });
    const run = (revisitSize: number): { assigned: string[]; final: string[]; stories: number } => {
      const c = createClusterer({ revisitSize });
      const assigned = docs.map((d) => c.add({ id: documentId(d.id), text: d.text }) as string);
      const stories = c.stories();
      const members = stories.flatMap((s) => s.documents);
      expect(new Set(members).size).toBe(docs.length);
      expect(members.length).toBe(docs.length);
      for (const s of stories) for (const d of s.documents) expect(c.storyOf(d)).toBe(s.id);
      return { assigned, final: docs.map((d) => c.storyOf(documentId(d.id)) as string), stories: stories.length };
    };
    const fixed = run(0);
    expect(fixed.final).toEqual(fixed.assigned);
    const revisited = run(2);
    expect(revisited.final).not.toEqual(revisited.assigned);
    expect(revisited.stories).toBeLessThan(new Set(revisited.assigned).size);
    // Only documents of stories of at most two move, into a story that already had members and keeps its id.
    const founded = new Map<string, number>();
    for (const a of revisited.assigned) founded.set(a, (founded.get(a) ?? 0) + 1);
    revisited.assigned.forEach((a, i) => {
      if (a !== revisited.final[i]) {
        expect(founded.get(a)).toBeLessThanOrEqual(2);
        expect(founded.get(revisited.final[i]!)).toBeGreaterThan(0);
      }
    });
  });
});

describe('createClusterer active window', () => {
  it('stops offering a story nobody joined for activeDocuments arrivals', () => {
    const docs = generateStream({ documents: 400, seed: 8 });
    const c = createClusterer({ activeDocuments: 1 });
    const first = c.add({ id: documentId('flood-1'), text: text('flood-1') });
    for (const d of docs) c.add({ id: documentId(d.id), text: d.text });
    const open = createClusterer();
    const joined = open.add({ id: documentId('flood-1'), text: text('flood-1') });
    for (const d of docs) open.add({ id: documentId(d.id), text: d.text });
    expect(open.add({ id: documentId('flood-2'), text: text('flood-2') })).toBe(joined);
    expect(c.add({ id: documentId('flood-2'), text: text('flood-2') })).not.toBe(first);
  });
});
