import { EXIT, type CliIo, type Command } from '../io.js';

/**
 * Each evaluation lives in `src/cli/eval/<name>.ts` and exports `run(args, io)`. `all` runs every one;
 * an evaluation whose data is absent prints why and counts as skipped, not failed.
 */
type EvalModule = { run(args: readonly string[], io: CliIo): Promise<number> };

/** In `all` order. Literal imports, so bundlers and test runners can see every module. */
const LOADERS = {
  sentences: () => import('../eval/sentences.js'),
  stems: () => import('../eval/stems.js'),
  extraction: () => import('../eval/extraction.js'),
  clusters: () => import('../eval/clusters.js'),
  duplicates: () => import('../eval/duplicates.js'),
  rouge: () => import('../eval/rouge.js'),
  analysis: () => import('../eval/analysis.js'),
} satisfies Record<string, () => Promise<EvalModule>>;

export type EvaluationName = keyof typeof LOADERS;
const EVALUATIONS = Object.keys(LOADERS) as readonly EvaluationName[];

/**
 * What `all` runs: every evaluation, the stories twice — as `khulasa digest` reads the articles (the
 * issue's figure) and on whole texts.
 */
interface PlannedEvaluation {
  readonly name: EvaluationName;
  readonly args: readonly string[];
  readonly title: string;
}
const ALL: readonly PlannedEvaluation[] = EVALUATIONS.flatMap((name): PlannedEvaluation[] =>
  name === 'clusters'
    ? [
        { name, args: ['--ingest'], title: 'clusters (read as khulasa digest reads them: --ingest)' },
        { name, args: [], title: 'clusters (whole texts)' },
      ]
    : [{ name, args: [], title: name }],
);

const isEvaluation = (name: string): name is EvaluationName => Object.hasOwn(LOADERS, name);
const load = (name: EvaluationName): Promise<EvalModule> => LOADERS[name]();

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Measure quality: gold sets written for khulasa and the public corpora (../shared/corpora)',
  usage: `khulasa eval ${EVALUATIONS.join('|')}|all [options]`,
  async run(args, io) {
    const [which, ...rest] = args;
    if (which === 'all') {
      let worst: number = EXIT.ok;
      for (const { name, args: extra, title } of ALL) {
        io.stdout(`\n## ${title}\n\n`);
        worst = Math.max(worst, await (await load(name)).run([...extra, ...rest], io));
      }
      return worst;
    }
    if (which === undefined || !isEvaluation(which)) {
      io.stderr(`${which === undefined ? '' : `khulasa eval: unknown evaluation '${which}'\n`}Usage: ${this.usage}\n`);
      return EXIT.usage;
    }
    return (await load(which)).run(rest, io);
  },
};
