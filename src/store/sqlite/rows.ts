import {
  documentId,
  storyId,
  type DuplicateKind,
  type RejectCode,
  type StoryAnalysis,
  type SummarySentence,
} from '../../core/index.js';
import type { DocumentStatus, RunRecord, RunStatus, StoredAnalysis, StoredDocument, StoredDocumentHead, StoredSummary } from '../types.js';

export interface DocumentRow {
  seq: number;
  id: string;
  key: string;
  source: string | null;
  path: string;
  status: DocumentStatus;
  title: string | null;
  outlet: string | null;
  dateline: string | null;
  agency: string | null;
  published: string | null;
  url: string | null;
  raw: string | null;
  text: string;
  paragraphs: string;
  removed: string;
  content_hash: string | null;
  reason: string | null;
  detail: string | null;
  duplicate_of: string | null;
  run: number;
}

export const toDocument = (r: DocumentRow): StoredDocument => ({
  seq: r.seq,
  id: documentId(r.id),
  key: r.key,
  source: r.source,
  path: r.path,
  status: r.status,
  title: r.title,
  outlet: r.outlet,
  dateline: r.dateline,
  agency: r.agency,
  published: r.published,
  url: r.url,
  raw: r.raw,
  text: r.text,
  paragraphs: JSON.parse(r.paragraphs) as string[],
  removed: JSON.parse(r.removed) as StoredDocument['removed'],
  contentHash: r.content_hash,
  reason: r.reason as RejectCode | DuplicateKind | null,
  detail: r.detail,
  duplicateOf: r.duplicate_of === null ? null : documentId(r.duplicate_of),
  run: r.run,
});

/** The columns of `StoredDocumentHead`: everything but the text, paragraphs, removals and raw input. */
export const HEAD_COLUMNS = 'seq, id, key, source, path, status, title, outlet, dateline, agency, published, url, content_hash, reason, detail, duplicate_of, run';

export type HeadRow = Omit<DocumentRow, 'raw' | 'text' | 'paragraphs' | 'removed'>;

export const toDocumentHead = (r: HeadRow): StoredDocumentHead => ({
  seq: r.seq,
  id: documentId(r.id),
  key: r.key,
  source: r.source,
  path: r.path,
  status: r.status,
  title: r.title,
  outlet: r.outlet,
  dateline: r.dateline,
  agency: r.agency,
  published: r.published,
  url: r.url,
  contentHash: r.content_hash,
  reason: r.reason as RejectCode | DuplicateKind | null,
  detail: r.detail,
  duplicateOf: r.duplicate_of === null ? null : documentId(r.duplicate_of),
  run: r.run,
});

export interface RunRow {
  id: number;
  number: number;
  status: RunStatus;
  started_at: string;
  finished_at: string | null;
  options: string;
}

export const toRun = (r: RunRow): RunRecord => ({
  id: r.id,
  number: r.number,
  status: r.status,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  options: JSON.parse(r.options) as unknown,
});

export interface SummaryRow {
  story: string;
  membership: string;
  words: number;
  sentences: string;
}

export const toSummary = (r: SummaryRow): StoredSummary => ({
  story: storyId(r.story),
  membership: r.membership,
  words: r.words,
  sentences: JSON.parse(r.sentences) as SummarySentence[],
});

export interface AnalysisRow {
  story: string;
  membership: string;
  analysis: string;
}

export const toAnalysis = (r: AnalysisRow): StoredAnalysis => ({
  story: storyId(r.story),
  membership: r.membership,
  analysis: JSON.parse(r.analysis) as StoryAnalysis,
});
