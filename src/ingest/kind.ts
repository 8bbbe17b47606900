import { controlReason } from './decode/binary.js';
import { bomEncoding } from './decode/decode.js';
import { utf16WithoutBom } from './decode/utf16.js';
import { foreignByContent, foreignByName } from './foreign.js';

/**
 * Input kinds by file name, and by content when the name says nothing (standard input, `.gz` of
 * unknown, `M0001.arabic`, `article_12`, `.dat`).
 */
export type InputKind = 'text' | 'html' | 'json' | 'jsonl' | 'warc' | 'feed';

const BY_EXTENSION: ReadonlyArray<readonly [RegExp, InputKind]> = [
  [/\.(txt|text)$/i, 'text'],
  [/\.(html?|xhtml)$/i, 'html'],
  [/\.jsonl$|\.ndjson$/i, 'jsonl'],
  [/\.json$/i, 'json'],
  [/\.warc$/i, 'warc'],
  [/\.(rss|atom|xml)$/i, 'feed'],
];

export interface NamedKind {
  /** null: the name says nothing of the content (no extension khulasa knows): the content decides. */
  readonly kind: InputKind | null;
  readonly gzip: boolean;
  /** The format the name gives, when it is one khulasa does not read (`a PDF document` for `.pdf`, `.pdf.gz`); else null. */
  readonly foreign: string | null;
}

export function kindFromName(name: string): NamedKind {
  const gzip = /\.gz$/i.test(name);
  const base = gzip ? name.slice(0, -3) : name;
  const hit = BY_EXTENSION.find(([re]) => re.test(base));
  return { kind: hit ? hit[1] : null, gzip, foreign: hit ? null : foreignByName(base) };
}

/** An RSS or Atom feed's root element, after the XML declaration, comments and a doctype. */
export const FEED_ROOT = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:RDF)[\s>]/i;

export const isGzip = (head: Uint8Array): boolean => head[0] === 0x1f && head[1] === 0x8b;

/** A guess from the first bytes: WARC header, an RSS or Atom feed, markup, JSON, else text. */
export function sniffKind(head: Uint8Array): InputKind {
  const start = new TextDecoder('utf-8').decode(head.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('WARC/')) return 'warc';
  if (FEED_ROOT.test(start)) return 'feed';
  if (/^<(!doctype html|html|head|body|meta|div|article|p[\s>])/i.test(start)) return 'html';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return /^\{[^\n]*\}\s*\n\s*\{/.test(start) || !/\}\s*$/.test(start) ? 'jsonl' : 'json';
  return 'text';
}

/**
 * Why content whose name says nothing of it is not read, or null when it looks like text: the
 * signature of a format khulasa does not read (`a PDF document`), else binary data (NUL or control
 * bytes, as the decoder's binary check finds them) that is not UTF-16. Text in UTF-8, UTF-16 (with
 * or without a BOM) or a legacy code page passes, for the decoder to read or refuse.
 */
export function unreadContent(head: Uint8Array): string | null {
  const format = foreignByContent(head);
  if (format !== null) return format;
  if (bomEncoding(head) !== null) return null;
  // (No signature is left to find: foreignByContent above looked for every one.)
  const binary = controlReason(head);
  if (binary === null) return null;
  return utf16WithoutBom(head.subarray(0, head.length - (head.length % 2))) === null ? `binary content (${binary})` : null;
}
