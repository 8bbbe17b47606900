import { EXIT, type Command } from '../io.js';

export const summarizeCommand: Command = {
  name: 'summarize',
  summary: 'Summarize the given files as one story, every sentence citing its source',
  usage: 'khulasa summarize <file...> [--words N] [--json]',
  async run(_args, io) {
    io.stderr('khulasa summarize: not available in this build yet (issue #5)\n');
    return EXIT.usage;
  },
};
