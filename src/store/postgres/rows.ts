import { storyId, type StoryAnalysis, type SummarySentence } from '../../core/index.js';
import type { RunRecord, RunStatus, StoredAnalysis, StoredDocument, StoredSummary } from '../types.js';
import { toDocumentHead, type HeadRow } from '../rows.js';

/** node-postgres hands BIGINT (and COUNT) back as strings, JSON columns parsed, BYTEA as a Buffer. */
type BigIntText = string;

export interface DocumentRow extends HeadRow {
  seq: BigIntText;
  raw: Buffer | null;
  text: string;
  paragraphs: string[];
  removed: StoredDocument['removed'];
}

export const toDocument = (r: DocumentRow): StoredDocument => ({
  ...toDocumentHead(r),
  raw: r.raw === null ? null : r.raw.toString('utf8'),
  text: r.text,
  paragraphs: r.paragraphs,
  removed: r.removed,
});


export interface RunRow {
  id: BigIntText;
  number: number;
  status: RunStatus;
  started_at: string;
  finished_at: string | null;
  options: unknown;
}

export const toRun = (r: RunRow): RunRecord => ({
  id: Number(r.id),
  number: r.number,
  status: r.status,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  options: r.options,
});

export interface StoryRow {
  id: string;
  title: string | null;
  created: number;
  updated: number;
}

export interface MemberRow {
  story: string;
  document: string;
}

export interface SummaryRow {
  story: string;
  membership: string;
  words: number;
  sentences: SummarySentence[];
}

export const toSummary = (r: SummaryRow): StoredSummary => ({
  story: storyId(r.story),
  membership: r.membership,
  words: r.words,
  sentences: r.sentences,
});

export interface AnalysisRow {
  story: string;
  membership: string;
  analysis: StoryAnalysis;
}

export const toAnalysis = (r: AnalysisRow): StoredAnalysis => ({
  story: storyId(r.story),
  membership: r.membership,
  analysis: r.analysis,
});
