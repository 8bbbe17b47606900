/**
 * The official TAC 2011 MultiLing ROUGE-1.5.5 results (`published/arabicDetailed.txt`), and their
 * reproduction from the participants' summaries in the ASCII-only tokenization with the published
 * settings `-a -x -2 4 -u -n 2 -f A -p 0.5 -d`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSummaryDirs } from './rouge-files.js';
import { rouge, type RougeOptions } from './rouge.js';

/** `ID3 ROUGE-2` → the "Eval N" rows as `R P F` strings (five decimals), in file order. */
export type PublishedRows = ReadonlyMap<string, readonly string[]>;

function parseDetailed(text: string): PublishedRows {
  const rows = new Map<string, string[]>();
  for (const m of text.matchAll(/^(\S+) (ROUGE-\S+) Eval \S+ R:(\S+) P:(\S+) F:(\S+)\s*$/gm)) {
    const key = `${m[1]!} ${m[2]!}`;
    rows.set(key, [...(rows.get(key) ?? []), `${m[3]!} ${m[4]!} ${m[5]!}`]);
  }
  return rows;
}

export const PUBLISHED_SETTINGS: RougeOptions = { tokenization: 'ascii', lcs: false, skipDistance: 4, maxN: 2, alpha: 0.5 };

export interface ReproducedRow {
  readonly system: string;
  readonly topic: string;
  readonly metric: string;
  readonly computed: string;
  /** True when the published rows of this system and metric contain exactly this `R P F`. */
  readonly found: boolean;
}

const asRow = (s: { recall: number; precision: number; f: number }): string =>
  `${s.recall.toFixed(5)} ${s.precision.toFixed(5)} ${s.f.toFixed(5)}`;

/**
 * Scores every submission of `tacDir` in the ASCII-only mode and looks each R/P/F triple up among the
 * published "Eval N" rows of that system and metric. The published rows are not in topic order and
 * cover ten topics (only five are here), so they are matched as a set.
 */
export function reproducePublished(tacDir: string): readonly ReproducedRow[] {
  const published = parseDetailed(readFileSync(join(tacDir, 'published', 'arabicDetailed.txt'), 'utf8'));
  const out: ReproducedRow[] = [];
  const systems = readdirSync(join(tacDir, 'submissions')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const system of systems) {
    const { pairs } = readSummaryDirs(join(tacDir, 'submissions', system), join(tacDir, 'models'));
    for (const pair of pairs) {
      for (const [metric, score] of Object.entries(rouge(pair.system, pair.references, PUBLISHED_SETTINGS))) {
        const computed = asRow(score);
        out.push({ system, topic: pair.topic, metric, computed, found: (published.get(`${system} ${metric}`) ?? []).includes(computed) });
      }
    }
  }
  return out;
}
