import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/**
 * Source keys: a hash of an input's path and bytes, with the record number for `file.jsonl#12`-style
 * paths. A file's bytes are hashed once per run however many records it holds. Null when the path
 * cannot be read again (standard input, a file gone since).
 */
export function sourceKeys(): (path: string) => string | null {
  const fileHashes = new Map<string, string | null>();
  const fileHash = (file: string): string | null => {
    if (!fileHashes.has(file)) {
      let h: string | null = null;
      try {
        if (statSync(file).isFile()) h = createHash('sha256').update(readFileSync(file)).digest('hex');
      } catch {
        h = null;
      }
      fileHashes.set(file, h);
    }
    return fileHashes.get(file) ?? null;
  };
  return (path) => {
    const record = /^(.*)#(\d+)$/.exec(path);
    const candidates: [string, string][] = record ? [[record[1]!, record[2]!], [path, '']] : [[path, '']];
    for (const [file, n] of candidates) {
      const h = fileHash(file);
      if (h !== null) return createHash('sha256').update(`${file}\u0000${h}\u0000${n}`).digest('hex').slice(0, 40);
    }
    return null;
  };
}
