/**
 * Dedup and story clustering on generated streams of 10,000 and 100,000 documents
 * (src/eval/cluster-synthetic.ts): wall time, documents/s and peak memory, cold (from clean text)
 * and on replay (fingerprints and terms kept from an earlier run), plus quality against the labels
 * the generator knows. `npm run bench dedup-cluster` or
 * `node --expose-gc --import tsx bench/dedup-cluster.bench.ts [--runs=N] [sizes...]`.
 *
 * Each size runs in a fresh child process after the same untimed warm-up (a 2,000-document stream
 * of another seed through dedup and clustering), so neither size inherits the other's compiled
 * code, text-layer caches or heap; the corpus is generated before timing and the heap collected
 * before each timed part. Each child also prints hashes of its copy links and final stories, so a
 * change meant to be faster can be checked to give the same output.
 *
 * On a shared machine one run of each size is at the mercy of whatever else runs meanwhile, and the
 * 10,000 run is short enough for a burst of load to move the ratio by 20%. So every size runs
 * `--runs` times (default 3) in fresh processes, the sizes interleaved (10k, 100k, 10k, 100k, ...) so
 * that a change of load touches both alike; every run is printed, and the ratio is that of the
 * medians, for wall time and for CPU time alike.
 */
import { createHash } from 'node:crypto';
import { createClusterer } from '../src/cluster/index.js';
import { documentId, type DocumentId } from '../src/core/index.js';
import { createDeduper, fingerprint, hashString, type Fingerprint } from '../src/dedup/index.js';
import { bcubed } from '../src/eval/cluster-metrics.js';
import { generateStream, type SyntheticDocument } from '../src/eval/cluster-synthetic.js';
import { key, keyTerms } from '../src/text/index.js';
import { cpuSecondsSince, fmt, inChildProcess, measure, median, type Measurement } from './measure.js';

const CHILD = '--one-size';
const WARM_UP = { documents: 2_000, seed: 7 };
const childSize = process.argv[2] === CHILD ? Number(process.argv[3]) : null;
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [10_000, 100_000];
const runsFlag = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = runsFlag === undefined ? 3 : Math.max(1, Number(runsFlag.slice('--runs='.length)) || 1);

interface Prepared {
  readonly doc: SyntheticDocument;
  readonly id: DocumentId;
  readonly contentHash: string;
}

/** `measure` plus the CPU seconds of this process: on a shared machine wall time includes waiting. */
async function timed(work: () => void): Promise<Measurement & { readonly cpu: number }> {
  const before = process.cpuUsage();
  const m = await measure(work);
  return { ...m, cpu: cpuSecondsSince(before) };
}

const row = (size: number, what: string, m: Measurement & { readonly cpu: number }): string =>
  `| ${size.toLocaleString('en')} | ${what} | ${fmt(m.seconds, 2)} | ${fmt(m.cpu, 2)} | ${Math.round(size / m.seconds).toLocaleString('en')} | ${fmt(m.peakRssMB, 0)} | ${fmt(m.peakHeapMB, 0)} |`;

interface ChildResult {
  readonly size: number;
  readonly wall: number;
  readonly cpu: number;
  readonly rows: readonly string[];
  readonly note: string;
}

/** The untimed warm-up, the same for every size: compiles the hot code and fills the text layer's caches as much for 10,000 as for 100,000. */
function warmUp(): void {
  const deduper = createDeduper();
  const clusterer = createClusterer();
  for (const p of prepare(generateStream(WARM_UP))) {
    const link = deduper.add({ id: p.id, text: p.doc.text, contentHash: p.contentHash });
    clusterer.add({ id: p.id, text: p.doc.text, duplicateOf: link?.original ?? null });
  }
}

const prepare = (docs: readonly SyntheticDocument[]): Prepared[] =>
  // The content hash comes from ingest; computed here outside the timings.
  docs.map((doc) => ({ doc, id: documentId(doc.id), contentHash: hashString(key(doc.text), 1).toString(16) }));

const digest = (lines: readonly string[]): string => createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);

