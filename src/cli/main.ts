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
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return EXIT.ok;
  }
  if (name === '--version') {
    io.stdout('0.1.0\n');
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`khulasa: unknown command '${name}'\n\n${helpText()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n\n${command.summary}\n${command.help === undefined ? '' : `\n${command.help}`}`);
    return EXIT.ok;
  }
  return runCommand(command, rest, io);
}

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
