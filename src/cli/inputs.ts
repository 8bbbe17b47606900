import { readdirSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { SkipCode, SkippedInput } from '../core/index.js';
import { isPostgresUrl } from '../store/index.js';
import type { CliIo } from './io.js';
import { printable } from './printable.js';

/** What files are read, for the help of the commands that take files and folders (`digest`, `ingest`, `clean`, `summarize`). */
export const INPUT_FILES_HELP = [
  'Files: .txt, .html/.htm, .json, .jsonl/.ndjson, .warc, .rss/.atom/.xml, each optionally .gz. A file',
  'whose name says nothing of its type (M0001.arabic, article_12, .dat, .md) is read by its content when',
  'that is text; PDF, Office documents, images, archives and other binary files are rejected as',
  'unsupported, the reason naming the format.',
].join('\n');

/**
 * The paths as the ingest stage should open them: relative to the process (which is where it opens
 * them), so the digest shows them as the user typed them rather than as absolute paths. `-` is standard input.
 */
export const inputPaths = (positionals: readonly string[], cwd: string): string[] =>
  positionals.map((p) => (p === '-' || isAbsolute(p) ? p : relative(process.cwd(), resolve(cwd, p)) || '.'));

/** The file system's facts about `path`, or undefined when it cannot be looked at (gone, a link loop). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * True when a folder (`info`: its facts, as the caller looked them up) holds at least one regular file
 * somewhere below it (an unreadable folder counts as holding one: the ingest stage reports it).
 * `above`: identities of the folders walked above it, so that a symbolic link back to one of them is not followed.
 */
function holdsFiles(folder: string, info: Stats, above: ReadonlySet<string> = new Set()): boolean {
  const id = `${info.dev}:${info.ino}`;
  if (above.has(id)) return false;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return true;
  }
  const below = new Set(above).add(id);
  return names.some((name) => {
    const path = join(folder, name);
    const entry = statOf(path);
    return entry !== undefined && (entry.isFile() || (entry.isDirectory() && holdsFiles(path, entry, below)));
  });
}

/** The given folders that hold no file at all: nothing will be read from them, which a user wants to hear. */
const emptyFolders = (paths: readonly string[]): string[] =>
  paths.filter((p) => {
    const info = p === '-' ? undefined : statOf(p);
    return info?.isDirectory() === true && !holdsFiles(p, info);
  });

/** Warns, one line each with the reason code `no-input`, of the given folders that hold no file; returns how many. */
export function warnEmptyFolders(io: CliIo, command: string, paths: readonly string[]): number {
  const empty = emptyFolders(paths);
  for (const p of empty) io.stderr(`khulasa ${command}: no-input: the folder ${printable(p)} holds no file to read\n`);
  return empty.length;
}

/** The files of a SQLite store (the database and what SQLite keeps beside it); none for a PostgreSQL URL. */
export const storeFiles = (db: string, location: string): string[] =>
  isPostgresUrl(db) ? [] : ['', '-wal', '-shm', '-journal'].map((suffix) => `${location}${suffix}`);

/** What a skipped file is, in the plural, per code other than `khulasa-output` (told per folder). */
const SKIPPED_WORDS: Readonly<Record<Exclude<SkipCode, 'khulasa-output'>, readonly [string, string]>> = {
  hidden: ['hidden file or folder', 'hidden files or folders'],
  backup: ["editor's backup file", "editor's backup files"],
};

/** At most this many paths are named in the line of hidden files or backups; the rest are counted. */
const NAMED_AT_MOST = 3;

/**
 * Tells what a folder walk left unread, on standard error with the reason code. khulasa's own digest
 * files (an older `--out` folder among the inputs), one line per folder: `khulasa digest: khulasa-output:
 * left out old/digest.json, digest.md and index.html, ...`. Hidden files and folders and editor
 * backups, which most folders hold, one line per code, counted, the first few named:
 * `khulasa digest: hidden: left out 4 hidden files or folders (news/.DS_Store, news/.git, ...)`.
 */
export function reportSkipped(io: CliIo, command: string, skipped: readonly SkippedInput[]): void {
  const byFolder = new Map<string, SkippedInput[]>();
  for (const s of skipped) if (s.code === 'khulasa-output') byFolder.set(dirname(s.path), [...(byFolder.get(dirname(s.path)) ?? []), s]);
  for (const [folder, files] of byFolder) {
    const names = files.map((f) => basename(f.path));
    const listed = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
    io.stderr(`khulasa ${command}: ${files[0]!.code}: left out ${printable(join(folder, listed))}: a digest khulasa wrote, not articles (name a file to read it anyway)\n`);
  }
  for (const [code, [one, many]] of Object.entries(SKIPPED_WORDS)) {
    const files = skipped.filter((s) => s.code === code).map((s) => printable(s.path));
    if (files.length === 0) continue;
    const named = files.length <= NAMED_AT_MOST ? files.join(', ') : `${files.slice(0, NAMED_AT_MOST).join(', ')} and ${files.length - NAMED_AT_MOST} more`;
    io.stderr(`khulasa ${command}: ${code}: left out ${files.length} ${files.length === 1 ? one : many} (${named}): ${files.length === 1 ? 'not an article' : 'not articles'} (name a file to read it anyway)\n`);
  }
}
