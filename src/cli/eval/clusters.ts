import { loadStorySet } from '../../eval/cluster-corpus.js';
import { ingestReader, ingestSeedCleaner } from '../../eval/cluster-seeds.js';
import { evaluateClusters } from '../../eval/clusters.js';
import { isStorySplit, storySplit, STORY_SPLITS } from '../../eval/cluster-split.js';
import { intFlag, parseArgs } from '../args.js';
import { EXIT, type CliIo } from '../io.js';
import { skippedJson } from './skipped.js';

const USAGE = `khulasa eval clusters [--orders N] [--ingest] [--split ${STORY_SPLITS.join('|')}] [--json] [--errors]`;
const f3 = (x: number): string => x.toFixed(3);

/** B-cubed P/R/F1 of story clustering on TAC topics + EASC articles + seeds, over N seeded arrival orders. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { valued: ['orders', 'split'], boolean: ['json', 'errors', 'ingest'] });
  if (!parsed.ok) return usage(io, parsed.error);
  const orders = intFlag(parsed.args, 'orders', 5, 1, 100);
  if (typeof orders === 'string') return usage(io, orders);
  const split = parsed.args.flags.get('split') ?? 'all';
  if (typeof split !== 'string' || !isStorySplit(split)) return usage(io, `--split must be one of ${STORY_SPLITS.join(', ')}`);
  // --ingest: every file read as `khulasa digest` reads it (headline apart, date line removed).
  const viaIngest = parsed.args.flags.has('ingest');
  const loaded = viaIngest ? loadStorySet(ingestSeedCleaner, ingestReader) : loadStorySet(ingestSeedCleaner);
  if ('missing' in loaded) {
    io.stdout(parsed.args.flags.has('json') ? skippedJson(loaded.missing) : `clusters: skipped, ${loaded.missing}\n`);
    return EXIT.ok;
  }
  const r = evaluateClusters(storySplit(loaded.texts, split), orders);
  if (parsed.args.flags.has('json')) {
    io.stdout(`${JSON.stringify({ documents: r.documents, goldStories: r.goldStories, mean: r.mean, orders: r.orders })}\n`);
    return EXIT.ok;
  }
  io.stdout(`Story clustering, B-cubed: ${r.documents} documents, ${r.goldStories} gold stories (TAC 2011 topics, EASC articles, the seeds)${split === 'all' ? '' : `, ${split} part`}${viaIngest ? ', every file read by the ingest stage (headline apart)' : ''}\n\n`);
  io.stdout('| order | stories | precision | recall | F1 |\n|---|---|---|---|---|\n');
  for (const o of r.orders) io.stdout(`| ${o.order} | ${o.predictedStories} | ${f3(o.precision)} | ${f3(o.recall)} | ${f3(o.f1)} |\n`);
  io.stdout(`| mean | | ${f3(r.mean.precision)} | ${f3(r.mean.recall)} | ${f3(r.mean.f1)} |\n`);
  if (parsed.args.flags.has('errors')) {
    io.stdout('\nDocuments whose predicted story differs from their gold story (order 1), with their predicted story:\n');
    for (const e of r.errors) io.stdout(`  ${e.name} [${e.gold}]: ${e.with.join(', ')}\n`);
  }
  return EXIT.ok;
}

function usage(io: CliIo, error: string): number {
  io.stderr(`${error}\nUsage: ${USAGE}\n`);
  return EXIT.usage;
}
