import type { CleanDocument, SkippedInput, Summary } from '../../core/index.js';
import { ingestPaths } from '../../ingest/index.js';
import { DEFAULT_SUMMARY_OPTIONS, summarize } from '../../summarize/index.js';
import { intFlag, parseArgs, WORDS_RANGE } from '../args.js';
import { INPUT_FILES_HELP, inputPaths, reportSkipped, warnEmptyFolders } from '../inputs.js';
import { EXIT, EXIT_CODES_HELP, type Command } from '../io.js';
import { printable } from '../printable.js';

/** The `summarize --json` object (DESIGN.md contract). */
const summaryJson = (s: Summary): Record<string, unknown> => ({
  summary: s.sentences.map((x) => ({ text: x.text, sources: x.sources })),
  words: s.words,
});

function human(s: Summary, docs: readonly CleanDocument[]): string {
  const label = new Map(docs.map((d, i) => [d.id as string, `[${i + 1}]`]));
  const lines = s.sentences.map((x) => `${x.text} ${x.sources.map((r) => `${label.get(r.document) ?? r.document}#${r.sentence}`).join(' ')}`);
  const sources = docs.map((d, i) => `[${i + 1}] ${printable(d.path)}${d.title === null ? '' : ` — ${d.title}`}`);
  return [...lines, '', `${s.words} words, ${docs.length} documents`, ...sources, ''].join('\n');
}

export const summarizeCommand: Command = {
  name: 'summarize',
  summary: 'Summarize the given files as one story, every sentence citing its source',
  usage: 'khulasa summarize <file...> [--words N] [--json]',
  help: [
    'Takes the given articles (files, folders read recursively, - for standard input) as one story and',
    'prints an extractive summary: every sentence is a sentence of an article, followed by its sources',
    '([article number]#sentence, counting from 0). Rejected inputs are reported on standard error.',
    INPUT_FILES_HELP,
    '',
    'Options:',
    `  --words N  summary length in words, ${WORDS_RANGE.min} to ${WORDS_RANGE.max} (default ${DEFAULT_SUMMARY_OPTIONS.words})`,
    '  --json     print { "summary": [ { "text", "sources": [ { "document", "sentence" } ] } ], "words" }',
    '',
    EXIT_CODES_HELP,
    '',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseArgs(args, { valued: ['words'], boolean: ['json'] });
    if (!parsed.ok || parsed.args.positionals.length === 0) {
      io.stderr(`${parsed.ok ? 'khulasa summarize: no input given' : `khulasa summarize: ${parsed.error}`}\nUsage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const words = intFlag(parsed.args, 'words', DEFAULT_SUMMARY_OPTIONS.words, WORDS_RANGE.min, WORDS_RANGE.max);
    if (typeof words === 'string') {
      io.stderr(`khulasa summarize: ${words}\nUsage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const paths = inputPaths(parsed.args.positionals, io.cwd);
    warnEmptyFolders(io, 'summarize', paths);
    const docs: CleanDocument[] = [];
    let rejected = 0;
    const skipped: SkippedInput[] = [];
    for await (const o of ingestPaths(paths, { stdin: io.stdin, onSkipped: (s) => skipped.push(s) })) {
      if (o.kind === 'ok') docs.push(o.document);
      else {
        rejected++;
        io.stderr(`${printable(o.path)}: ${o.code}: ${o.detail}\n`);
      }
    }
    reportSkipped(io, 'summarize', skipped);
    if (docs.length === 0) {
      io.stderr(`khulasa summarize: nothing to summarize: ${rejected > 0 ? 'every input was rejected' : 'no input was found'}\n`);
      return rejected > 0 ? EXIT.someRejected : EXIT.usage;
    }
    const summary = summarize(docs, { words });
    // An empty summary is a valid answer (no sentence, nor a leading clause of one, fits the budget), but say why.
    if (summary.sentences.length === 0) io.stderr(`khulasa summarize: no summary sentence fits in ${words} words; a larger --words gives one\n`);
    io.stdout(parsed.args.flags.has('json') ? `${JSON.stringify(summaryJson(summary))}\n` : human(summary, docs));
    return rejected > 0 ? EXIT.someRejected : EXIT.ok;
  },
};
