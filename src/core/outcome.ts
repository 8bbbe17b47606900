/**
 * Expected failures are data. Every rejected input carries one of these codes; the catalog below is
 * the single place that turns a code into words. HTTP status codes live only in the HTTP layer.
 */
export const REJECT_CODES = [
  'empty',
  'binary',
  'encoding',
  'mojibake',
  'not-arabic',
  'too-short',
  'no-main-content',
  'unreadable',
  'unsupported',
  'malformed',
  'too-large',
] as const;

export type RejectCode = (typeof REJECT_CODES)[number];

export const REJECT_MESSAGES: Readonly<Record<RejectCode, string>> = {
  empty: 'the input holds no text',
  binary: 'the input is binary data, not text',
  encoding: 'the bytes could not be decoded as UTF-8, Windows-1256 or ISO-8859-6',
  mojibake: 'the text was decoded with the wrong character set and could not be repaired',
  'not-arabic': 'the text is not Arabic',
  'too-short': 'the article is too short to be a news report',
  'no-main-content': 'no article body was found in the page',
  unreadable: 'the file could not be read',
  unsupported: 'the file type is not supported',
  malformed: 'the file is not well-formed for its type',
  'too-large': 'the input is larger than the size limit for one article',
};

export interface Rejection {
  readonly kind: 'rejected';
  readonly code: RejectCode;
  /** Specific detail for this input (e.g. "42% of bytes are control characters"). */
  readonly detail: string;
}

export const rejection = (code: RejectCode, detail: string = REJECT_MESSAGES[code]): Rejection => ({
  kind: 'rejected',
  code,
  detail,
});

export const isRejection = (x: { readonly kind: string }): x is Rejection => x.kind === 'rejected';
