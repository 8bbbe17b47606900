import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { defaultStages, runDigest, writeDigestFiles, DIGEST_DEFAULTS, DIGEST_FILES } from '../../pipeline/index.js';
import { openStore } from '../../store/index.js';
import { storyTable } from '../../render/index.js';
import { intFlag, parseArgs } from '../args.js';
import { EXIT, type Command } from '../io.js';
import { progressBar } from '../progress.js';

const DEFAULT_OUT_DIR = 'khulasa-digest';

export const digestCommand: Command = {
  name: 'digest',
  summary: 'Ingest, de-duplicate, group into stories, summarize and write digest.json, digest.md and index.html',
  usage: 'khulasa digest <path...> [--db FILE|URL] [--out DIR] [--words N] [--json]   (a path of - reads one article from standard input)',
  async run(argv, io) {
    const usage = (message: string): number => {
      io.stderr(`khulasa digest: ${message}\nUsage: ${digestCommand.usage}\n`);
      return EXIT.usage;
    };
    const parsed = parseArgs(argv, { valued: ['db', 'out', 'words'], boolean: ['json'] });
    if (!parsed.ok) return usage(parsed.error);
    const { args } = parsed;
    if (args.positionals.length === 0) return usage('give at least one file or folder');
    const words = intFlag(args, 'words', DIGEST_DEFAULTS.words, 10, 2000);
    if (typeof words === 'string') return usage(words);
    // Relative to the process, so the digest shows the paths as the user typed them rather than absolute ones.
    const paths = args.positionals.map((p) => (p === '-' || isAbsolute(p) ? p : relative(process.cwd(), resolve(io.cwd, p)) || '.'));
    const missing = args.positionals.filter((p, i) => p !== '-' && !existsSync(paths[i]!));
    if (missing.length) return usage(`no such file or folder: ${missing.join(', ')}`);
    const flag = (name: string): string | undefined => {
      const v = args.flags.get(name);
      return typeof v === 'string' ? v : undefined;
    };
    const outDir = resolve(io.cwd, flag('out') ?? DEFAULT_OUT_DIR);

    const opened = await openStore(flag('db') ?? DIGEST_DEFAULTS.db, { cwd: io.cwd });
    if (!opened.ok) return usage(opened.message);
    const { store, location: dbFile } = opened;
    const progress = progressBar(io);
    try {
      const result = await runDigest(paths, { store, words, stages: defaultStages({ ingest: { stdin: io.stdin } }), onProgress: progress.listener });
      progress.finish();
      let json: string;
      try {
        json = writeDigestFiles(outDir, result.digest, result.sources);
      } catch (err) {
        return usage(`cannot write the digest into ${outDir}: ${(err as Error).message} (the store ${dbFile} is up to date)`);
      }
      if (args.flags.has('json')) io.stdout(json);
      else {
        io.stdout(storyTable(result.digest));
        io.stderr(`khulasa: wrote ${join(outDir, DIGEST_FILES.html)}, ${DIGEST_FILES.markdown} and ${DIGEST_FILES.json} (store: ${dbFile})\n`);
      }
      const rejected = result.ingest.rejected;
      if (rejected > 0) io.stderr(`khulasa: ${rejected} input${rejected === 1 ? ' was' : 's were'} rejected (see the digest for why)\n`);
      return rejected > 0 ? EXIT.someRejected : EXIT.ok;
    } finally {
      progress.finish();
      await store.close();
    }
  },
};
