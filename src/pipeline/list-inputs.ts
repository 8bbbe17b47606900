import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The inputs under `paths` in the order the ingest stage reads them (folders recursively, names
 * sorted), leaving out the files `skip` recognises. Anything that is not a readable file or folder is
 * kept, for the ingest stage to report.
 */
export async function listInputs(paths: readonly string[], skip: (file: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isDirectory()) {
      if (!(info?.isFile() && skip(path))) out.push(path);
      return;
    }
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch {
      out.push(path);
      return;
    }
    for (const name of names) await walk(join(path, name));
  };
  for (const p of paths) {
    if (p === '-') out.push(p);
    else await walk(p);
  }
  return out;
}
