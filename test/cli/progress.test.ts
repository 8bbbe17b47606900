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
    const bar = progressBar(io, 4, 0, () => 0);
    bar.listener({ phase: 'dedup', done: 1, total: 2 });
    expect(io.err.join('')).toContain('1/2');
    bar.finish();
    io.err.length = 0;
    io.stderr('khulasa: wrote out/index.html\n');
    bar.finish();
    expect(io.err).toEqual(['khulasa: wrote out/index.html\n']);
  });
});