async function runSize(size: number): Promise<ChildResult> {
  warmUp();
  const docs = generateStream({ documents: size, seed: 2026 });
  const prepared = prepare(docs);
  const stories = new Set(docs.map((d) => d.story)).size;
  const copies = docs.filter((d) => d.copyOf !== null).length;
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage.rss() / 2 ** 20;

  const links = new Map<string, string>();
  const linkLines: string[] = [];
  const dedup = await timed(() => {
    const deduper = createDeduper();
    for (const p of prepared) {
      const link = deduper.add({ id: p.id, text: p.doc.text, contentHash: p.contentHash });
      if (link !== null) {
        links.set(link.document, link.original);
        linkLines.push(`${link.kind} ${link.document} ${link.original} ${link.similarity}`);
      }
    }
  });
  let assigned: string[] = [];
  const cluster = await timed(() => {
    const clusterer = createClusterer();
    for (const p of prepared) clusterer.add({ id: p.id, text: p.doc.text, duplicateOf: (links.get(p.id) as DocumentId | undefined) ?? null });
    // Final stories: a later arrival may have moved an earlier document (deferred re-assignment).
    assigned = prepared.map((p) => clusterer.storyOf(p.id) ?? '');
  });
  const rows = [row(size, 'dedup (from text)', dedup), row(size, 'cluster (from text)', cluster)];

  const fingerprints: Fingerprint[] = prepared.map((p) => fingerprint(p.doc.text));
  const terms: string[][] = prepared.map((p) => keyTerms(p.doc.text));
  const replay = await timed(() => {
    const deduper = createDeduper();
    const clusterer = createClusterer();
    prepared.forEach((p, i) => {
      const link = deduper.add({ id: p.id, text: p.doc.text, contentHash: p.contentHash, fingerprint: fingerprints[i]! });
      clusterer.add({ id: p.id, text: p.doc.text, terms: terms[i]!, duplicateOf: link?.original ?? null });
    });
  });
  rows.push(row(size, 'replay: dedup + cluster from stored fingerprints and terms', replay));

  let truePositive = 0;
  for (const d of docs) if (d.copyOf !== null && links.get(d.id) === d.copyOf) truePositive++;
  const score = bcubed(assigned, docs.map((d) => String(d.story)));
  const note =
    `${size.toLocaleString('en')} documents (${stories.toLocaleString('en')} stories, ${copies.toLocaleString('en')} wire copies; RSS before timing ${fmt(baseline, 0)} MB): ` +
    `copy links precision ${fmt(truePositive / Math.max(1, links.size), 3)} recall ${fmt(truePositive / Math.max(1, copies), 3)}; ` +
    `stories B-cubed P ${fmt(score.precision, 3)} R ${fmt(score.recall, 3)} F1 ${fmt(score.f1, 3)}; ` +
    `output hashes: links ${digest(linkLines)}, stories ${digest(assigned)}`;
  return { size, wall: dedup.seconds + cluster.seconds, cpu: dedup.cpu + cluster.cpu, rows, note };
}

const runChild = (size: number): ChildResult => inChildProcess<ChildResult>(import.meta.url, [CHILD, String(size)]);

if (childSize !== null) {
  console.log(JSON.stringify(await runSize(childSize)));
} else {
  const results: ChildResult[][] = SIZES.map(() => []);
  for (let run = 0; run < RUNS; run++) SIZES.forEach((size, i) => results[i]!.push(runChild(size)));
  console.log('| run | documents | stage | wall s | CPU s | documents/s (wall) | peak RSS MB | peak heap MB |\n|---|---|---|---|---|---|---|---|');
  for (const runs of results) runs.forEach((r, run) => r.rows.forEach((line) => console.log(`| ${run + 1} ${line}`)));
  console.log('');
  for (const runs of results) runs.forEach((r, run) => console.log(`run ${run + 1}: ${r.note}`));
  const small = results[SIZES.indexOf(10_000)];
  const large = results[SIZES.indexOf(100_000)];
  if (small !== undefined && large !== undefined) {
    const list = (rs: readonly ChildResult[], pick: (r: ChildResult) => number): string => rs.map((r) => fmt(pick(r), 2)).join(', ');
    console.log('\ndedup + cluster from text, each run (seconds), 10,000 | 100,000 documents:');
    console.log(`  wall ${list(small, (r) => r.wall)} | ${list(large, (r) => r.wall)}`);
    console.log(`  CPU  ${list(small, (r) => r.cpu)} | ${list(large, (r) => r.cpu)}`);
    const [sw, lw, sc, lc] = [median(small.map((r) => r.wall)), median(large.map((r) => r.wall)), median(small.map((r) => r.cpu)), median(large.map((r) => r.cpu))];
    console.log(
      `medians of ${RUNS} runs, 100,000 vs 10,000: wall ${fmt(lw, 1)} s / ${fmt(sw, 2)} s = ${fmt(lw / sw, 1)}×, ` +
        `CPU ${fmt(lc, 1)} s / ${fmt(sc, 2)} s = ${fmt(lc / sc, 1)}× (limits: 12×, 60 s); ` +
        `per-run ratios (run i of each size), wall ${small.map((r, i) => fmt(large[i]!.wall / r.wall, 1)).join(', ')}, CPU ${small.map((r, i) => fmt(large[i]!.cpu / r.cpu, 1)).join(', ')}`,
    );
  }
}
