import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

describe('khulasa --help', () => {
  it('lists every command', async () => {
    const io = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    const text = io.out.join('');
    for (const name of ['digest', 'ingest', 'clean', 'summarize', 'eval']) expect(text).toContain(`  ${name}`);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const io = memoryIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err.join('')).toContain("unknown command 'frobnicate'");
  });
});
