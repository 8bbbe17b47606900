export type DigestPhase = 'ingest' | 'dedup' | 'stories' | 'summaries' | 'digest';

/** `total` is null while unknown (inputs are still being listed). */
export interface ProgressEvent {
  readonly phase: DigestPhase;
  readonly done: number;
  readonly total: number | null;
}

export type ProgressListener = (event: ProgressEvent) => void;
