import { EXIT, type CliIo, type Command } from '../io.js';

/**
 * Each evaluation lives in `src/cli/eval/<name>.ts` and exports `run(args, io)`. `all` runs every one
 * in this order; an evaluation whose data is absent prints why and counts as skipped, not failed.
 */
export const EVALUATIONS = ['sentences', 'stems', 'extraction', 'clusters', 'duplicates', 'rouge', 'analysis'] as const;

type EvalModule = { run(args: readonly string[], io: CliIo): Promise<number> };

const load = async (name: string): Promise<EvalModule> => (await import(`../eval/${name}.js`)) as EvalModule;

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Measure quality: gold sets written for khulasa and the public corpora (../shared/corpora)',
  usage: `khulasa eval ${EVALUATIONS.join('|')}|all [options]`,
  async run(args, io) {
    const [which, ...rest] = args;
    if (which === 'all') {
      let worst: number = EXIT.ok;
      for (const name of EVALUATIONS) {
        io.stdout(`\n## ${name}\n\n`);
        worst = Math.max(worst, await (await load(name)).run(rest, io));
      }
      return worst;
    }
    if (which === undefined || !(EVALUATIONS as readonly string[]).includes(which)) {
      io.stderr(`Usage: ${this.usage}\n`);
      return EXIT.usage;
    }
    return (await load(which)).run(rest, io);
  },
};
