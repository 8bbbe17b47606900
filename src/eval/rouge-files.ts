/**
 * Pairs system summaries with their references by file name. A summary's topic is its file name up
 * to the first dot: `M000` and `M000.txt` are topic `M000`, and so are the references
 * `M000.A.250`, `M000.B.250`; EASC's `D0101.M.250.A.1.A` is topic `D0101`. Hidden files are ignored.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SummaryPair {
  readonly topic: string;
  readonly system: string;
  readonly references: readonly string[];
}

export interface FilePairing {
  /** Topics with a system summary and at least one reference, in name order. */
  readonly pairs: readonly { readonly topic: string; readonly systemFile: string; readonly referenceFiles: readonly string[] }[];
  /** System files for which no reference was found. */
  readonly unmatched: readonly string[];
}

const topicOf = (fileName: string): string => fileName.split('.')[0] ?? fileName;

const visible = (names: readonly string[]): string[] => names.filter((n) => !n.startsWith('.')).sort();

export function pairFiles(systemNames: readonly string[], referenceNames: readonly string[]): FilePairing {
  const byTopic = new Map<string, string[]>();
  for (const r of visible(referenceNames)) byTopic.set(topicOf(r), [...(byTopic.get(topicOf(r)) ?? []), r]);
  const pairs: { topic: string; systemFile: string; referenceFiles: string[] }[] = [];
  const unmatched: string[] = [];
  for (const s of visible(systemNames)) {
    const refs = byTopic.get(topicOf(s));
    if (refs === undefined) unmatched.push(s);
    else pairs.push({ topic: topicOf(s), systemFile: s, referenceFiles: refs });
  }
  return { pairs, unmatched };
}

const files = (dir: string): string[] => readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile());

/** Reads and pairs the summaries of two folders (UTF-8; a BOM is dropped). */
export function readSummaryDirs(systemDir: string, referenceDir: string): { readonly pairs: readonly SummaryPair[]; readonly unmatched: readonly string[] } {
  const pairing = pairFiles(files(systemDir), files(referenceDir));
  const read = (path: string): string => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return {
    pairs: pairing.pairs.map((p) => ({
      topic: p.topic,
      system: read(join(systemDir, p.systemFile)),
      references: p.referenceFiles.map((r) => read(join(referenceDir, r))),
    })),
    unmatched: pairing.unmatched,
  };
}
