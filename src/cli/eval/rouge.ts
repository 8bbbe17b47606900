/**
 * `khulasa eval rouge [<system-dir> <reference-dir>] [--ascii] [--json] [--options K=V,...] [--budgets N,...]`.
 * With two folders: scores every system summary against the references of its topic (the file name
 * up to its first dot: `M000` ↔ `M000.A.250`, `M000.B.250`). Without: the standard experiments.
 * `--options` overrides khulasa's summary options in the experiments (an ablation, e.g.
 * `--options positionWeight=4,clauseSpans=false`); `--budgets` prints instead the TAC ROUGE-2 F of
 * khulasa and lead round-robin at each budget and their mean, per split (a criterion less sensitive
 * to the one sentence that fills the end of a 250-word budget).
 */
import { EXIT, type CliIo } from '../io.js';
import { skippedJson } from './skipped.js';
import { parseArgs } from '../args.js';
import { corpus } from '../../eval/corpora.js';
import { meanScores, rouge, type RougeOptions, type RougeScores } from '../../eval/rouge.js';
import { readSummaryDirs } from '../../eval/rouge-files.js';
import { PUBLISHED_SETTINGS, reproducePublished } from '../../eval/rouge-published.js';
import { EASC_SPLIT, TAC_SPLIT, type Split } from '../../eval/rouge-splits.js';
import { eascExperiment, tacExperiment, TAC_WORDS, type ExperimentSettings, type SystemResult, type TopicFilter } from '../../eval/summaries.js';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from '../../summarize/index.js';

const USAGE = 'khulasa eval rouge [<system-dir> <reference-dir>] [--ascii] [--json] [--options K=V,...] [--budgets N,...]';

/** `positionWeight=4,clauseSpans=false` → summary options; every key must be a numeric or boolean option other than `words`. */
export function parseSummaryOptions(text: string): SummaryOptions | string {
  const out: Record<string, number | boolean> = {};
  for (const pair of text.split(',').filter((p) => p.length > 0)) {
    const [name = '', value = ''] = pair.split('=');
    const fallback = (DEFAULT_SUMMARY_OPTIONS as unknown as Record<string, unknown>)[name];
    if (name === 'words' || (typeof fallback !== 'number' && typeof fallback !== 'boolean')) return `--options: ${name} is not a numeric or boolean summary option`;
    if (typeof fallback === 'boolean') {
      if (value !== 'true' && value !== 'false') return `--options: ${name} must be true or false`;
      out[name] = value === 'true';
    } else {
      const n = Number(value);
      if (value === '' || !Number.isFinite(n) || n < 0) return `--options: ${name} must be a number ≥ 0`;
      out[name] = n;
    }
  }
  return out as SummaryOptions;
}

/** `150,200,250` → budgets in words (each from 1 to 10,000). */
export function parseBudgets(text: string): number[] | string {
  const budgets = text.split(',').map((b) => (/^\d+$/.test(b) ? Number(b) : NaN));
  return budgets.length > 0 && budgets.every((b) => b >= 1 && b <= 10_000) ? budgets : '--budgets must be a comma-separated list of word counts from 1 to 10000';
}

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

interface BudgetRow {
  readonly system: string;
  readonly part: string;
  /** ROUGE-2 F at each budget, in the order given. */
  readonly f: readonly number[];
  readonly mean: number;
}

/** khulasa and lead round-robin on each part of the TAC split and on all topics, at each budget. */
function budgetRows(dir: string, budgets: readonly number[], summary: SummaryOptions): BudgetRow[] {
  const parts: [string, TopicFilter][] = [['development', TAC_SPLIT.development], ['held out', TAC_SPLIT.heldOut], ['all', () => true]];
  const rows: BudgetRow[] = [];
  for (const [part, only] of parts) {
    const runs = budgets.map((budget) => tacExperiment(dir, only, { summary, budget }));
    for (const system of ['khulasa', 'lead round-robin']) {
      const f = runs.map((r) => r.find((x) => x.system === system)?.scores['ROUGE-2']?.f ?? 0);
      rows.push({ system, part, f, mean: f.reduce((a, b) => a + b, 0) / f.length });
    }
  }
  return rows;
}

function budgetTable(budgets: readonly number[], rows: readonly BudgetRow[]): string {
  const head = `| system | part | ${budgets.map((b) => `${b} words`).join(' | ')} | mean |`;
  const rule = `|---|---|${budgets.map(() => '---|').join('')}---|`;
  return [head, rule, ...rows.map((r) => `| ${r.system} | ${r.part} | ${r.f.map(f3).join(' | ')} | ${f3(r.mean)} |`)].join('\n') + '\n';
}

