import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { isRejection, type IngestOutcome } from '../core/index.js';
import { articleOutcome, bytesOutcome, jsonOutcome, reject } from './bytes.js';
import { bomEncoding, decodeBytes } from './decode/decode.js';
import { byteLines } from './formats/lines.js';
import { feedRecords } from './formats/feed.js';
import { warcRecords } from './formats/warc.js';
import { tellOnce } from './khulasa-output.js';
import { passedOver } from './passed-over.js';
import { refusalOf } from './foreign.js';
import { isGzip, kindFromName, sniffKind, unreadContent, type InputKind } from './kind.js';
import { resolveOptions, type IngestOptions, type ResolvedIngestOptions } from './options.js';

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/**
 * A file system error in words, with its code: `no such file or folder (ENOENT)`. A name listed in a
 * folder that is not valid UTF-8 comes back with U+FFFD in it, a name no file has: that is said instead.
 */
function fileError(e: unknown, path = ''): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' && path.includes('\uFFFD')) return 'the file name is not valid UTF-8, so it cannot be opened by name: rename the file';
  if (code === undefined) return (e as Error).message;
  const words = FILE_ERRORS[code];
  return words === undefined ? code : `${words} (${code})`;
}

/**
 * Every article under the given paths, one outcome each, in a deterministic order: files and folders
 * (recursively, names sorted), `-` for standard input. JSON lines and WARC files stream one record
 * at a time; `.gz` streams through gunzip. A file whose name gives no kind is read by its content
 * when that is text. Nothing is skipped silently: unreadable files, formats khulasa does not read
 * (by name or by signature) and damaged records come out as rejections; what a folder holds that is not an input (the digest
 * files khulasa wrote, an older `--out` among the inputs; hidden files and folders; editor backups, see
 * `passedOver`) is not read, and each is told to `onSkipped`. A file named twice (`a.html ./a.html`, or a file
 * and its folder, or `-` twice) is one input, read once.
 */
export async function* ingestPaths(paths: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestOutcome> {
  const resolved = resolveOptions(options);
  const o: ResolvedIngestOptions = { ...resolved, onSkipped: tellOnce(resolved.onSkipped) };
  const read = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      if (read.has(path)) continue;
      read.add(path);
      if (o.stdin === null) yield reject('-', 'unreadable', 'no standard input stream was given');
      else yield* ingestStream('-', o.stdin, null, o);
      continue;
    }
    yield* ingestPath(path, o, read, new Set());
  }
}

/**
 * `folders` holds the identities (device and inode) of the folders being walked above `path`: a
 * symbolic link back to one of them is a loop, not followed (its files are read through the folder itself).
 */
async function* ingestPath(path: string, o: ResolvedIngestOptions, read: Set<string>, folders: ReadonlySet<string>): AsyncGenerator<IngestOutcome> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield reject(path, 'unreadable', fileError(e, path));
    return;
  }
  if (info.isDirectory()) {
    const folder = `${info.dev}:${info.ino}`;
    if (folders.has(folder)) return;
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (e) {
      yield reject(path, 'unreadable', fileError(e));
      return;
    }
    const below = new Set(folders).add(folder);
    const own = new Set(passedOver(path, names).map((skipped) => (o.onSkipped(skipped), skipped.path)));
    for (const name of names) if (!own.has(join(path, name))) yield* ingestPath(join(path, name), o, read, below);
    return;
  }
  if (!info.isFile()) {
    yield reject(path, 'unsupported', 'not a regular file');
    return;
  }
  if (read.has(resolve(path))) return;
  read.add(resolve(path));
  const named = kindFromName(path);
  if (named.foreign !== null) {
    yield reject(path, 'unsupported', refusalOf(named.foreign));
    return;
  }
  yield* ingestStream(path, createReadStream(path, { highWaterMark: 256 * 1024 }), named.kind, o);
}

/** Peek at the first bytes to learn gzip and kind, then stream records or read one bounded article. */
async function* ingestStream(path: string, stream: Readable, known: InputKind | null, o: ResolvedIngestOptions): AsyncGenerator<IngestOutcome> {
  const errors: Error[] = [];
  const source = guarded(stream, errors);
  const first = await source.next();
  if (first.done) {
    yield errors.length > 0 ? reject(path, 'unreadable', fileError(errors[0])) : reject(path, 'empty', 'the input is 0 bytes long');
    return;
  }
  let chunks: AsyncIterable<Buffer> = prepend(first.value, source);
  let head = first.value;
  if (isGzip(head)) {
    const gunzip = createGunzip();
    const raw = chunks;
    void (async () => {
      try {
        for await (const c of raw) {
          if (gunzip.destroyed) break;
          // A reader that stopped early (an input over the limit) destroys gunzip: then no drain comes.
          if (!gunzip.write(c)) await new Promise((r) => (gunzip.once('drain', r), gunzip.once('close', r)));
        }
        gunzip.end();
      } catch (e) {
        gunzip.destroy(e as Error);
      }
    })();
    const unzipped = guarded(gunzip, errors);
    const firstPlain = await unzipped.next();
    if (firstPlain.done) {
      yield errors.length > 0 ? reject(path, 'malformed', `gzip data is damaged or truncated (${errors[0]!.message})`) : reject(path, 'empty', 'the gzip file holds no data');
      return;
    }
    head = firstPlain.value;
    chunks = prepend(firstPlain.value, unzipped);
  }
  if (known === null) {
    // The name says nothing: read the content only when it is text (see kind.ts).
    const unread = unreadContent(head);
    if (unread !== null) {
      stream.destroy();
      yield reject(path, 'unsupported', refusalOf(unread));
      return;
    }
  }
  const kind = known ?? sniffKind(head);
  const bom = bomEncoding(head);
  if (kind === 'jsonl') yield* jsonLines(path, bom === 'utf-16le' || bom === 'utf-16be' ? asUtf8(chunks, bom) : chunks, o);
  else if (kind === 'warc') yield* warcPages(path, chunks, o);
  else {
    yield* wholeArticle(path, chunks, kind, o, errors);
    return;
  }
  if (errors.length > 0) yield reject(path, 'malformed', `the input ends in damaged data (${errors[0]!.message})`);
}

