/**
 * `khulasa eval rouge [<system-dir> <reference-dir>] [--ascii] [--json]`.
 * With two folders: scores every system summary against the references of its topic (the file name
 * up to its first dot: `M000` ↔ `M000.A.250`, `M000.B.250`). Without: the standard experiments.
 */
import { EXIT, type CliIo } from '../io.js';
import { parseArgs } from '../args.js';
import { corpus } from '../../eval/corpora.js';
import { meanScores, rouge, type RougeOptions, type RougeScores } from '../../eval/rouge.js';
import { readSummaryDirs } from '../../eval/rouge-files.js';
import { PUBLISHED_SETTINGS, reproducePublished } from '../../eval/rouge-published.js';
import { EASC_SPLIT, TAC_SPLIT, type Split } from '../../eval/rouge-splits.js';
import { eascExperiment, tacExperiment, TAC_WORDS, type SystemResult, type TopicFilter } from '../../eval/summaries.js';

const USAGE = 'khulasa eval rouge [<system-dir> <reference-dir>] [--ascii] [--json]';

const f3 = (x: number): string => x.toFixed(3);

function table(rows: readonly { readonly name: string; readonly topics: number; readonly words?: number; readonly scores: RougeScores }[]): string {
  const metrics = Object.keys(rows[0]?.scores ?? {});
  const head = `| system | topics | words | ${metrics.map((m) => `${m} R | ${m} P | ${m} F`).join(' | ')} |`;
  const rule = `|---|---|---|${metrics.map(() => '---|---|---|').join('')}`;
  const body = rows.map((r) => {
    const cells = metrics.map((m) => {
      const s = r.scores[m]!;
      return `${f3(s.recall)} | ${f3(s.precision)} | ${f3(s.f)}`;
    });
    return `| ${r.name} | ${r.topics} | ${r.words === undefined ? '' : r.words.toFixed(0)} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...body].join('\n') + '\n';
}

const asRows = (results: readonly SystemResult[]) => results.map((r) => ({ name: r.system, topics: r.topics, words: r.words, scores: r.scores }));

/** The development and held-out parts of one experiment, khulasa and the baselines it is built to beat (not the stored participants). */
function splitResults(experiment: (only: TopicFilter) => readonly SystemResult[], split: Split): { development: SystemResult[]; heldOut: SystemResult[] } {
  const ours = (r: SystemResult): boolean => r.system === 'khulasa' || r.system.startsWith('lead') || r.system === 'first document';
  return { development: experiment(split.development).filter(ours), heldOut: experiment(split.heldOut).filter(ours) };
}

function splitTables(split: Split, parts: { development: readonly SystemResult[]; heldOut: readonly SystemResult[] }): string {
  const rows = [
    ...parts.development.map((r) => ({ name: `development: ${r.system}`, topics: r.topics, words: r.words, scores: r.scores })),
    ...parts.heldOut.map((r) => ({ name: `held out: ${r.system}`, topics: r.topics, words: r.words, scores: r.scores })),
  ];
  return `#### ${split.name}\n\n${table(rows)}\n`;
}

function scoreDirs(systemDir: string, referenceDir: string, ascii: boolean, json: boolean, io: CliIo): number {
  const options: RougeOptions = ascii ? PUBLISHED_SETTINGS : {};
  const { pairs, unmatched } = readSummaryDirs(systemDir, referenceDir);
  for (const u of unmatched) io.stderr(`khulasa eval rouge: no reference for ${u}\n`);
  if (pairs.length === 0) {
    io.stderr('khulasa eval rouge: no system summary has a reference (topic = file name up to the first dot)\n');
    return EXIT.usage;
  }
  const topics = pairs.map((p) => ({ topic: p.topic, references: p.references.length, scores: rouge(p.system, p.references, options) }));
  const mean = meanScores(topics.map((t) => t.scores));
  if (json) io.stdout(`${JSON.stringify({ tokenization: ascii ? 'ascii' : 'arabic', topics, mean })}\n`);
  else io.stdout(table([...topics.map((t) => ({ name: t.topic, topics: 1, scores: t.scores })), { name: 'mean', topics: topics.length, scores: mean }]));
  return EXIT.ok;
}

function standard(io: CliIo, json: boolean): number {
  const out: Record<string, unknown> = {};
  const tac = corpus('tac2011-ar-dev');
  if ('missing' in tac) io.stdout(`TAC 2011 skipped: ${tac.missing}\n`);
  else {
    const rows = reproducePublished(tac.dir);
    const found = rows.filter((r) => r.found).length;
    const results = tacExperiment(tac.dir);
    out['tacReproduction'] = { found, total: rows.length, missing: rows.filter((r) => !r.found) };
    out['tac'] = results;
    const parts = splitResults((only) => tacExperiment(tac.dir, only), TAC_SPLIT);
    out['tacSplit'] = parts;
    if (!json) {
      io.stdout(`### ROUGE-1.5.5 reproduction (ASCII-only, ${'-a -x -2 4 -u -n 2 -f A -p 0.5'})\n\n`);
      io.stdout(`${found} of ${rows.length} published per-summary ROUGE-1/ROUGE-2/ROUGE-SU4 values reproduced exactly.\n\n`);
      io.stdout(`### TAC 2011 MultiLing Arabic, ${TAC_WORDS} words, Arabic-aware ROUGE (mean over topics)\n\n${table(asRows(results))}\n`);
      io.stdout(splitTables(TAC_SPLIT, parts));
    }
  }
  const easc = corpus('easc');
  if ('missing' in easc) io.stdout(`EASC skipped: ${easc.missing}\n`);
  else {
    const results = eascExperiment(easc.dir);
    out['easc'] = results;
    const parts = splitResults((only) => eascExperiment(easc.dir, only), EASC_SPLIT);
    out['eascSplit'] = parts;
    if (!json) io.stdout(`### EASC, budget = mean reference length, Arabic-aware ROUGE (mean over articles)\n\n${table(asRows(results))}\n${splitTables(EASC_SPLIT, parts)}`);
  }
  if (json) io.stdout(`${JSON.stringify(out)}\n`);
  return EXIT.ok;
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { valued: [], boolean: ['ascii', 'json'] });
  if (!parsed.ok || (parsed.args.positionals.length !== 0 && parsed.args.positionals.length !== 2)) {
    io.stderr(`${parsed.ok ? 'expected a system folder and a reference folder' : parsed.error}\nUsage: ${USAGE}\n`);
    return EXIT.usage;
  }
  const json = parsed.args.flags.has('json');
  const [systemDir, referenceDir] = parsed.args.positionals;
  if (systemDir !== undefined && referenceDir !== undefined) return scoreDirs(systemDir, referenceDir, parsed.args.flags.has('ascii'), json, io);
  return standard(io, json);
}
