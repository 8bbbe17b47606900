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

/**
 * Key forms, word lists and pair comparisons of the names one merge sees, each computed once: the
 * merge compares every new name with every group's names, and the same names recur in every
 * document of a story.
 */
class NameForms {
  private readonly keys = new Map<string, string>();
  private readonly wordLists = new Map<string, readonly string[]>();
  private readonly bareForms = new Map<string, string>();
  private readonly persons = new Map<string, boolean>();
  private readonly spellings = new Map<string, boolean>();

  key(s: string): string {
    let k = this.keys.get(s);
    if (k === undefined) {
      k = key(s);
      this.keys.set(s, k);
    }
    return k;
  }

  words(s: string): readonly string[] {
    let w = this.wordLists.get(s);
    if (w === undefined) {
      w = this.key(s).split(/[\s]+/).filter(Boolean);
      this.wordLists.set(s, w);
    }
    return w;
  }

  /** Compact key form without the article, for organizations and places found by cue words. */
  bare(s: string): string {
    let b = this.bareForms.get(s);
    if (b === undefined) {
      b = compact(this.key(s)).replace(/^ال/, '');
      this.bareForms.set(s, b);
    }
    return b;
  }

  /** `short` is `long`'s trailing or leading words (a surname or a first-and-middle name). */
  private partOf(short: string, long: string): boolean {
    const a = this.words(short);
    const b = this.words(long);
    if (a.length >= b.length || compact(a.join('')).length < 4) return false;
    const tail = b.slice(b.length - a.length).join(' ');
    const head = b.slice(0, a.length).join(' ');
    return sameName(a.join(' '), tail) || (a.length >= 2 && sameName(a.join(' '), head));
  }

  samePerson(a: string, b: string): boolean {
    const pair = `${a}\u0000${b}`;
    let same = this.persons.get(pair);
    if (same === undefined) {
      same = sameName(this.key(a), this.key(b)) || this.partOf(a, b) || this.partOf(b, a);
      this.persons.set(pair, same);
    }
    return same;
  }

  /** Same name up to spelling, on key forms (with the article kept when `bare` is false). */
  sameSpelling(a: string, b: string, bare: boolean): boolean {
    const pair = `${bare ? 'b' : 'k'}\u0000${a}\u0000${b}`;
    let same = this.spellings.get(pair);
    if (same === undefined) {
      same = bare ? sameName(this.bare(a), this.bare(b)) : sameName(this.key(a), this.key(b));
      this.spellings.set(pair, same);
    }
    return same;
  }
}

interface Group {
  readonly type: EntityType;
  readonly names: Set<string>;
  readonly texts: Map<string, number>;
  readonly documents: DocumentId[];
  mentions: number;
  gazetteer: string | null;
}

function displayName(g: Group, names: NameForms): string {
  if (g.gazetteer !== null) return g.gazetteer;
  const full = [...g.texts].filter(([t]) => g.type !== 'person' || names.words(t).length >= 2);
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
  const names = new NameForms();
  const find = (m: EntityMention): Group | undefined =>
    groups.find((g) => {
      if (g.type !== m.type) return false;
      if (m.source === 'gazetteer' && g.gazetteer !== null) return g.gazetteer === m.name;
      if (g.names.has(m.name)) return true;
      if (m.type === 'person') return [...g.names].some((n) => names.samePerson(n, m.name));
      return [...g.names].some((n) => names.sameSpelling(n, m.name, true));
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
    .map((g): StoryEntity => ({ name: displayName(g, names), type: g.type, variants: [...g.texts.keys()], mentions: g.mentions, documents: g.documents }))
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
      groups.find((x) => x.type === 'person' && [...x.names].some((n) => names.samePerson(n, name))) ??
      groups.find((x) => x.type !== 'person' && [...x.names].some((n) => names.sameSpelling(n, name, false)));
    return g === undefined ? null : displayName(g, names);
  };
  return { entities, canonical };
}
