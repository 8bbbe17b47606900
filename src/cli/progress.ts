import type { ProgressEvent, ProgressListener } from '../pipeline/index.js';
import type { CliIo } from './io.js';

const PHASE_LABELS: Readonly<Record<ProgressEvent['phase'], string>> = {
  ingest: 'reading',
  dedup: 'de-duplicating',
  stories: 'grouping stories',
  summaries: 'summarizing',
  digest: 'writing digest',
};

export interface Progress {
  readonly listener: ProgressListener;
  /** Clears the bar's line, if a bar is drawn on it. */
  finish(): void;
}

/** A one-line progress bar on standard error, redrawn at most every `intervalMs`; silent unless stderr is a TTY. */
export function progressBar(io: CliIo, width = 28, intervalMs = 80, now: () => number = Date.now): Progress {
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
    const label = PHASE_LABELS[e.phase].padEnd(16);
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
