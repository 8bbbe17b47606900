import { readFileSync } from 'node:fs';
import { processIo, EXIT, EXIT_CODES_HELP, type CliIo, type Command } from './io.js';
import { digestCommand } from './commands/digest.js';
import { ingestCommand } from './commands/ingest.js';
import { cleanCommand } from './commands/clean.js';
import { summarizeCommand } from './commands/summarize.js';
import { evalCommand } from './commands/eval.js';
import { serveCommand } from './commands/serve.js';

const COMMANDS: readonly Command[] = [digestCommand, ingestCommand, cleanCommand, summarizeCommand, evalCommand, serveCommand];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'khulasa — digests of Arabic news from many outlets',
    '',
    'Usage: khulasa <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `khulasa <command> --help` for the options of one command.',
    '',
    EXIT_CODES_HELP,
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(helpText());
    return EXIT.usage;
  }
  const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
  if (topic) return commandHelp(topic, io);
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`khulasa: unknown command '${name}'\n\n${helpText()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) return commandHelp(command, io);
  return runCommand(command, rest, io);
}

function commandHelp(command: Command, io: CliIo): number {
  io.stdout(`Usage: ${command.usage}\n\n${command.summary}\n${command.help === undefined ? '' : `\n${command.help}`}`);
  return EXIT.ok;
}

/** The version in package.json (two folders up from both src/cli and dist/cli). */
const version = (): string => (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Runs a command; a failure nobody expected (the database connection lost mid-run, the disk full)
 * becomes one line on standard error and exit code 3, never a stack trace. Every stage commits as it
 * goes, so the same command run again finishes the work.
 */
export async function runCommand(command: Command, args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await command.run(args, io);
  } catch (err) {
    const code = typeof (err as { code?: unknown } | null)?.code === 'string' ? ` ${(err as { code: string }).code}` : '';
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`khulasa ${command.name}: failed${code}: ${message.split('\n')[0]}\nWhat was stored before the failure is kept; run the same command again to finish.\n`);
    return EXIT.failed;
  }
}
