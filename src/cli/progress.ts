import type { ProgressEvent, ProgressListener } from '../pipeline/index.js';
import type { CliIo } from './io.js';

const PHASE_LABELS: Readonly<Record<ProgressEvent['phase'], string>> = {
  ingest: 'reading',
  dedup: 'de-duplicating',
  stories: 'grouping stories',
  summaries: 'summarizing',
  digest: 'writing digest',
};
/** The story phase when each story is also analyzed (entities, quotes, timeline): most of its time then. */
const ANALYZING_LABEL = 'summarizing and analyzing';
const LABEL_WIDTH = Math.max(...[...Object.values(PHASE_LABELS), ANALYZING_LABEL].map((l) => l.length));

export interface ProgressBarOptions {
  /** The run analyzes its stories too (the label of the story phase says so). Default false. */
  readonly analysis?: boolean;
  readonly width?: number;
  readonly intervalMs?: number;
  readonly now?: () => number;
}

export interface Progress {
  readonly listener: ProgressListener;
  /** Clears the bar's line, if a bar is drawn on it. */
  finish(): void;
}

/** A one-line progress bar on standard error, redrawn at most every `intervalMs`; silent unless stderr is a TTY. */
export function progressBar(io: CliIo, options: ProgressBarOptions = {}): Progress {
  const { analysis = false, width = 28, intervalMs = 80, now = Date.now } = options;
  if (!io.isTTY) return { listener: () => {}, finish: () => {} };
  let last = -Infinity;
  let lastPhase = '';
  let drawn = false;
  const listener: ProgressListener = (e) => {
    const t = now();
    const complete = e.total !== null && e.done >= e.total;
    if (e.phase === lastPhase && t - last < intervalMs && !complete) return;
    last = t;
    lastPhase = e.phase;
    drawn = true;
    const label = (e.phase === 'summaries' && analysis ? ANALYZING_LABEL : PHASE_LABELS[e.phase]).padEnd(LABEL_WIDTH);
    if (e.total === null || e.total === 0) {
      io.stderr(`\r\x1b[2K${label} ${e.done > 0 ? e.done : ''}`);
      return;
    }
    const filled = Math.round((Math.min(e.done, e.total) / e.total) * width);
    io.stderr(`\r\x1b[2K${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${e.done}/${e.total}`);
  };
  const finish = (): void => {
    // Once: the command calls it again on its way out, after it may have printed its last line.
    if (drawn) io.stderr('\r\x1b[2K');
    drawn = false;
  };
  return { listener, finish };
}
