import { PassThrough } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';

/** A `CliIo` that keeps what a command prints, for tests that call commands in-process. */
export function memoryIo(cwd = process.cwd()): CliIo & { out: string[]; err: string[]; stdin: PassThrough } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: new PassThrough(), isTTY: false, cwd };
}
