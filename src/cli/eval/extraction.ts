import { corpus } from '../../eval/corpora.js';
import { loadExtractionCorpus, scoreStored, storedOutputs } from '../../eval/extraction.js';
import type { ExtractionScore } from '../../eval/extraction-metric.js';
import { PUBLISHED_F1, scoreKhulasa } from '../../eval/extraction-run.js';
import { parseArgs } from '../args.js';
import { EXIT, type CliIo } from '../io.js';
import { skippedJson } from './skipped.js';

const row = (name: string, s: ExtractionScore, note = ''): string =>
  `| ${name} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} |${note ? ` ${note}` : ''}`;

/**
 * `khulasa eval extraction [--json]`: the article-extraction benchmark. First the stored outputs of
 * other tools (the scorer must reproduce their published F1), then khulasa's own extraction.
 * Exit 1 when the scorer does not reproduce a published figure.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { valued: [], boolean: ['json'] });
  if (!parsed.ok) {
    io.stderr(`khulasa eval extraction: ${parsed.error}\n`);
    return EXIT.usage;
  }
  const where = corpus('scrapinghub-aeb');
  if ('missing' in where) {
    io.stdout(parsed.args.flags.has('json') ? skippedJson(where.missing) : `extraction: skipped — ${where.missing}\n`);
    return EXIT.ok;
  }
  const c = loadExtractionCorpus(where.dir);
  const stored = storedOutputs(c).map((name) => ({ name, score: scoreStored(c, name) }));
  const mismatches = stored.filter(({ name, score }) => PUBLISHED_F1[name] !== undefined && Math.abs(score.f1 - PUBLISHED_F1[name]!) >= 0.0005);
  const mine = scoreKhulasa(c);
  if (parsed.args.flags.has('json')) {
    io.stdout(`${JSON.stringify({ pages: c.truth.size, stored: Object.fromEntries(stored.map((s) => [s.name, s.score])), khulasa: { mainContent: strip(mine.mainContent), cleaned: strip(mine.cleaned), pagesPerSecond: mine.pagesPerSecond } })}\n`);
  } else {
    io.stdout(
      [
        `scrapinghub article-extraction benchmark: ${c.truth.size} pages; shingles of 4 \\w+ tokens, per-page normalized counts`,
        '',
        '| extractor | precision | recall | F1 |',
        '|---|---|---|---|',
        ...stored.map(({ name, score }) => row(`${name} (stored output)`, score, PUBLISHED_F1[name] !== undefined ? `published ${PUBLISHED_F1[name]!.toFixed(3)}` : '')),
        row('khulasa main content (Readability/linkedom + block filters)', mine.mainContent),
        row('khulasa extractHtml (main content + clean-up)', mine.cleaned),
        '',
        `extractHtml: ${mine.pagesPerSecond.toFixed(1)} pages/s on this corpus (one process)`,
        mismatches.length === 0 ? 'scorer check: published F1 reproduced' : `scorer check FAILED: ${mismatches.map((m) => m.name).join(', ')}`,
        '',
      ].join('\n'),
    );
  }
  return mismatches.length === 0 ? EXIT.ok : EXIT.someRejected;
}

const strip = (s: ExtractionScore & { perPage?: unknown }): ExtractionScore => ({ precision: s.precision, recall: s.recall, f1: s.f1, pages: s.pages });
