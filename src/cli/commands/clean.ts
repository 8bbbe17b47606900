import { EXIT, type Command } from '../io.js';

export const cleanCommand: Command = {
  name: 'clean',
  summary: 'Print each input as a cleaned article, with what was removed and why',
  usage: 'khulasa clean <file...> [--json]',
  async run(_args, io) {
    io.stderr('khulasa clean: not available in this build yet (issue #3)\n');
    return EXIT.usage;
  },
};
