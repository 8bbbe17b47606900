import type { IngestOutcome, SkippedInput } from '../../core/index.js';
import { ingestPaths } from '../../ingest/index.js';
import { defaultStages, ingestToStore, DIGEST_DEFAULTS } from '../../pipeline/index.js';
import { openStore, type StoredDocumentHead } from '../../store/index.js';
import { parseArgs } from '../args.js';
import { INPUT_FILES_HELP, inputPaths, storeFiles, warnEmptyFolders } from '../inputs.js';
import { EXIT, EXIT_CODES_HELP, type CliIo, type Command } from '../io.js';
import { printable } from '../printable.js';

/** How one input was accounted for: one line of the report. */
interface Report {
  readonly path: string;
  /** `skipped`: left unread (khulasa's own digest files, hidden files and folders, editor backups among the inputs), neither stored nor counted as a document. */
  readonly status: 'ok' | 'duplicate' | 'rejected' | 'skipped';
  readonly id?: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly agency?: string | null;
  readonly published?: string | null;
  /** Reject code, or the kind of copy. */
  readonly reason?: string | null;
  readonly detail?: string | null;
  readonly duplicateOf?: string | null;
}

const format = (r: Report, json: boolean): string => {
  if (json) {
    const { path, status, ...rest } = r;
    return JSON.stringify({ path, status, ...rest });
  }
  if (r.status === 'rejected' || r.status === 'skipped') return `${r.status.padEnd(10)} ${printable(r.path)}  ${r.reason ?? ''}: ${r.detail ?? ''}`;
  if (r.status === 'duplicate') return `duplicate  ${printable(r.path)}  ${r.reason ? `${r.reason} copy ` : ''}of ${printable(r.duplicateOf ?? '')}`;
  return `ok         ${printable(r.path)}${r.title ? `  ${r.title}` : ''}`;
};

/** The count of files left unread, only when there are any: the counts of a plain pile stay as they were. */
const skippedWords = (n: number): string => (n === 0 ? '' : `, ${n} skipped`);
const skippedCount = (n: number): { skipped?: number } => (n === 0 ? {} : { skipped: n });

/** Without a store: each input against the earlier inputs of this run (exact duplicates by content hash). */
function reportOf(o: IngestOutcome, firstPathOf: Map<string, string>): Report {
  if (o.kind === 'rejected') return { path: o.path, status: 'rejected', reason: o.code, detail: o.detail };
  const { id, title, outlet, agency, published, contentHash } = o.document;
  const meta = { path: o.path, id, title, outlet, agency, published };
  const earlier = firstPathOf.get(contentHash);
  if (earlier !== undefined) return { ...meta, status: 'duplicate', duplicateOf: earlier };
  firstPathOf.set(contentHash, o.path);
  return { ...meta, status: 'ok' };
}

const skippedReport = (s: SkippedInput): Report => ({ path: s.path, status: 'skipped', reason: s.code, detail: s.detail });

const storedReport = (d: StoredDocumentHead): Report => {
  const meta = { path: d.path, status: d.status, id: d.id, title: d.title, outlet: d.outlet, agency: d.agency, published: d.published };
  return d.status === 'ok' ? meta : { ...meta, reason: d.reason, detail: d.detail, duplicateOf: d.duplicateOf };
};

/** `ingest` without `--db`: report every input, then the counts. Returns the exit code. */
async function reportInputs(paths: readonly string[], io: CliIo, json: boolean): Promise<number> {
  const firstPathOf = new Map<string, string>();
  const counts = { ok: 0, duplicate: 0, rejected: 0, skipped: 0 };
  const print = (r: Report): void => {
    counts[r.status]++;
    io.stdout(`${format(r, json)}\n`);
  };
  for await (const outcome of ingestPaths(paths, { stdin: io.stdin, onSkipped: (s) => print(skippedReport(s)) })) print(reportOf(outcome, firstPathOf));
  const { skipped, ...read } = counts;
  io.stdout(json ? `${JSON.stringify({ counts: { ...read, ...skippedCount(skipped) } })}\n` : `\n${counts.ok} ok, ${counts.duplicate} duplicate, ${counts.rejected} rejected${skippedWords(skipped)}\n`);
  return counts.rejected > 0 ? EXIT.someRejected : EXIT.ok;
}

/**
 * `ingest --db FILE|URL`: the inputs go into the store as a run of their own (exact, near and syndicated
 * duplicates decided against everything stored before). Prints the inputs this run stored, then the
 * counts over every input given, including those the store already held.
 */
async function ingestIntoStore(paths: readonly string[], db: string, io: CliIo, json: boolean): Promise<number> {
  const opened = await openStore(db, { cwd: io.cwd });
  if (!opened.ok) {
    io.stderr(`khulasa ingest: ${opened.message}\n`);
    return EXIT.usage;
  }
  const { store, location: file } = opened;
  try {
    const { run, ingest, skipped } = await ingestToStore(paths, store, { stages: defaultStages({ ingest: { stdin: io.stdin } }), exclude: storeFiles(db, file) });
    for (const d of await store.documentHeads()) if (d.run === run.number) io.stdout(`${format(storedReport(d), json)}\n`);
    for (const s of skipped) io.stdout(`${format(skippedReport(s), json)}\n`);
    const known = ingest.inputs - ingest.added;
    io.stdout(
      json
        ? `${JSON.stringify({ counts: { ok: ingest.ok, duplicate: ingest.duplicate, rejected: ingest.rejected, ...skippedCount(skipped.length), inputs: ingest.inputs, added: ingest.added } })}\n`
        : `\n${ingest.ok} ok, ${ingest.duplicate} duplicate, ${ingest.rejected} rejected${skippedWords(skipped.length)} (${ingest.added} newly stored, ${known} already in ${file})\n`,
    );
    return ingest.rejected > 0 ? EXIT.someRejected : EXIT.ok;
  } finally {
    await store.close();
  }
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Decode and clean inputs and report each as ok, duplicate or rejected (into the store with --db)',
  usage: 'khulasa ingest <path...> [--db FILE|URL] [--json]',
  help: [
    'Reads files, folders (recursively) and - (standard input) and prints one line per input: ok,',
    'duplicate (of which input) or rejected (with a reason code), then the counts. Without --db nothing',
    'is stored and duplicates are exact copies among the given inputs.',
    INPUT_FILES_HELP,
    'The digest files khulasa wrote into a folder (an older --out among the inputs), hidden files and folders',
    'and editor backups are not read: they are listed as skipped (khulasa-output, hidden, backup) and counted.',
    '',
    'Options:',
    `  --db FILE|URL  store the inputs (a SQLite file such as ./${DIGEST_DEFAULTS.db}, or a postgres:// URL),`,
    '                 deciding exact, near and syndicated copies against everything stored before',
    '  --json         one JSON line per input, then { "counts": ... }',
    '',
    EXIT_CODES_HELP,
    '',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseArgs(args, { valued: ['db'], boolean: ['json'] });
    if (!parsed.ok || parsed.args.positionals.length === 0) {
      io.stderr(`${parsed.ok ? 'khulasa ingest: no input given' : `khulasa ingest: ${parsed.error}`}\nUsage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const { flags } = parsed.args;
    const paths = inputPaths(parsed.args.positionals, io.cwd);
    warnEmptyFolders(io, 'ingest', paths);
    const db = flags.get('db');
    const json = flags.has('json');
    return typeof db === 'string' ? ingestIntoStore(paths, db, io, json) : reportInputs(paths, io, json);
  },
};
