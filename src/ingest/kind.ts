/** Input kinds by file name, and by content when the name says nothing (standard input, `.gz` of unknown). */
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
  /** null: the name has no known extension. */
  readonly kind: InputKind | null;
  readonly gzip: boolean;
}

export function kindFromName(name: string): NamedKind {
  const gzip = /\.gz$/i.test(name);
  const base = gzip ? name.slice(0, -3) : name;
  const hit = BY_EXTENSION.find(([re]) => re.test(base));
  return { kind: hit ? hit[1] : null, gzip };
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
