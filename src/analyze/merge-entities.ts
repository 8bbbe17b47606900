/**
 * Story-level entity merging. Persons merge when their names are the same up to spelling (compact
 * key form within a small edit distance: آشتون/أشتون كارتر, جان-ايف لودريان/جان إيف لو دوريان) or
 * when one is the other's surname or leading part (كارتر → أشتون كارتر). Places and organizations
 * merge on their canonical gazetteer name, or on spelling for names found by cue words.
 */
import type { DocumentId, EntityType, StoryEntity } from '../core/index.js';
import { key } from '../text/index.js';
import { compact, sameName } from './similarity.js';
import type { EntityMention } from './types.js';

export interface DocumentMentions {
  readonly document: DocumentId;
  readonly mentions: readonly EntityMention[];
}

const words = (s: string): string[] => key(s).split(/[\s]+/).filter(Boolean);

/** `short` is `long`'s trailing or leading words (a surname or a first-and-middle name). */
function partOf(short: string, long: string): boolean {
  const a = words(short);
  const b = words(long);
  if (a.length >= b.length || compact(a.join('')).length < 4) return false;
  const tail = b.slice(b.length - a.length).join(' ');
  const head = b.slice(0, a.length).join(' ');
  return sameName(a.join(' '), tail) || (a.length >= 2 && sameName(a.join(' '), head));
}

export const samePerson = (a: string, b: string): boolean => sameName(key(a), key(b)) || partOf(a, b) || partOf(b, a);

interface Group {
  readonly type: EntityType;
  readonly names: Set<string>;
  readonly texts: Map<string, number>;
  readonly documents: DocumentId[];
  mentions: number;
  gazetteer: string | null;
}

function displayName(g: Group): string {
  if (g.gazetteer !== null) return g.gazetteer;
  const full = [...g.texts].filter(([t]) => g.type !== 'person' || words(t).length >= 2);
  const pool = full.length > 0 ? full : [...g.texts];
  return pool.reduce((best, cur) => (cur[1] > best[1] || (cur[1] === best[1] && cur[0].length > best[0].length) ? cur : best))[0];
}

export interface MergedEntities {
  readonly entities: readonly StoryEntity[];
  /** The story entity name for any mention name or speaker string that names a merged entity. */
  canonical(name: string): string | null;
}

export function mergeEntities(docs: readonly DocumentMentions[]): MergedEntities {
  const groups: Group[] = [];
  const find = (m: EntityMention): Group | undefined =>
    groups.find((g) => {
      if (g.type !== m.type) return false;
      if (m.source === 'gazetteer' && g.gazetteer !== null) return g.gazetteer === m.name;
      if (g.names.has(m.name)) return true;
      if (m.type === 'person') return [...g.names].some((n) => samePerson(n, m.name));
      return [...g.names].some((n) => sameName(compact(key(n)).replace(/^ال/, ''), compact(key(m.name)).replace(/^ال/, '')));
    });
  const byName = new Map<string, Group>();
  for (const d of docs) {
    for (const m of d.mentions) {
      const memoKey = `${m.type}|${m.source === 'gazetteer' ? 'g' : 'o'}|${m.name}`;
      let g = byName.get(memoKey) ?? find(m);
      if (g === undefined) {
        g = { type: m.type, names: new Set(), texts: new Map(), documents: [], mentions: 0, gazetteer: m.source === 'gazetteer' && m.type !== 'person' ? m.name : null };
        groups.push(g);
      }
      byName.set(memoKey, g);
      g.names.add(m.name);
      g.texts.set(m.form, (g.texts.get(m.form) ?? 0) + 1);
      if (g.documents[g.documents.length - 1] !== d.document && !g.documents.includes(d.document)) g.documents.push(d.document);
      g.mentions++;
    }
  }
  const entities = groups
    .map((g): StoryEntity => ({ name: displayName(g), type: g.type, variants: [...g.texts.keys()], mentions: g.mentions, documents: g.documents }))
    .sort((a, b) => b.mentions - a.mentions || b.documents.length - a.documents.length || a.name.localeCompare(b.name));
  const exact = new Map<string, Group>();
  for (const g of groups) for (const n of [...g.names, ...g.texts.keys()]) if (!exact.has(n)) exact.set(n, g);
  const memo = new Map<string, string | null>();
  const canonical = (name: string): string | null => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const found = canonicalOf(name);
    memo.set(name, found);
    return found;
  };
  const canonicalOf = (name: string): string | null => {
    const g =
      exact.get(name) ??
      groups.find((x) => x.type === 'person' && [...x.names].some((n) => samePerson(n, name))) ??
      groups.find((x) => x.type !== 'person' && [...x.names].some((n) => sameName(key(n), key(name))));
    return g === undefined ? null : displayName(g);
  };
  return { entities, canonical };
}
