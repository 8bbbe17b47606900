import { describe, expect, it } from 'vitest';
import { run as runSentences } from '../../src/cli/eval/sentences.js';
import { run as runStems } from '../../src/cli/eval/stems.js';
import { memoryIo } from '../support/memory-io.js';

describe('khulasa eval sentences | stems', () => {
  it('prints boundary scores for khulasa and Intl.Segmenter', async () => {
    const io = memoryIo();
    expect(await runSentences([], io)).toBe(0);
    const out = io.out.join('');
    expect(out).toMatch(/\d+ passages, \d+ gold sentences/);
    expect(out).toContain('khulasa (؛ does not end)');
    expect(out).toContain("Intl.Segmenter('ar', sentence)");
  });

  it('lists errors on request', async () => {
    const io = memoryIo();
    expect(await runSentences(['--errors'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/### Intl.Segmenter\('ar', sentence\): \d+ errors/);
  });

  it('prints merge precision and recall for light10 and khulasa', async () => {
    const io = memoryIo();
    expect(await runStems(['--details'], io)).toBe(0);
    const out = io.out.join('');
    expect(out).toMatch(/Stem merges: \d+ words in \d+ classes/);
    expect(out).toContain('light10 (Lucene rules)');
    expect(out).toContain('khulasa (light10 + guarded extras)');
  });

  it('rejects unknown arguments with the usage exit code', async () => {
    const io = memoryIo();
    expect(await runSentences(['--bogus'], io)).toBe(2);
    expect(await runStems(['--bogus'], io)).toBe(2);
    expect(io.err.join('')).toContain('unknown argument');
  });
});
