import { storyId, type StoryAnalysis, type SummarySentence } from '../../core/index.js';
import type { RunRecord, RunStatus, StoredAnalysis, StoredDocument, StoredSummary } from '../types.js';
import { toDocumentHead, type HeadRow } from '../rows.js';

export interface DocumentRow extends HeadRow {
  seq: number;
  raw: string | null;
  text: string;
  paragraphs: string;
  removed: string;
}

export const toDocument = (r: DocumentRow): StoredDocument => ({
  ...toDocumentHead(r),
  raw: r.raw,
  text: r.text,
  paragraphs: JSON.parse(r.paragraphs) as string[],
  removed: JSON.parse(r.removed) as StoredDocument['removed'],
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
