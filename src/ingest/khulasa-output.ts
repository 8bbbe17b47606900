import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SkippedInput } from '../core/index.js';

/** What khulasa writes into an `--out` folder; `<name>.tmp-<pid>` is a write in progress or cut short. */
const OUTPUT_NAMES: ReadonlySet<string> = new Set(['digest.json', 'digest.md', 'index.html']);
const UNFINISHED = /\.tmp-\d+$/;

/** Larger digest.json files are recognised by their beginning only, not parsed whole. */
const PARSED_AT_MOST = 64 * 2 ** 20;

/**
 * Whether a file is a digest.json that khulasa wrote: `{ "version": 1, ..., "documents": [...],
 * "stories": [...] }`. One too large to parse cheaply is judged by the beginning khulasa always writes.
 */
function isKhulasaDigest(file: string): boolean {
  try {
    const size = statSync(file).size;
    const fd = openSync(file, 'r');
    try {
      const bytes = Buffer.alloc(Math.min(size, PARSED_AT_MOST));
      const read = readSync(fd, bytes, 0, bytes.length, 0);
      const text = bytes.subarray(0, read).toString('utf8');
      if (size > PARSED_AT_MOST) return /^\{\s*"version":\s*1,\s*"run":\s*\{/.test(text);
      const parsed = JSON.parse(text) as { version?: unknown; documents?: unknown; stories?: unknown } | null;
      return parsed !== null && parsed.version === 1 && Array.isArray(parsed.documents) && Array.isArray(parsed.stories);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * The files of a folder (`names`: what it lists) that khulasa wrote as a digest: digest.json, digest.md
 * and index.html (and leftovers of an interrupted write) when the folder's digest.json has khulasa's
 * shape; none otherwise. Anything else in the folder is an input like any other.
 */
export function khulasaOutputs(folder: string, names: readonly string[]): SkippedInput[] {
  if (!names.includes('digest.json') || !isKhulasaDigest(join(folder, 'digest.json'))) return [];
  return names
    .filter((name) => OUTPUT_NAMES.has(name.replace(UNFINISHED, '')))
    .map((name) => ({ path: join(folder, name), code: 'khulasa-output', detail: `a digest khulasa wrote (${OUTPUT_NAMES.has(name) ? name : 'an unfinished write'}), not an article` }));
}

/** `onSkipped` told of each file once, however often a walk reaches its folder (given twice, or with its parent). */
export function tellOnce(onSkipped: (skipped: SkippedInput) => void): (skipped: SkippedInput) => void {
  const told = new Set<string>();
  return (skipped) => {
    const path = resolve(skipped.path);
    if (told.has(path)) return;
    told.add(path);
    onSkipped(skipped);
  };
}
