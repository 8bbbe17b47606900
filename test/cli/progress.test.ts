/** The progress bar on a terminal's standard error: drawn, then cleared once, and silent elsewhere. */
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progress.js';
import { memoryIo } from '../support/memory-io.js';

describe('progressBar', () => {
  it('writes nothing when standard error is not a terminal', () => {
    const io = memoryIo();
    const bar = progressBar(io);
    bar.listener({ phase: 'dedup', done: 1, total: 2 });
    bar.finish();
    expect(io.err).toEqual([]);
  });

  it('clears its line once: a second finish (after the command printed its last line) writes nothing', () => {
    const io = { ...memoryIo(), isTTY: true };
    const bar = progressBar(io, { width: 4, intervalMs: 0, now: () => 0 });
    bar.listener({ phase: 'dedup', done: 1, total: 2 });
    expect(io.err.join('')).toContain('1/2');
    bar.finish();
    io.err.length = 0;
    io.stderr('khulasa: wrote out/index.html\n');
    bar.finish();
    expect(io.err).toEqual(['khulasa: wrote out/index.html\n']);
  });

  it('names the story phase by what it does: summaries alone, or summaries and analyses', () => {
    const draw = (analysis: boolean): string => {
      const io = { ...memoryIo(), isTTY: true };
      progressBar(io, { analysis, width: 4, intervalMs: 0, now: () => 0 }).listener({ phase: 'summaries', done: 1, total: 3 });
      return io.err.join('');
    };
    expect(draw(false)).toContain('summarizing ');
    expect(draw(false)).not.toContain('analyzing');
    expect(draw(true)).toContain('summarizing and analyzing');
  });
});
