import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import { APP_DEFAULTS, createApp, listen } from '../../http/index.js';
import { DIGEST_DEFAULTS } from '../../pipeline/index.js';
import { isPostgresUrl, openStore } from '../../store/index.js';
import { intFlag, parseArgs, WORDS_RANGE } from '../args.js';
import { EXIT, EXIT_CODES_HELP, type Command } from '../io.js';

const SERVE_DEFAULTS = { host: '127.0.0.1', port: 8080 } as const;

/** Socket errors of `listen` a user can act on, as a reason code and what to do. */
const LISTEN_PROBLEMS: Readonly<Record<string, readonly [code: string, advice: string]>> = {
  EADDRINUSE: ['port-in-use', 'another program listens there: choose another --port'],
  EACCES: ['port-forbidden', 'this user may not listen on that port: choose one above 1023'],
  EADDRNOTAVAIL: ['bad-host', 'this machine has no such address: give --host one of its addresses'],
  ENOTFOUND: ['bad-host', 'the host name does not resolve: give --host an address of this machine'],
  EAI_AGAIN: ['bad-host', 'the host name does not resolve: give --host an address of this machine'],
};

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the web reader and the HTTP API (/, /digest.json, /stories/:id, POST /clean, POST /summarize, POST /analyze)',
  usage: 'khulasa serve [--db FILE|URL] [--port N] [--host ADDRESS] [--words N]',
  help: [
    'GET / is the latest digest of the store as a page; GET /digest.json and GET /stories/:id give it as',
    'JSON; POST /clean (body: one article, or a form upload of one file; ?name=x.html names its type)',
    'returns the clean article; POST /summarize (JSON body: { "articles": [ { "text" | "html", "title"?, ... } ],',
    '"words"? }; another Content-Type is 415) returns a cited summary, with "warnings" when none fits "words";',
    'POST /analyze (the same "articles", read as one story) returns its entities, quotes, timeline and',
    'disagreements;',
    'GET /healthz answers { "ok": true }. Ctrl-C stops; a second one cuts requests still open. Errors are',
    `{ "error": { "code", "message" } }; a body over ${APP_DEFAULTS.maxBodyBytes / 2 ** 20} MiB is 413 too-large.`,
    '',
    'Options:',
    `  --db FILE|URL   the store to read (default ./${DIGEST_DEFAULTS.db}); a SQLite file must exist`,
    `  --port N        0 to 65535, 0 picks a free port (default ${SERVE_DEFAULTS.port})`,
    `  --host ADDRESS  the address to listen on (default ${SERVE_DEFAULTS.host}, this machine only)`,
    `  --words N       summary length for POST /summarize without "words", ${WORDS_RANGE.min} to ${WORDS_RANGE.max} (default ${APP_DEFAULTS.words})`,
    '',
    EXIT_CODES_HELP,
    '',
  ].join('\n'),
  async run(argv, io) {
    const usage = (message: string): number => {
      io.stderr(`khulasa serve: ${message}\nUsage: ${serveCommand.usage}\n`);
      return EXIT.usage;
    };
    const parsed = parseArgs(argv, { valued: ['db', 'port', 'host', 'words'], boolean: [] });
    if (!parsed.ok) return usage(parsed.error);
    const { args } = parsed;
    if (args.positionals.length > 0) return usage(`unexpected argument ${args.positionals[0]}`);
    const port = intFlag(args, 'port', SERVE_DEFAULTS.port, 0, 65535);
    if (typeof port === 'string') return usage(port);
    const words = intFlag(args, 'words', APP_DEFAULTS.words, WORDS_RANGE.min, WORDS_RANGE.max);
    if (typeof words === 'string') return usage(words);
    const host = args.flags.get('host');
    const db = args.flags.get('db');
    const location = typeof db === 'string' ? db : DIGEST_DEFAULTS.db;
    // Serving reads a store; opening a mistyped file name would create an empty one and serve nothing.
    if (!isPostgresUrl(location) && !existsSync(resolve(io.cwd, location))) {
      io.stderr(`khulasa serve: no-store: there is no store at ${resolve(io.cwd, location)}: run \`khulasa digest\` first, or give --db\n`);
      return EXIT.usage;
    }
    const opened = await openStore(location, { cwd: io.cwd, readOnly: true });
    if (!opened.ok) {
      io.stderr(`khulasa serve: ${opened.message}\n`);
      return EXIT.usage;
    }
    const { store } = opened;
    const address = typeof host === 'string' ? host : SERVE_DEFAULTS.host;
    let server: Server;
    try {
      server = await listen(createApp({ store, words }), port, address);
    } catch (err) {
      await store.close();
      const errno = (err as NodeJS.ErrnoException).code ?? '';
      const [code, advice] = LISTEN_PROBLEMS[errno] ?? ['cannot-listen', (err as Error).message];
      io.stderr(`khulasa serve: ${code}: cannot listen on ${address}:${port} (${errno || 'error'}): ${advice}\n`);
      return EXIT.usage;
    }
    const bound = server.address();
    await new Promise<void>((done) => {
      let stopping = false;
      const stop = (): void => {
        if (stopping) {
          // A second Ctrl-C: the requests still open are cut.
          server.closeAllConnections();
          return;
        }
        stopping = true;
        server.close(() => {
          process.removeListener('SIGINT', stop);
          process.removeListener('SIGTERM', stop);
          done();
        });
        server.closeIdleConnections();
        // A request still open (a slow upload) holds the server up: say so, rather than seem to ignore Ctrl-C.
        server.getConnections((_err, open) => {
          if (open > 0) io.stderr(`khulasa serve: stopping: ${open === 1 ? '1 request still open is' : `${open} requests still open are`} answered first (Ctrl-C again cuts ${open === 1 ? 'it' : 'them'})\n`);
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      // Said only once Ctrl-C is handled: a client (or test) that acts on this line may signal at once.
      io.stderr(`khulasa: serving on http://${address.includes(':') ? `[${address}]` : address}:${typeof bound === 'object' && bound ? bound.port : port}/ (Ctrl-C stops)\n`);
    });
    await store.close();
    return EXIT.ok;
  },
};
