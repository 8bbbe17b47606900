/** `khulasa eval sentences [--errors]`: boundary precision/recall/F1 of khulasa and Intl.Segmenter. */
import { existsSync } from 'node:fs';
import { EXIT, type CliIo } from '../io.js';
import { SENTENCE_GOLD_DIR, SENTENCE_HELDOUT_DIR, evaluateSplitter, intlSplitter, khulasaSplitter, loadSentenceGold, type GoldPassage, type SentenceEvaluation } from '../../eval/sentences.js';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

const row = (name: string, e: SentenceEvaluation): string =>
  `${name.padEnd(34)} ${pct(e.withinLine.precision)} ${pct(e.withinLine.recall)} ${pct(e.withinLine.f1)}   ${pct(e.all.precision)} ${pct(e.all.recall)} ${pct(e.all.f1)}\n`;

function report(title: string, gold: readonly GoldPassage[], showErrors: boolean, io: CliIo): void {
  const systems: [string, SentenceEvaluation][] = [
    ['khulasa (؛ does not end)', evaluateSplitter(gold, khulasaSplitter())],
    ['khulasa (؛ ends a sentence)', evaluateSplitter(gold, khulasaSplitter({ semicolonEndsSentence: true }))],
    ["Intl.Segmenter('ar', sentence)", evaluateSplitter(gold, intlSplitter)],
  ];
  const first = systems[0]![1];
  io.stdout(`${title}: ${first.passages} passages, ${first.sentences} gold sentences, ${first.all.truePositives + first.all.falseNegatives} boundaries (${first.withinLine.truePositives + first.withinLine.falseNegatives} inside a line)\n\n`);
  io.stdout(`${''.padEnd(34)} ${'inside a line'.padEnd(17)}   all boundaries\n`);
  io.stdout(`${'splitter'.padEnd(34)} ${'P %'.padStart(5)} ${'R %'.padStart(5)} ${'F1 %'.padStart(5)}   ${'P %'.padStart(5)} ${'R %'.padStart(5)} ${'F1 %'.padStart(5)}\n`);
  for (const [name, e] of systems) io.stdout(row(name, e));
  if (showErrors) {
    for (const [name, e] of systems) {
      io.stdout(`\n### ${name}: ${e.errors.length} errors\n`);
      for (const err of e.errors) io.stdout(`${err.kind.padEnd(8)} ${err.passage}: ${err.context}\n`);
    }
  }
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const showErrors = args.includes('--errors');
  const unknown = args.filter((a) => a !== '--errors');
  if (unknown.length > 0) {
    io.stderr(`Usage: khulasa eval sentences [--errors]\nunknown argument: ${unknown.join(' ')}\n`);
    return EXIT.usage;
  }
  if (!existsSync(SENTENCE_GOLD_DIR)) {
    io.stdout(`skipped: the sentence gold set (${SENTENCE_GOLD_DIR}) is absent\n`);
    return EXIT.ok;
  }
  report('Sentence boundaries', loadSentenceGold(), showErrors, io);
  if (existsSync(SENTENCE_HELDOUT_DIR)) report('\nHeld-out passages (written after the splitter was tuned)', loadSentenceGold(SENTENCE_HELDOUT_DIR), showErrors, io);
  return EXIT.ok;
}
