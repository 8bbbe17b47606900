import { describe, expect, it } from 'vitest';
import { EXIT, type Command } from '../../src/cli/io.js';
import { runCommand } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

const failing = (err: unknown): Command => ({
  name: 'digest',
  summary: '',
  usage: '',
  run: () => Promise.reject(err),
});

describe('a command that fails unexpectedly', () => {
  it('prints one line with the driver code and exits 3, without a stack trace', async () => {
    const io = memoryIo();
    const err = Object.assign(new Error('Connection terminated unexpectedly\n    at Client.<anonymous>'), { code: 'ECONNRESET' });
    expect(await runCommand(failing(err), [], io)).toBe(EXIT.failed);
    const text = io.err.join('');
    expect(text).toMatch(/^khulasa digest: failed ECONNRESET: Connection terminated unexpectedly\n/);
    expect(text).not.toContain('at Client');
    expect(text).toContain('run the same command again');
  });

  it('says what it can of a thrown non-error', async () => {
    const io = memoryIo();
    expect(await runCommand(failing('disk full'), [], io)).toBe(EXIT.failed);
    expect(io.err.join('')).toMatch(/^khulasa digest: failed: disk full\n/);
  });

  it('passes a normal exit code through', async () => {
    const io = memoryIo();
    const ok: Command = { name: 'x', summary: '', usage: '', run: () => Promise.resolve(EXIT.someRejected) };
    expect(await runCommand(ok, [], io)).toBe(EXIT.someRejected);
    expect(io.err).toEqual([]);
  });
});