async function* jsonLines(path: string, chunks: AsyncIterable<Buffer>, o: ResolvedIngestOptions): AsyncGenerator<IngestOutcome> {
  for await (const item of byteLines(chunks, o.maxInputBytes)) {
    const where = `${path}#${item.number}`;
    if ('tooLong' in item) {
      yield reject(where, 'too-large', `line of ${item.tooLong} bytes (limit ${o.maxInputBytes})`);
      continue;
    }
    const decoded = decodeBytes(item.line);
    if (isRejection(decoded)) {
      if (decoded.code !== 'empty') yield reject(where, decoded.code, decoded.detail);
      continue;
    }
    if (decoded.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (e) {
      yield reject(where, 'malformed', `not valid JSON (${(e as Error).message})`);
      continue;
    }
    yield jsonOutcome(where, value, o);
  }
}

async function* warcPages(path: string, chunks: AsyncIterable<Buffer>, o: ResolvedIngestOptions): AsyncGenerator<IngestOutcome> {
  for await (const item of warcRecords(chunks, o.maxInputBytes)) {
    const where = `${path}#${item.number}`;
    if (item.kind === 'bad') yield reject(where, 'malformed', item.detail);
    else if (item.kind === 'skipped') yield reject(where, item.why === 'too-large' ? 'too-large' : 'unsupported', `${item.url ?? ''} ${item.detail}`.trim());
    else {
      const decoded = decodeBytes(item.body, { declared: item.charset, html: true });
      if (isRejection(decoded)) yield reject(where, decoded.code, decoded.detail);
      else yield articleOutcome(where, decoded.text, 'html', item.url ? { url: item.url } : {}, o);
    }
  }
}

/** A single-article input (or a JSON array of articles), read up to the size limit. */
async function* wholeArticle(path: string, chunks: AsyncIterable<Buffer>, kind: InputKind, o: ResolvedIngestOptions, errors: readonly Error[]): AsyncGenerator<IngestOutcome> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.length;
    // Read no further: a gzip bomb or an endless stream would otherwise be read to its end to count it.
    if (size > o.maxInputBytes) {
      yield reject(path, 'too-large', `over ${o.maxInputBytes} bytes (the limit)`);
      return;
    }
    parts.push(c);
  }
  if (errors.length > 0) {
    yield reject(path, 'malformed', `damaged or truncated data (${errors[0]!.message})`);
    return;
  }
  const bytes = Buffer.concat(parts, size);
  if (kind === 'feed') {
    yield* feedItems(path, bytes, o);
    return;
  }
  if (kind === 'json') {
    const decoded = decodeBytes(bytes);
    if (!isRejection(decoded) && decoded.text.trimStart().startsWith('[')) {
      let value: unknown;
      try {
        value = JSON.parse(decoded.text);
      } catch (e) {
        yield reject(path, 'malformed', `not valid JSON (${(e as Error).message})`);
        return;
      }
      const items = Array.isArray(value) ? value : [value];
      for (let i = 0; i < items.length; i++) yield jsonOutcome(`${path}#${i + 1}`, items[i], o);
      return;
    }
  }
  yield bytesOutcome(path, bytes, kind, {}, o);
}

/** The items of an RSS or Atom feed, each an article record (`feed.xml#2`), as JSON lines are. */
function* feedItems(path: string, bytes: Buffer, o: ResolvedIngestOptions): Generator<IngestOutcome> {
  const decoded = decodeBytes(bytes);
  if (isRejection(decoded)) {
    yield reject(path, decoded.code, decoded.detail);
    return;
  }
  const records = feedRecords(decoded.text);
  if (records === null) yield reject(path, 'unsupported', 'an XML file that is not an RSS or Atom feed');
  else if (records.length === 0) yield reject(path, 'empty', 'the feed holds no item');
  else {
    for (const [i, record] of records.entries()) {
      const at = `${path}#${i + 1}`;
      // A headline-only item (or a feed cut off inside one): its own reason, not the JSON records' "no text field".
      yield record.html === undefined ? reject(at, 'empty', FEED_ITEM_WITHOUT_TEXT) : jsonOutcome(at, record, o);
    }
  }
}

const FEED_ITEM_WITHOUT_TEXT = 'the feed item has no text (no content, description or summary element)';

/**
 * A UTF-16 stream as UTF-8 bytes, so that JSON lines split at line feeds (in UTF-16 a line feed is two
 * bytes, and splitting at the one 0x0A byte cut every line after the first). The BOM is dropped.
 */
async function* asUtf8(chunks: AsyncIterable<Buffer>, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const c of chunks) yield Buffer.from(decoder.decode(c, { stream: true }));
  yield Buffer.from(decoder.decode());
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** A stream's chunks; a stream error ends the iteration and is recorded instead of thrown. */
async function* guarded(stream: Readable, errors: Error[]): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
  } catch (e) {
    errors.push(e as Error);
  }
}
