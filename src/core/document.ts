import type { DocumentId } from './ids.js';
import type { RejectCode } from './outcome.js';

/** `[start, end)` in UTF-16 code units of the clean text it belongs to. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Metadata a source may carry before cleaning (JSON fields, HTML meta tags, WARC headers). */
export interface SourceMeta {
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  /** ISO 8601 date or date-time. */
  readonly published?: string;
  readonly author?: string;
}

/** Why a span of the input did not make it into the clean article. */
export type RemovalReason =
  | 'repeated-block'
  | 'furniture'
  | 'site-name'
  | 'navigation'
  | 'share-widget'
  | 'font-widget'
  | 'comment-form'
  | 'login'
  | 'copyright'
  | 'address'
  | 'newsletter'
  | 'latin-line'
  | 'caption'
  | 'title'
  | 'title-repeat'
  | 'dateline'
  | 'agency-credit'
  | 'date-line'
  | 'read-also'
  | 'outlet-furniture'
  | 'html-boilerplate';

export interface Removed {
  readonly text: string;
  readonly reason: RemovalReason;
}

/** One article after decoding and extraction: what every later stage reads. */
export interface CleanDocument {
  readonly kind: 'clean-document';
  readonly id: DocumentId;
  /** Where it came from: a file path, `-` for standard input, `file.jsonl#12` or `file.warc.gz#3` for records. */
  readonly path: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly dateline: string | null;
  /** Canonical agency name (`AFP`, `Reuters`, `Anadolu`, ...) when the text credits one. */
  readonly agency: string | null;
  /** ISO 8601 date (or date-time) of publication when known. */
  readonly published: string | null;
  readonly url: string | null;
  /** Clean paragraphs, in order. `text` is these joined by `\n`. */
  readonly paragraphs: readonly string[];
  readonly text: string;
  readonly removed: readonly Removed[];
  /** Hash of the key text of `text`: equal hashes are exact duplicates. */
  readonly contentHash: string;
}

/** What a clean document is made of; metadata left out is null, removals left out are none. */
export interface CleanDocumentFields {
  readonly id: DocumentId;
  readonly path: string;
  readonly paragraphs: readonly string[];
  readonly contentHash: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly dateline?: string | null;
  readonly agency?: string | null;
  readonly published?: string | null;
  readonly url?: string | null;
  readonly removed?: readonly Removed[];
}

/** The maker of `CleanDocument`: `text` is always the paragraphs joined by `\n`. */
export const cleanDocument = (f: CleanDocumentFields): CleanDocument => ({
  kind: 'clean-document',
  id: f.id,
  path: f.path,
  title: f.title ?? null,
  outlet: f.outlet ?? null,
  dateline: f.dateline ?? null,
  agency: f.agency ?? null,
  published: f.published ?? null,
  url: f.url ?? null,
  paragraphs: f.paragraphs,
  text: f.paragraphs.join('\n'),
  removed: f.removed ?? [],
  contentHash: f.contentHash,
});

export interface IngestOk {
  readonly kind: 'ok';
  readonly path: string;
  readonly document: CleanDocument;
}

export interface IngestRejected {
  readonly kind: 'rejected';
  readonly path: string;
  readonly code: RejectCode;
  readonly detail: string;
}

export type IngestOutcome = IngestOk | IngestRejected;

export const isIngestOk = (o: IngestOutcome): o is IngestOk => o.kind === 'ok';

/** A sentence of a clean document. `index` counts from 0 over the whole document. */
export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
}
