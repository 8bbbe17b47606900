import type { CleanDocument, SkippedInput } from '../../core/index.js';
import { ingestPaths } from '../../ingest/index.js';
import { parseArgs } from '../args.js';
import { INPUT_FILES_HELP, inputPaths, reportSkipped, warnEmptyFolders } from '../inputs.js';
import { EXIT, EXIT_CODES_HELP, type Command } from '../io.js';
import { printable } from '../printable.js';

/** The `clean --json` line of one document (DESIGN.md contract; `id`, `url` and `contentHash` added). */
const cleanJson = (d: CleanDocument): Record<string, unknown> => ({
  path: d.path,
  id: d.id,
  title: d.title,
  outlet: d.outlet,
  dateline: d.dateline,
  agency: d.agency,
  published: d.published,
  url: d.url,
  paragraphs: d.paragraphs,
  removed: d.removed,
  contentHash: d.contentHash,
});

const human = (d: CleanDocument): string => {
  const facts = [
    ['title', d.title],
    ['outlet', d.outlet],
    ['dateline', d.dateline],
    ['agency', d.agency],
    ['published', d.published],
    ['url', d.url],
  ].filter(([, v]) => v !== null);
  return [
    `== ${printable(d.path)}`,
    ...facts.map(([k, v]) => `${k}: ${v}`),
    '',
    ...d.paragraphs,
    '',
    `-- removed (${d.removed.length})`,
    ...d.removed.map((r) => `[${r.reason}] ${r.text}`),
    '',
  ].join('\n');
};

export const cleanCommand: Command = {
  name: 'clean',
  summary: 'Print each input as a cleaned article, with what was removed and why',
  usage: 'khulasa clean <file...> [--json]',
  help: [
    'Shows what cleaning does to each input (files, folders read recursively, - for standard input): the',
    'article, its title, outlet, dateline, agency and date, and every removed line with the reason. The',
    'length and language checks of ingest are off here; an input that cannot be read or decoded is',
    'reported on standard error as "path: code: detail".',
    INPUT_FILES_HELP,
    '',
    'Options:',
    '  --json  one JSON line per article: path, id, title, outlet, dateline, agency, published, url,',
    '          paragraphs, removed ({ text, reason }), contentHash',
    '',
    EXIT_CODES_HELP,
    '',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseArgs(args, { valued: [], boolean: ['json'] });
    if (!parsed.ok || parsed.args.positionals.length === 0) {
      io.stderr(`${parsed.ok ? 'khulasa clean: no input given' : `khulasa clean: ${parsed.error}`}\nUsage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const json = parsed.args.flags.has('json');
    const paths = inputPaths(parsed.args.positionals, io.cwd);
    if (warnEmptyFolders(io, 'clean', paths) === paths.length) {
      io.stderr(`khulasa clean: nothing to clean\nUsage: ${this.usage}\n`);
      return EXIT.usage;
    }
    let failed = false;
    let read = 0;
    const skipped: SkippedInput[] = [];
    // clean shows what cleaning does to every input, so the acceptance policy (length, language) is off.
    for await (const o of ingestPaths(paths, { stdin: io.stdin, minWords: 0, minArabicShare: 0, onSkipped: (s) => skipped.push(s) })) {
      read++;
      if (o.kind === 'rejected') {
        failed = true;
        io.stderr(`${printable(o.path)}: ${o.code}: ${o.detail}\n`);
        continue;
      }
      io.stdout(json ? `${JSON.stringify(cleanJson(o.document))}\n` : `${human(o.document)}\n`);
    }
    reportSkipped(io, 'clean', skipped);
    // Every file left out (khulasa's own digest files, hidden files, backups): nothing was cleaned, as for an empty folder.
    if (read === 0) {
      io.stderr(`khulasa clean: nothing to clean\nUsage: ${this.usage}\n`);
      return EXIT.usage;
    }
    return failed ? EXIT.someRejected : EXIT.ok;
  },
};
