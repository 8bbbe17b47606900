import type { Readable } from 'node:stream';
import type { SkippedInput } from '../core/index.js';
import type { OutletRecord } from './outlets/record.js';

/** How inputs are read and which articles are accepted. Defaults in `DEFAULT_INGEST_OPTIONS`. */
export interface IngestOptions {
  /** Stream read for the path `-`. Default: none (then `-` is rejected as unreadable). */
  readonly stdin?: Readable;
  /** Minimum words in the clean text. Default 30; 0 accepts everything; valid 0–10,000. */
  readonly minWords?: number;
  /** Minimum share of Arabic letters among all letters. Default 0.5; 0 accepts every language; valid 0–1. */
  readonly minArabicShare?: number;
  /** Largest single input (file, JSON line, WARC record) in bytes; larger ones are rejected as `too-large` without being buffered. Default 16 MiB; valid 1 KiB–1 GiB. */
  readonly maxInputBytes?: number;
  /** Outlet records used for site names, furniture and host matching. Default: the built-in records. */
  readonly outlets?: readonly OutletRecord[];
  /** Told of each entry a folder walk leaves unread (khulasa's own digest files, hidden files, editor backups: see `SkippedInput`). Default: none. */
  readonly onSkipped?: (skipped: SkippedInput) => void;
}

export interface ResolvedIngestOptions {
  readonly stdin: Readable | null;
  readonly minWords: number;
  readonly minArabicShare: number;
  readonly maxInputBytes: number;
  readonly outlets: readonly OutletRecord[] | null;
  readonly onSkipped: (skipped: SkippedInput) => void;
}

export const DEFAULT_INGEST_OPTIONS: ResolvedIngestOptions = {
  stdin: null,
  minWords: 30,
  minArabicShare: 0.5,
  maxInputBytes: 16 * 2 ** 20,
  outlets: null,
  onSkipped: () => {},
};

export function resolveOptions(o: IngestOptions = {}): ResolvedIngestOptions {
  return {
    stdin: o.stdin ?? DEFAULT_INGEST_OPTIONS.stdin,
    minWords: o.minWords ?? DEFAULT_INGEST_OPTIONS.minWords,
    minArabicShare: o.minArabicShare ?? DEFAULT_INGEST_OPTIONS.minArabicShare,
    maxInputBytes: o.maxInputBytes ?? DEFAULT_INGEST_OPTIONS.maxInputBytes,
    outlets: o.outlets ?? DEFAULT_INGEST_OPTIONS.outlets,
    onSkipped: o.onSkipped ?? DEFAULT_INGEST_OPTIONS.onSkipped,
  };
}
