/** `khulasa eval stems [--details]`: merge precision/recall of the stemmers on the gold classes. */
import { existsSync } from 'node:fs';
import { EXIT, type CliIo } from '../io.js';
import { STEMMERS, STEM_GOLD_FILE, STEM_HELDOUT_FILE, evaluateStemmer, loadStemClasses, type StemClass } from '../../eval/stems.js';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

function report(title: string, classes: readonly StemClass[], details: boolean, io: CliIo): void {
  const results = STEMMERS.map(([name, stemmer]) => [name, evaluateStemmer(classes, stemmer), stemmer] as const);
  const first = results[0]![1];
  io.stdout(`${title}: ${first.words} words in ${first.classes} classes, ${first.positivePairs} positive pairs\n\n`);
  io.stdout(`${'stemmer'.padEnd(36)} ${'P %'.padStart(6)} ${'R %'.padStart(6)} ${'F1 %'.padStart(6)}  merged  false  whole classes\n`);
  for (const [name, s] of results) {
    io.stdout(`${name.padEnd(36)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${String(s.mergedPairs).padStart(6)} ${String(s.mergedPairs - s.truePairs).padStart(6)}  ${s.wholeClasses}/${s.classes}\n`);
  }
  if (details) {
    for (const [name, s, stemmer] of results) {
      const confused = [...s.confusedClasses].map(([pair, n]) => `${pair} (${n})`).join(', ');
      io.stdout(`\n### ${name}\nfalse merges: ${confused === '' ? 'none' : confused}\n`);
      for (const c of classes) io.stdout(`${c.name}: ${c.words.map((w) => stemmer(w)).join(' ')}\n`);
    }
  }
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const details = args.includes('--details');
  const unknown = args.filter((a) => a !== '--details');
  if (unknown.length > 0) {
    io.stderr(`Usage: khulasa eval stems [--details]\nunknown argument: ${unknown.join(' ')}\n`);
    return EXIT.usage;
  }
  if (!existsSync(STEM_GOLD_FILE)) {
    io.stdout(`skipped: the stem gold list (${STEM_GOLD_FILE}) is absent\n`);
    return EXIT.ok;
  }
  report('Stem merges', loadStemClasses(), details, io);
  if (existsSync(STEM_HELDOUT_FILE)) report('\nHeld-out classes (written after the stemmer was fixed)', loadStemClasses(STEM_HELDOUT_FILE), details, io);
  return EXIT.ok;
}
