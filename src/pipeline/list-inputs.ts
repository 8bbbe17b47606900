import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The inputs under `paths` in the order the ingest stage reads them (folders recursively, names
 * sorted, a symbolic link back to a folder above it not followed), leaving out the files `skip` recognises. Anything that is not a readable file or folder is
 * kept, for the ingest stage to report.
 */
export async function listInputs(paths: readonly string[], skip: (file: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  /** `folders`: the identities of the folders walked above `path`; a link back to one is a loop, not followed. */
  const walk = async (path: string, folders: ReadonlySet<string>): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isDirectory()) {
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
    for (const name of names) await walk(join(path, name), below);
  };
  for (const p of paths) {
    if (p === '-') out.push(p);
    else await walk(p, new Set());
  }
  return out;
}
