/**
 * Story analysis (entities, quotes, timeline, disagreements) on generated stories: each document is
 * a seeded shuffle of paragraphs from the hand-written gold passages (test/fixtures/analyze/gold), so
 * the text is news-like and dense in names, quotes and dates. Reports time per document and per
 * story at several story sizes (5 to 500 documents: the per-document cost should stay flat, the
 * story-level merges being indexed rather than pairwise), and documents/s over a pile of 5-document stories (the digest's
 * typical shape). `npm run bench -- analyze` or `node --expose-gc --import tsx bench/analyze.bench.ts [pile-size]`.
 */
import { analyzeDocument, analyzeStory } from '../src/analyze/index.js';
import { cleanDocument, documentId, seededRandom, type CleanDocument } from '../src/core/index.js';
import { readGold } from '../src/eval/analysis.js';
import { fmt, measure } from './measure.js';

const pileSize = Number(process.argv[2] ?? '1000') || 1000;
const paragraphs = readGold().flatMap((c) => c.text.split('\n')).filter((p) => p.length > 40);


function makeDocument(id: string, rand: () => number): CleanDocument {
  const n = 6 + Math.floor(rand() * 8);
  const chosen = Array.from({ length: n }, () => paragraphs[Math.floor(rand() * paragraphs.length)] as string);
  const outlet = `outlet-${Math.floor(rand() * 12)}`;
  const day = 1 + Math.floor(rand() * 28);
  return cleanDocument({ id: documentId(id), path: `${id}.txt`, outlet, published: `2026-05-${String(day).padStart(2, '0')}`, paragraphs: chosen, contentHash: id });
}

const story = (size: number, seed: number): CleanDocument[] => {
  const rand = seededRandom(seed);
  return Array.from({ length: size }, (_, i) => makeDocument(`s${seed}-d${i}`, rand));
};

/** CPU milliseconds (user) spent by `work`, alongside `measure`'s wall time: steadier on a shared machine. */
async function timed(work: () => void): Promise<{ wallMs: number; cpuMs: number; rss: number }> {
  const c0 = process.cpuUsage();
  const m = await measure(work);
  return { wallMs: m.seconds * 1000, cpuMs: process.cpuUsage(c0).user / 1000, rss: m.peakRssMB };
}

const words = (docs: readonly CleanDocument[]): number => docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);

console.log(`Generated from ${paragraphs.length} gold paragraphs.\n`);
console.log('| story size (documents) | words | analyzeStory wall ms | CPU ms | CPU ms per document | peak RSS MB |\n|---|---|---|---|---|---|');
for (const size of [5, 20, 100, 500]) {
  const docs = story(size, size);
  analyzeStory(docs.slice(0, 2));
  const runs = size >= 500 ? 1 : size >= 100 ? 2 : 10;
  const t = await timed(() => {
    for (let r = 0; r < runs; r++) analyzeStory(docs);
  });
  console.log(`| ${size} | ${words(docs).toLocaleString('en')} | ${fmt(t.wallMs / runs, 0)} | ${fmt(t.cpuMs / runs, 0)} | ${fmt(t.cpuMs / runs / size, 2)} | ${fmt(t.rss, 0)} |`);
}

const pile: CleanDocument[][] = Array.from({ length: Math.ceil(pileSize / 5) }, (_, s) => story(5, 1000 + s));
const pileDocs = pile.flat();
const single = await timed(() => {
  for (const d of pileDocs) analyzeDocument(d);
});
const stories = await timed(() => {
  for (const s of pile) analyzeStory(s);
});
const n = pileDocs.length;
console.log(`\nPile: ${n.toLocaleString('en')} documents (${words(pileDocs).toLocaleString('en')} words) in ${pile.length} stories of 5.\n`);
console.log('| what | wall s | documents/s (wall) | CPU ms per document | CPU ms per story | peak RSS MB |\n|---|---|---|---|---|---|');
console.log(`| analyzeDocument (one pass) | ${fmt(single.wallMs / 1000, 2)} | ${Math.round((n * 1000) / single.wallMs).toLocaleString('en')} | ${fmt(single.cpuMs / n, 2)} | | ${fmt(single.rss, 0)} |`);
console.log(`| analyzeStory (two passes + merge) | ${fmt(stories.wallMs / 1000, 2)} | ${Math.round((n * 1000) / stories.wallMs).toLocaleString('en')} | ${fmt(stories.cpuMs / n, 2)} | ${fmt(stories.cpuMs / pile.length, 1)} | ${fmt(stories.rss, 0)} |`);
