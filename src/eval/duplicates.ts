/**
 * Duplicate and syndication links of `createDeduper` on a generated set (`duplicates-set.ts`):
 * precision and recall of the links (document → first-seen member of its group), recall per edit
 * kind, the kind the deduper gave per edit kind, and false links between different texts of one
 * story (hard negatives).
 */
import { documentId, type DocumentId, type DuplicateKind } from '../core/index.js';
import { createDeduper, hashString, type DedupOptions } from '../dedup/index.js';
import { key } from '../text/index.js';
import type { Edit, GeneratedText } from './duplicates-set.js';

export interface DuplicateEvaluation {
  readonly documents: number;
  readonly goldLinks: number;
  readonly predictedLinks: number;
  readonly correctLinks: number;
  readonly precision: number;
  readonly recall: number;
  /** Per edit kind (a copy counts under each of its edits): gold links and how many were found. */
  readonly byEdit: Readonly<Record<string, { readonly links: number; readonly found: number }>>;
  /** Kinds the deduper gave to correct links, per edit combination class (`exact`, `word-edits only`, `structural`). */
  readonly kinds: Readonly<Record<string, Readonly<Partial<Record<DuplicateKind, number>>>>>;
  /** Links made between different base texts of one story (hard negatives), and how many such pairs the stream held. */
  readonly hardNegatives: { readonly pairs: number; readonly falseLinks: number };
  readonly mistakes: readonly string[];
}

const contentHash = (text: string): string => hashString(key(text), 0x6b68).toString(16);

/** The edits that separate two members of a group: the union of what each did to the base. */
function editsBetween(a: GeneratedText, b: GeneratedText): readonly Edit[] {
  const union = [...new Set([...a.edits, ...b.edits].filter((e) => e !== 'exact'))];
  return union.length === 0 ? ['exact'] : union;
}

const classOf = (edits: readonly Edit[]): string =>
  edits.includes('exact') ? 'exact' : edits.length === 1 && edits[0] === 'word-edits' ? 'word-edits only' : 'structural';

export function evaluateDuplicates(items: readonly GeneratedText[], options: Partial<DedupOptions> = {}): DuplicateEvaluation {
  const deduper = createDeduper(options);
  const firstOfGroup = new Map<string, string>();
  const byName = new Map(items.map((i) => [i.name, i]));
  const byEdit: Record<string, { links: number; found: number }> = {};
  const kinds: Record<string, Partial<Record<DuplicateKind, number>>> = {};
  const mistakes: string[] = [];
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  let falseLinks = 0;

  for (const item of items) {
    const expected = firstOfGroup.get(item.base);
    if (expected === undefined) firstOfGroup.set(item.base, item.name);
    const link = deduper.add({ id: documentId(item.name), text: item.text, contentHash: contentHash(item.text) });
    const edits = editsBetween(item, byName.get(expected ?? item.name)!);
    if (expected !== undefined) {
      gold++;
      for (const e of edits) {
        byEdit[e] ??= { links: 0, found: 0 };
        byEdit[e].links++;
        if (link?.original === expected) byEdit[e].found++;
      }
    }
    if (link === null) {
      if (expected !== undefined) mistakes.push(`missed ${item.name} → ${expected} (${edits.join(', ')})`);
      continue;
    }
    predicted++;
    if (link.original === (expected as DocumentId | undefined)) {
      correct++;
      const cls = contentHash(item.text) === contentHash(byName.get(link.original)?.text ?? '') ? 'exact' : classOf(edits);
      kinds[cls] ??= {};
      kinds[cls][link.kind] = (kinds[cls][link.kind] ?? 0) + 1;
      continue;
    }
    const other = byName.get(link.original);
    if (other !== undefined && other.story === item.story && other.base !== item.base) falseLinks++;
    mistakes.push(`wrong ${item.name} → ${link.original} (${link.kind} ${link.similarity}; expected ${expected ?? 'none'})`);
  }
  const stories = new Map<string, Set<string>>();
  for (const i of items) stories.set(i.story, (stories.get(i.story) ?? new Set()).add(i.base));
  let pairs = 0;
  for (const bases of stories.values()) pairs += (bases.size * (bases.size - 1)) / 2;
  return {
    documents: items.length,
    goldLinks: gold,
    predictedLinks: predicted,
    correctLinks: correct,
    precision: predicted === 0 ? 1 : correct / predicted,
    recall: gold === 0 ? 1 : correct / gold,
    byEdit,
    kinds,
    hardNegatives: { pairs, falseLinks },
    mistakes,
  };
}
