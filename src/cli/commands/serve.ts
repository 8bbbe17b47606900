import { createApp, listen } from '../../http/index.js';
import { DIGEST_DEFAULTS } from '../../pipeline/index.js';
import { openStore } from '../../store/index.js';
import { intFlag, parseArgs } from '../args.js';
import { EXIT, type Command } from '../io.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the web reader and the HTTP API (/, /digest.json, /stories/:id, POST /clean, POST /summarize)',
  usage: 'khulasa serve [--db FILE|URL] [--port N] [--host ADDRESS] [--words N]',
  async run(argv, io) {
    const usage = (message: string): number => {
      io.stderr(`khulasa serve: ${message}\nUsage: ${serveCommand.usage}\n`);
      return EXIT.usage;
    };
    const parsed = parseArgs(argv, { valued: ['db', 'port', 'host', 'words'], boolean: [] });
    if (!parsed.ok) return usage(parsed.error);
    const { args } = parsed;
    if (args.positionals.length > 0) return usage(`unexpected argument ${args.positionals[0]}`);
    const port = intFlag(args, 'port', 8080, 0, 65535);
    if (typeof port === 'string') return usage(port);
    const words = intFlag(args, 'words', 120, 10, 2000);
    if (typeof words === 'string') return usage(words);
    const host = args.flags.get('host');
    const db = args.flags.get('db');
    const opened = await openStore(typeof db === 'string' ? db : DIGEST_DEFAULTS.db, { cwd: io.cwd });
    if (!opened.ok) return usage(opened.message);
    const { store } = opened;
    const address = typeof host === 'string' ? host : '127.0.0.1';
    const server = await listen(createApp({ store, words }), port, address);
    const bound = server.address();
    io.stderr(`khulasa: serving on http://${address}:${typeof bound === 'object' && bound ? bound.port : port}/ (Ctrl-C stops)\n`);
    await new Promise<void>((done) => {
      const stop = (): void => void server.close(() => done());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await store.close();
    return EXIT.ok;
  },
};
