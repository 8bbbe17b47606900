import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export function memoryIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: new PassThrough(), isTTY: false, cwd: process.cwd() };
}

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