function multiBudget(io: CliIo, json: boolean, budgets: readonly number[], summary: SummaryOptions): number {
  const tac = corpus('tac2011-ar-dev');
  if ('missing' in tac) {
    io.stdout(json ? skippedJson(tac.missing) : `TAC 2011 skipped: ${tac.missing}\n`);
    return EXIT.ok;
  }
  const rows = budgetRows(tac.dir, budgets, summary);
  if (json) io.stdout(`${JSON.stringify({ budgets, tacBudgets: rows })}\n`);
  else io.stdout(`### TAC 2011 MultiLing Arabic, ROUGE-2 F at several budgets (mean over topics)\n\n${budgetTable(budgets, rows)}`);
  return EXIT.ok;
}

function standard(io: CliIo, json: boolean, settings: ExperimentSettings): number {
  const out: Record<string, unknown> = {};
  // With --json an absent corpus is named in the one JSON object, not in a line of text before it.
  const skipped: Record<string, string> = {};
  const tac = corpus('tac2011-ar-dev');
  if ('missing' in tac) {
    if (json) skipped['tac'] = tac.missing;
    else io.stdout(`TAC 2011 skipped: ${tac.missing}\n`);
  }
  else {
    const rows = reproducePublished(tac.dir);
    const found = rows.filter((r) => r.found).length;
    const results = tacExperiment(tac.dir, () => true, settings);
    out['tacReproduction'] = { found, total: rows.length, missing: rows.filter((r) => !r.found) };
    out['tac'] = results;
    const parts = splitResults((only) => tacExperiment(tac.dir, only, settings), TAC_SPLIT);
    out['tacSplit'] = parts;
    if (!json) {
      io.stdout(`### ROUGE-1.5.5 reproduction (ASCII-only, ${'-a -x -2 4 -u -n 2 -f A -p 0.5'})\n\n`);
      io.stdout(`${found} of ${rows.length} published per-summary ROUGE-1/ROUGE-2/ROUGE-SU4 values reproduced exactly.\n\n`);
      io.stdout(`### TAC 2011 MultiLing Arabic, ${TAC_WORDS} words, Arabic-aware ROUGE (mean over topics)\n\n${table(asRows(results))}\n`);
      io.stdout(splitTables(TAC_SPLIT, parts));
    }
  }
  const easc = corpus('easc');
  if ('missing' in easc) {
    if (json) skipped['easc'] = easc.missing;
    else io.stdout(`EASC skipped: ${easc.missing}\n`);
  }
  else {
    const results = eascExperiment(easc.dir, () => true, settings);
    out['easc'] = results;
    const parts = splitResults((only) => eascExperiment(easc.dir, only, settings), EASC_SPLIT);
    out['eascSplit'] = parts;
    if (!json) io.stdout(`### EASC, budget = mean reference length, Arabic-aware ROUGE (mean over articles)\n\n${table(asRows(results))}\n${splitTables(EASC_SPLIT, parts)}`);
  }
  if (json) io.stdout(`${JSON.stringify(Object.keys(skipped).length === 0 ? out : { ...out, skipped })}\n`);
  return EXIT.ok;
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { valued: ['options', 'budgets'], boolean: ['ascii', 'json'] });
  if (!parsed.ok || (parsed.args.positionals.length !== 0 && parsed.args.positionals.length !== 2)) {
    io.stderr(`${parsed.ok ? 'expected a system folder and a reference folder' : parsed.error}\nUsage: ${USAGE}\n`);
    return EXIT.usage;
  }
  const json = parsed.args.flags.has('json');
  const [systemDir, referenceDir] = parsed.args.positionals;
  if (systemDir !== undefined && referenceDir !== undefined) return scoreDirs(systemDir, referenceDir, parsed.args.flags.has('ascii'), json, io);
  const optionsFlag = parsed.args.flags.get('options');
  const summary = typeof optionsFlag === 'string' ? parseSummaryOptions(optionsFlag) : {};
  const budgetsFlag = parsed.args.flags.get('budgets');
  const budgets = typeof budgetsFlag === 'string' ? parseBudgets(budgetsFlag) : null;
  const usage = (problem: string): number => {
    io.stderr(`${problem}\nUsage: ${USAGE}\n`);
    return EXIT.usage;
  };
  if (typeof summary === 'string') return usage(summary);
  if (typeof budgets === 'string') return usage(budgets);
  return budgets === null ? standard(io, json, { summary }) : multiBudget(io, json, budgets, summary);
}
