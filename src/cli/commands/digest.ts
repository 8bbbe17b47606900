import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultStages, parseSince, runDigest, writeDigestFiles, DIGEST_DEFAULTS, DIGEST_FILES } from '../../pipeline/index.js';
import { openStore } from '../../store/index.js';
import { storyTable } from '../../render/index.js';
import { intFlag, parseArgs, WORDS_RANGE } from '../args.js';
import { INPUT_FILES_HELP, inputPaths, reportSkipped, storeFiles, warnEmptyFolders } from '../inputs.js';
import { EXIT, EXIT_CODES_HELP, type Command } from '../io.js';
import { progressBar } from '../progress.js';

const DEFAULT_OUT_DIR = 'khulasa-digest';

/** Why the digest cannot be written into `dir`, found before the run rather than after it; null when it can. */
function outDirProblem(dir: string): string | null {
  if (existsSync(dir) && !statSync(dir).isDirectory()) return `--out ${dir} is a file, not a folder`;
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return null;
  } catch (err) {
    return `cannot write the digest into ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  }
}

export const digestCommand: Command = {
  name: 'digest',
  summary: 'Ingest, de-duplicate, group into stories, summarize and write digest.json, digest.md and index.html',
  usage: 'khulasa digest <path...> [--db FILE|URL] [--out DIR] [--words N] [--since WHEN] [--no-analysis] [--json]',
  help: [
    'A path is a file, a folder (read recursively) or - for one article on standard input. Every input is',
    'stored as ok, duplicate or rejected (with a reason code); a rerun skips what the store already holds.',
    INPUT_FILES_HELP,
    'The digest files khulasa wrote into a folder (an older --out among the inputs) are left out and named',
    'on standard error (khulasa-output), and so are hidden files and folders (.DS_Store, .git: hidden) and',
    'editor backups (a.txt~, .swp: backup). A story whose sentences all exceed --words gets no summary (said too).',
    '',
    'Options:',
    `  --db FILE|URL  the store: a SQLite file (default ./${DIGEST_DEFAULTS.db}) or a postgres:// URL`,
    `  --out DIR      where digest.json, digest.md and index.html are written (default ./${DEFAULT_OUT_DIR})`,
    `  --words N      summary length of each story in words, ${WORDS_RANGE.min} to ${WORDS_RANGE.max} (default ${DIGEST_DEFAULTS.words})`,
    '  --since WHEN   only the stories with an article published (or, undated, stored) since WHEN: a date',
    '                 (2026-11-20), a date and time (2026-11-20T06:00, UTC unless it ends in Z or +03:00)',
    '                 or an age (36h, 3d, 2w). Without it, every story of the store',
    '  --no-analysis  skip entities, quotes, timeline and disagreements (faster on large piles; a later',
    '                 run without it fills them in)',
    '  --json         print digest.json on standard output instead of the table of stories',
    '',
    EXIT_CODES_HELP,
    '',
  ].join('\n'),
  async run(argv, io) {
    const usage = (message: string): number => {
      io.stderr(`khulasa digest: ${message}\nUsage: ${digestCommand.usage}\n`);
      return EXIT.usage;
    };
    /** The command line is right but the place it names is not usable: one line, no usage text. */
    const refuse = (message: string): number => {
      io.stderr(`khulasa digest: ${message}\n`);
      return EXIT.usage;
    };
    const parsed = parseArgs(argv, { valued: ['db', 'out', 'words', 'since'], boolean: ['json', 'no-analysis'] });
    if (!parsed.ok) return usage(parsed.error);
    const { args } = parsed;
    if (args.positionals.length === 0) return usage('give at least one file or folder');
    const words = intFlag(args, 'words', DIGEST_DEFAULTS.words, WORDS_RANGE.min, WORDS_RANGE.max);
    if (typeof words === 'string') return usage(words);
    const sinceFlag = args.flags.get('since');
    const since = typeof sinceFlag === 'string' ? parseSince(sinceFlag, Date.now()) : null;
    if (since?.ok === false) return usage(`--since ${since.error}`);
    const paths = inputPaths(args.positionals, io.cwd);
    const missing = args.positionals.filter((p, i) => p !== '-' && !existsSync(paths[i]!));
    if (missing.length) return usage(`no such file or folder: ${missing.join(', ')}`);
    const flag = (name: string): string | undefined => {
      const v = args.flags.get(name);
      return typeof v === 'string' ? v : undefined;
    };
    const outDir = resolve(io.cwd, flag('out') ?? DEFAULT_OUT_DIR);
    const outProblem = outDirProblem(outDir);
    if (outProblem !== null) return refuse(outProblem);
    warnEmptyFolders(io, 'digest', paths);

    const db = flag('db') ?? DIGEST_DEFAULTS.db;
    const opened = await openStore(db, { cwd: io.cwd });
    if (!opened.ok) return refuse(opened.message);
    const { store, location: dbFile } = opened;
    const analysis = !args.flags.has('no-analysis');
    const progress = progressBar(io, { analysis });
    try {
      const result = await runDigest(paths, {
        store,
        words,
        analysis,
        ...(since?.ok ? { since: since.since } : {}),
        stages: defaultStages({ ingest: { stdin: io.stdin } }),
        onProgress: progress.listener,
        exclude: [...storeFiles(db, dbFile), outDir],
      });
      progress.finish();
      reportSkipped(io, 'digest', result.skipped);
      let json: string;
      try {
        json = writeDigestFiles(outDir, result.digest, result.sources);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'failed';
        io.stderr(`khulasa digest: failed ${code}: cannot write the digest into ${outDir}: ${(err as Error).message.split('\n')[0]} (the store ${dbFile} is up to date: run the same command again)\n`);
        return EXIT.failed;
      }
      if (args.flags.has('json')) io.stdout(json);
      else {
        io.stdout(storyTable(result.digest));
        io.stderr(`khulasa: wrote ${join(outDir, DIGEST_FILES.html)}, ${DIGEST_FILES.markdown} and ${DIGEST_FILES.json} (store: ${dbFile})\n`);
      }
      // An empty summary is a valid answer (nothing fits the budget), but say so, as `summarize` does.
      const unsummarized = result.digest.stories.filter((st) => st.summary.length === 0).length;
      if (unsummarized > 0) {
        io.stderr(`khulasa digest: ${unsummarized === 1 ? '1 story has' : `${unsummarized} stories have`} no summary: no sentence fits in ${words} words; a larger --words gives one\n`);
      }
      // An analyzer bug costs its story the analysis, not the run: say which story and what failed.
      for (const f of result.outputs.failed) {
        io.stderr(`khulasa digest: analysis-failed: story ${f.story}: ${f.message}; its names, quotes, timeline and disagreements are left out and tried again on the next run\n`);
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
