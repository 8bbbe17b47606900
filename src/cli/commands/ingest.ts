import { EXIT, type Command } from '../io.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Decode and clean inputs and report each as ok, duplicate or rejected',
  usage: 'khulasa ingest <path...> [--db FILE] [--json]',
  async run(_args, io) {
    io.stderr('khulasa ingest: not available in this build yet (issue #3)\n');
    return EXIT.usage;
  },
};
