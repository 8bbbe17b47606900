import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SkippedInput } from '../core/index.js';
import { passedOver, tellOnce } from '../ingest/index.js';

/**
 * The inputs under `paths` in the order the ingest stage reads them (folders recursively, names
 * sorted, a symbolic link back to a folder above it not followed), leaving out the files `skip` recognises. Anything that is not a readable file or folder is
 * kept, for the ingest stage to report. What a folder holds among `exclude` (khulasa's own store and
 * output files, absolute or relative to the process) is left out; a path given itself is always kept.
 * What a folder holds that is not an input (the digest files khulasa wrote, an older `--out` among the
 * inputs; hidden files and folders; editor backups: see `passedOver`) is left out too, and each is told to `onSkipped`.
 */
export async function listInputs(
  paths: readonly string[],
  skip: (file: string) => boolean,
  exclude: readonly string[] = [],
  onSkipped: (skipped: SkippedInput) => void = () => {},
): Promise<string[]> {
  const out: string[] = [];
  const excluded = new Set(exclude.map((p) => resolve(p)));
  const tell = tellOnce(onSkipped);
  const listed = new Set<string>();
  /** `folders`: the identities of the folders walked above `path`; a link back to one is a loop, not followed. */
  const walk = async (path: string, folders: ReadonlySet<string>): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isDirectory()) {
      // A file named twice (`a.txt ./a.txt`, or a file and its folder) is one input, as the ingest stage reads it.
      if (listed.has(resolve(path))) return;
      listed.add(resolve(path));
      if (!(info?.isFile() && skip(path))) out.push(path);
      return;
    }
    const folder = `${info.dev}:${info.ino}`;
    if (folders.has(folder)) return;
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch {
      out.push(path);
      return;
    }
    const below = new Set(folders).add(folder);
    // The store and --out are left out silently before the rest is judged: a store named `.k.sqlite` is not a hidden file to report.
    const kept = names.filter((name) => !excluded.has(resolve(path, name)));
    const own = new Set(passedOver(path, kept).map((skipped) => (tell(skipped), skipped.path)));
    for (const name of kept) if (!own.has(join(path, name))) await walk(join(path, name), below);
  };
  for (const p of paths) {
    if (p === '-') out.push(p);
    else await walk(p, new Set());
  }
  return out;
}
