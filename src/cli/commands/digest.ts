import { EXIT, type Command } from '../io.js';

export const digestCommand: Command = {
  name: 'digest',
  summary: 'Ingest, de-duplicate, group into stories, summarize and write digest.json, digest.md and index.html',
  usage: 'khulasa digest <path...> [--db FILE] [--out DIR] [--words N] [--json]',
  async run(_args, io) {
    io.stderr('khulasa digest: not available in this build yet (issue #6)\n');
    return EXIT.usage;
  },
};
