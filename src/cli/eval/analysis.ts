/**
 * `khulasa eval analysis [--json] [--verbose] [--only a,b]`: precision and recall of entity mentions,
 * dates and quotes with speakers on the gold passages in test/fixtures/analyze/gold and heldout, and
 * on the annotated real news of test/fixtures/analyze/real (the TAC 2011 sources and EASC articles,
 * each in two halves, when its corpus is here; dates where they were annotated); `--only` scores the named passages
 * (file names without .txt, from either folder) as one set.
 */
import { existsSync } from 'node:fs';
import { EXIT, type CliIo } from '../io.js';
import { skippedJson } from './skipped.js';
import { parseArgs } from '../args.js';
import { ANALYSIS_GOLD_DIR, ANALYSIS_HELDOUT_DIR, evaluateAnalysis, readGold, type AnalysisReport, type Scores } from '../../eval/analysis.js';
import { readRealGold, REAL_GOLD_FILES } from '../../eval/real-gold.js';

const USAGE = 'khulasa eval analysis [--json] [--verbose] [--only <passage>,<passage>...]';
const f3 = (x: number): string => x.toFixed(3);
const row = (name: string, s: Scores, target: string): string =>
  `| ${name} | ${s.gold} | ${s.predicted} | ${s.tp} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.f1)} | ${target} |`;

/** A scored set; `dated` when its gold marks dates; `unit` what its cases are. */
interface NamedReport {
  readonly name: string;
  readonly report: AnalysisReport;
  readonly dated: boolean;
  readonly unit: 'passages' | 'documents';
}

function printReport(io: CliIo, { name, report, dated, unit }: NamedReport, verbose: boolean): void {
  io.stdout(`### ${name}: ${report.cases.length} ${unit}\n\n`);
  io.stdout('| item | gold | predicted | correct | P | R | F1 | target |\n|---|---|---|---|---|---|---|---|\n');
  io.stdout(`${row('quotes with the right speaker', report.quotes, 'P ≥ 0.90, R ≥ 0.85')}\n`);
  io.stdout(`${row('quotes (text only)', report.quotesText, '')}\n`);
  io.stdout(`${row('entity mentions (overlap, same type)', report.entities, 'F1 ≥ 0.85')}\n`);
  io.stdout(`${row('entity mentions (exact end)', report.entitiesStrict, '')}\n`);
  for (const [type, label] of [['person', 'people'], ['place', 'places'], ['organization', 'organizations']] as const) io.stdout(`${row(`entity mentions: ${label}`, report.entitiesByType[type], '')}\n`);
  io.stdout(dated ? `${row('dates (overlap, same value)', report.dates, 'F1 ≥ 0.90')}\n\n` : '(dates not annotated)\n\n');
  if (!verbose) return;
  for (const c of report.cases) {
    io.stdout(`#### ${c.name}\n`);
    for (const m of c.misses) if (dated || !/^(?:gold|wrong) date /.test(m)) io.stdout(`- ${m}\n`);
  }
  io.stdout('\n');
}

/** Each annotated corpus's halves, development and held-out (or its one held-out set), and why any corpus is not scored. */
function realReports(): { readonly reports: readonly NamedReport[]; readonly skipped: string } {
  const reports: NamedReport[] = [];
  let skipped = '';
  for (const file of REAL_GOLD_FILES) {
    const real = readRealGold(file);
    if (!real.ok) {
      skipped += `real news skipped: ${real.reason}\n`;
      continue;
    }
    const splits = (['development', 'held-out'] as const).filter((split) => real.cases.some((c) => c.split === split));
    for (const split of splits)
      reports.push({
        // A corpus annotated as one held-out set (read for no rule) has no halves to name.
        name: `real news, ${real.title}, ${split}${splits.length > 1 ? ' half' : ''} (${real.halves[split]})`,
        report: evaluateAnalysis(real.cases.filter((c) => c.split === split)),
        dated: real.dated,
        unit: 'documents',
      });
  }
  return { reports, skipped };
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { valued: ['only'], boolean: ['json', 'verbose'] });
  if (!parsed.ok) {
    io.stderr(`${parsed.error}\nUsage: ${USAGE}\n`);
    return EXIT.usage;
  }
  const flags = parsed.args.flags;
  if (!existsSync(ANALYSIS_GOLD_DIR)) {
    io.stdout(flags.get('json') === true ? skippedJson(`${ANALYSIS_GOLD_DIR} is absent`) : `analysis skipped: ${ANALYSIS_GOLD_DIR} is absent\n`);
    return EXIT.ok;
  }
  const sets = ([['development set (gold/)', ANALYSIS_GOLD_DIR], ['held-out set (heldout/)', ANALYSIS_HELDOUT_DIR]] as const).filter(([, dir]) => existsSync(dir));
  const only = flags.get('only');
  const reports: NamedReport[] =
    typeof only === 'string'
      ? [{ name: `selected passages (${only})`, report: evaluateAnalysis(sets.flatMap(([, dir]) => readGold(dir)).filter((c) => only.split(',').includes(c.name))), dated: true, unit: 'passages' }]
      : sets.map(([name, dir]) => ({ name, report: evaluateAnalysis(readGold(dir)), dated: true, unit: 'passages' as const }));
  const real = typeof only === 'string' ? { reports: [], skipped: '' } : realReports();
  reports.push(...real.reports);
  if (flags.get('json') === true) {
    io.stdout(`${JSON.stringify(Object.fromEntries(reports.map((r) => [r.name, r.report])))}\n`);
    return EXIT.ok;
  }
  for (const r of reports) printReport(io, r, flags.get('verbose') === true);
  io.stdout(real.skipped);
  return EXIT.ok;
}
