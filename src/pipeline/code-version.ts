import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, string>();

/** Every file under `root`, as sorted paths relative to it; declaration files and source maps left out. */
function codeFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.map') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/**
 * A short hash of the code and data in the given folders (file names and bytes), read once per process.
 * It identifies the code that computed a stored output: a store written by another build of khulasa has
 * its summaries and analyses recomputed rather than served stale. A folder that cannot be read (a
 * bundled build) counts as empty, so the version then changes only with the other parts.
 */
export function codeVersion(folders: readonly URL[]): string {
  const id = folders.map((f) => f.href).join('\n');
  const known = cache.get(id);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  for (const [i, folder] of folders.entries()) {
    const root = fileURLToPath(folder);
    let files: string[];
    try {
      files = codeFiles(root);
    } catch {
      files = [];
    }
    hash.update(`${i}\u0000${files.length}\u0000`);
    for (const file of files) hash.update(file).update('\u0000').update(readFileSync(join(root, file))).update('\u0000');
  }
  const version = hash.digest('hex').slice(0, 16);
  cache.set(id, version);
  return version;
}
