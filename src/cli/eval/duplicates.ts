import { loadStorySet } from '../../eval/cluster-corpus.js';
import { ingestSeedCleaner } from '../../eval/cluster-seeds.js';
import { generateDuplicateSet } from '../../eval/duplicates-set.js';
import { evaluateDuplicates } from '../../eval/duplicates.js';
import { intFlag, parseArgs } from '../args.js';
import { EXIT, type CliIo } from '../io.js';
import { skippedJson } from './skipped.js';

const USAGE = 'khulasa eval duplicates [--sets N] [--json] [--mistakes]';
const f3 = (x: number): string => x.toFixed(3);

/** Precision and recall of duplicate and syndication links on N generated sets (seeds 1..N). */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { valued: ['sets'], boolean: ['json', 'mistakes'] });
  if (!parsed.ok) return usage(io, parsed.error);
  const sets = intFlag(parsed.args, 'sets', 3, 1, 100);
  if (typeof sets === 'string') return usage(io, sets);
  const loaded = loadStorySet(ingestSeedCleaner);
  if ('missing' in loaded) {
    io.stdout(parsed.args.flags.has('json') ? skippedJson(loaded.missing) : `duplicates: skipped, ${loaded.missing}\n`);
    return EXIT.ok;
  }
  const results = Array.from({ length: sets }, (_, i) => evaluateDuplicates(generateDuplicateSet(loaded.texts, i + 1)));
  if (parsed.args.flags.has('json')) {
    io.stdout(`${JSON.stringify(results.map(({ mistakes: _m, ...r }) => r))}\n`);
    return EXIT.ok;
  }
  io.stdout(`Duplicate and syndication links on ${sets} generated sets from ${loaded.texts.length} base texts\n\n`);
  io.stdout('| set | documents | gold links | predicted | precision | recall | hard-negative pairs | false links among them |\n|---|---|---|---|---|---|---|---|\n');
  results.forEach((r, i) => {
    io.stdout(`| ${i + 1} | ${r.documents} | ${r.goldLinks} | ${r.predictedLinks} | ${f3(r.precision)} | ${f3(r.recall)} | ${r.hardNegatives.pairs} | ${r.hardNegatives.falseLinks} |\n`);
  });
  const sum = (f: (r: (typeof results)[number]) => number): number => results.reduce((s, r) => s + f(r), 0);
  io.stdout(`| all | ${sum((r) => r.documents)} | ${sum((r) => r.goldLinks)} | ${sum((r) => r.predictedLinks)} | ${f3(sum((r) => r.correctLinks) / Math.max(1, sum((r) => r.predictedLinks)))} | ${f3(sum((r) => r.correctLinks) / Math.max(1, sum((r) => r.goldLinks)))} | | |\n`);

  const byEdit = new Map<string, { links: number; found: number }>();
  for (const r of results) for (const [e, c] of Object.entries(r.byEdit)) {
    const t = byEdit.get(e) ?? { links: 0, found: 0 };
    byEdit.set(e, { links: t.links + c.links, found: t.found + c.found });
  }
  io.stdout('\nRecall by edit (a copy counts under each of its edits):\n\n| edit | links | recall |\n|---|---|---|\n');
  for (const [e, c] of [...byEdit].sort()) io.stdout(`| ${e} | ${c.links} | ${f3(c.found / c.links)} |\n`);
  const kinds = new Map<string, Map<string, number>>();
  for (const r of results) for (const [cls, counts] of Object.entries(r.kinds)) {
    const m = kinds.get(cls) ?? new Map<string, number>();
    for (const [k, n] of Object.entries(counts)) m.set(k, (m.get(k) ?? 0) + n);
    kinds.set(cls, m);
  }
  io.stdout('\nKind given to correct links:\n\n| edits | exact | near | syndicated |\n|---|---|---|---|\n');
  for (const [cls, m] of [...kinds].sort()) io.stdout(`| ${cls} | ${m.get('exact') ?? 0} | ${m.get('near') ?? 0} | ${m.get('syndicated') ?? 0} |\n`);
  if (parsed.args.flags.has('mistakes')) for (const r of results) for (const m of r.mistakes) io.stdout(`  ${m}\n`);
  return EXIT.ok;
}

function usage(io: CliIo, error: string): number {
  io.stderr(`${error}\nUsage: ${USAGE}\n`);
  return EXIT.usage;
}
