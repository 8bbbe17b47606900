import { gunzipSync } from 'node:zlib';
import { isRejection, type IngestOutcome, type RejectCode, type SourceMeta } from '../core/index.js';
import { cleanText, extractHtml, type CleanOptions } from './article.js';
import { decodeBytes } from './decode/decode.js';
import { refusalOf } from './foreign.js';
import { isGzip, kindFromName, sniffKind, type InputKind } from './kind.js';
import { resolveOptions, type IngestOptions, type ResolvedIngestOptions } from './options.js';
import { judge } from './policy.js';
import { JSON_FIELDS, jsonArticle } from './record.js';

export const reject = (path: string, code: RejectCode, detail: string): IngestOutcome => ({ kind: 'rejected', path, code, detail });

const cleanOptions = (path: string, o: ResolvedIngestOptions): CleanOptions => (o.outlets === null ? { path } : { path, outlets: o.outlets });

/** One article already decoded to text, as HTML or plain text. */
export function articleOutcome(path: string, text: string, kind: 'html' | 'text', meta: SourceMeta, o: ResolvedIngestOptions): IngestOutcome {
  if (text.trim() === '') return reject(path, 'empty', 'the input holds only white space');
  const doc = kind === 'html' ? extractHtml(text, meta, cleanOptions(path, o)) : cleanText(text, meta, cleanOptions(path, o));
  return judge(doc, kind, o);
}

/** Said to whoever sent the record (an HTTP client, a user of `ingest`), so it names the fields rather than a document they may not have. */
const NO_ARTICLE_FIELD = `the JSON object has no text or HTML field (text: ${JSON_FIELDS.text.join(', ')}; HTML: ${JSON_FIELDS.html.join(', ')})`;

/** One JSON value holding an article. */
export function jsonOutcome(path: string, value: unknown, o: ResolvedIngestOptions, meta: SourceMeta = {}): IngestOutcome {
  const a = jsonArticle(value);
  if (a === null) return reject(path, 'malformed', NO_ARTICLE_FIELD);
  const merged = { ...a.meta, ...meta };
  return a.html !== null ? articleOutcome(path, a.html, 'html', merged, o) : articleOutcome(path, a.text ?? '', 'text', merged, o);
}

/**
 * One in-memory input holding one article: text, HTML or a JSON object, optionally gzip-compressed;
 * the kind comes from the extension, else from the content. Multi-record inputs (JSON lines, WARC,
 * JSON arrays) go through `ingestPaths`.
 */
export function cleanBytes(path: string, bytes: Uint8Array, meta: SourceMeta = {}, options: IngestOptions = {}): IngestOutcome {
  const o = resolveOptions(options);
  return bytesOutcome(path, bytes, null, meta, o);
}

export function bytesOutcome(path: string, bytes: Uint8Array, known: InputKind | null, meta: SourceMeta, o: ResolvedIngestOptions): IngestOutcome {
  if (bytes.length > o.maxInputBytes) return reject(path, 'too-large', `${bytes.length} bytes (limit ${o.maxInputBytes})`);
  const named = kindFromName(path);
  // A name that says the bytes are a format khulasa does not read (`scan.pdf`) is refused as a file is.
  if (named.foreign !== null) return reject(path, 'unsupported', refusalOf(named.foreign));
  let data = bytes;
  if (isGzip(bytes)) {
    try {
      data = gunzipSync(bytes, { maxOutputLength: o.maxInputBytes });
    } catch (e) {
      return reject(path, 'malformed', `gzip data is damaged, truncated or too large (${(e as Error).message})`);
    }
  }
  const kind: InputKind = known ?? named.kind ?? sniffKind(data);
  if (kind === 'warc' || kind === 'jsonl' || kind === 'feed') {
    return reject(path, 'unsupported', `a ${kind} input holds many articles: give one article, or read the file with khulasa ingest`);
  }
  const decoded = decodeBytes(data, { html: kind === 'html' });
  if (isRejection(decoded)) return reject(path, decoded.code, decoded.detail);
  if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (e) {
      return reject(path, 'malformed', `not valid JSON (${(e as Error).message})`);
    }
    if (Array.isArray(value)) return reject(path, 'unsupported', 'a JSON array of articles: read it with ingestPaths');
    return jsonOutcome(path, value, o, meta);
  }
  return articleOutcome(path, decoded.text, kind, meta, o);
}
