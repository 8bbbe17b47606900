import type { Readable } from 'node:stream';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable;
  /** True when standard error is a terminal (progress bars only then). */
  readonly isTTY: boolean;
  readonly cwd: string;
}

export const processIo = (): CliIo => ({
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  stdin: process.stdin,
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
});

/** 3: the command stopped on an unexpected failure (a lost database connection, a full disk); rerunning is safe. */
export const EXIT = { ok: 0, someRejected: 1, usage: 2, failed: 3 } as const;

export const EXIT_CODES_HELP = [
  'Exit codes: 0 success; 1 some inputs were rejected (they are still reported); 2 usage error or a store',
  'that cannot be opened; 3 an unexpected failure mid-run (what was stored is kept: run the command again).',
].join('\n');

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** What `khulasa <command> --help` adds below the summary: the options with their defaults, the exit codes. */
  readonly help?: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}
