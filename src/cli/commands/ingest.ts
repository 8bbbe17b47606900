import type { CleanDocument, IngestOutcome, RejectCode } from '../../core/index.js';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ingestPaths, type IngestOptions } from '../../ingest/index.js';
import { defaultStages, ingestToStore } from '../../pipeline/index.js';
import { openSqliteStore, type StoredDocument } from '../../store/index.js';
import { parseArgs } from '../args.js';
import { EXIT, type CliIo, type Command } from '../io.js';

/** How one input was accounted for. */
export type IngestStatus =
  | { readonly status: 'ok'; readonly path: string; readonly document: CleanDocument }
  | { readonly status: 'duplicate'; readonly path: string; readonly document: CleanDocument; readonly duplicateOf: string }
  | { readonly status: 'rejected'; readonly path: string; readonly reason: RejectCode; readonly detail: string };

export interface IngestRunOptions {
  readonly json: boolean;
  readonly ingest?: IngestOptions;
  /**
   * Decides exact duplicates: returns the path (or id) of the earlier document with the same
   * content hash, or null and remembers this one. Default: an in-memory map for this run; a store
   * passes its own lookup.
   */
  readonly seen?: (doc: CleanDocument) => string | null | Promise<string | null>;
  /** Called for every accepted (not duplicate) document, e.g. to store it. */
  readonly accept?: (doc: CleanDocument) => void | Promise<void>;
}

export interface IngestCounts {
  ok: number;
  duplicate: number;
  rejected: number;
}

function memorySeen(): (doc: CleanDocument) => string | null {
  const first = new Map<string, string>();
  return (doc) => {
    const earlier = first.get(doc.contentHash);
    if (earlier !== undefined) return earlier;
    first.set(doc.contentHash, doc.path);
    return null;
  };
}

export async function statusOf(o: IngestOutcome, seen: (doc: CleanDocument) => string | null | Promise<string | null>): Promise<IngestStatus> {
  if (o.kind === 'rejected') return { status: 'rejected', path: o.path, reason: o.code, detail: o.detail };
  const earlier = await seen(o.document);
  return earlier === null ? { status: 'ok', path: o.path, document: o.document } : { status: 'duplicate', path: o.path, document: o.document, duplicateOf: earlier };
}

const line = (s: IngestStatus, json: boolean): string => {
  if (json) {
    if (s.status === 'rejected') return JSON.stringify({ path: s.path, status: s.status, reason: s.reason, detail: s.detail });
    const d = s.document;
    return JSON.stringify({ path: s.path, status: s.status, id: d.id, title: d.title, outlet: d.outlet, agency: d.agency, published: d.published, ...(s.status === 'duplicate' ? { duplicateOf: s.duplicateOf } : {}) });
  }
  if (s.status === 'rejected') return `rejected   ${s.path}  ${s.reason}: ${s.detail}`;
  if (s.status === 'duplicate') return `duplicate  ${s.path}  of ${s.duplicateOf}`;
  return `ok         ${s.path}${s.document.title ? `  ${s.document.title}` : ''}`;
};

/** The whole `ingest` command as a function: report every input, then the counts. Returns the exit code. */
async function runIngest(paths: readonly string[], io: CliIo, options: IngestRunOptions): Promise<number> {
  const seen = options.seen ?? memorySeen();
  const counts: IngestCounts = { ok: 0, duplicate: 0, rejected: 0 };
  for await (const outcome of ingestPaths(paths, { stdin: io.stdin, ...options.ingest })) {
    const s = await statusOf(outcome, seen);
    counts[s.status]++;
    if (s.status === 'ok') await options.accept?.(s.document);
    io.stdout(`${line(s, options.json)}\n`);
  }
  io.stdout(options.json ? `${JSON.stringify({ counts })}\n` : `\n${counts.ok} ok, ${counts.duplicate} duplicate, ${counts.rejected} rejected\n`);
  return counts.rejected > 0 ? EXIT.someRejected : EXIT.ok;
}

const storedLine = (d: StoredDocument, json: boolean): string => {
  if (json) {
    const base = { path: d.path, status: d.status, id: d.id, title: d.title, outlet: d.outlet, agency: d.agency, published: d.published };
    return JSON.stringify(d.status === 'ok' ? base : { ...base, reason: d.reason, detail: d.detail, ...(d.duplicateOf ? { duplicateOf: d.duplicateOf } : {}) });
  }
  if (d.status === 'rejected') return `rejected   ${d.path}  ${d.reason ?? ''}: ${d.detail ?? ''}`;
  if (d.status === 'duplicate') return `duplicate  ${d.path}  ${d.reason ?? ''} copy of ${d.duplicateOf ?? ''}`;
  return `ok         ${d.path}${d.title ? `  ${d.title}` : ''}`;
};

/**
 * `ingest --db FILE`: the inputs go into the store as a run of their own (exact, near and syndicated
 * duplicates decided against everything stored before). Prints the inputs this run stored, then the
 * counts over every input given, including those the store already held.
 */
async function ingestIntoStore(paths: readonly string[], db: string, io: CliIo, json: boolean): Promise<number> {
  const file = resolve(io.cwd, db);
  let store;
  try {
    mkdirSync(dirname(file), { recursive: true });
    store = openSqliteStore(file);
  } catch (err) {
    io.stderr(`khulasa ingest: cannot open the store ${file}: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  try {
    const { run, ingest } = await ingestToStore(paths, store, { stages: defaultStages({ ingest: { stdin: io.stdin } }) });
    for (const d of await store.documents()) if (d.run === run.number) io.stdout(`${storedLine(d, json)}\n`);
    const known = ingest.inputs - ingest.added;
    io.stdout(
      json
        ? `${JSON.stringify({ counts: { ok: ingest.ok, duplicate: ingest.duplicate, rejected: ingest.rejected, inputs: ingest.inputs, added: ingest.added } })}\n`
        : `\n${ingest.ok} ok, ${ingest.duplicate} duplicate, ${ingest.rejected} rejected (${ingest.added} newly stored, ${known} already in ${file})\n`,
    );
    return ingest.rejected > 0 ? EXIT.someRejected : EXIT.ok;
  } finally {
    await store.close();
  }
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Decode and clean inputs and report each as ok, duplicate or rejected (into the store with --db)',
  usage: 'khulasa ingest <path...> [--db FILE] [--json]',
  async run(args, io) {
    const parsed = parseArgs(args, { valued: ['db'], boolean: ['json'] });
    if (!parsed.ok || parsed.args.positionals.length === 0) {
      io.stderr(`${parsed.ok ? 'khulasa ingest: no input given' : `khulasa ingest: ${parsed.error}`}\nUsage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const { positionals, flags } = parsed.args;
    const db = flags.get('db');
    const json = flags.has('json');
    return typeof db === 'string' ? ingestIntoStore(positionals, db, io, json) : runIngest(positionals, io, { json });
  },
};
