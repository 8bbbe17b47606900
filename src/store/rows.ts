import { documentId, type DuplicateKind, type DuplicateLink, type Sentence } from '../core/index.js';

/** Row shapes both backends read the same way (the driver-specific ones are in each backend's rows.ts). */
export interface SentenceRow {
  idx: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export const toSentence = (r: SentenceRow): Sentence => ({ index: r.idx, paragraph: r.paragraph, start: r.start, end: r.end, text: r.text });

export interface LinkRow {
  document: string;
  original: string;
  kind: DuplicateKind;
  similarity: number;
}

export const toLink = (r: LinkRow): DuplicateLink => ({
  kind: r.kind,
  document: documentId(r.document),
  original: documentId(r.original),
  similarity: r.similarity,
});
