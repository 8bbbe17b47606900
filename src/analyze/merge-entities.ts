/**
 * Story-level entity merging. Persons merge when their names are the same up to spelling (compact
 * key form within a small edit distance: آشتون/أشتون كارتر, جان-ايف لودريان/جان إيف لو دوريان) or
 * when one is the other's surname or leading part (كارتر → أشتون كارتر). Places and organizations
 * merge on their canonical gazetteer name, or on spelling for names found by cue words.
 */
import type { DocumentId, EntityType, SentenceRef, StoryEntity } from '../core/index.js';
import { key } from '../text/index.js';
import { GIVEN_KEYS } from './lexicon.js';
import { compact, sameCompactName, spellingBlock } from './similarity.js';
import type { EntityMention } from './types.js';
import { COMPOUND_CLOSER_KEYS, givenNameVowelClash, nameWordsClash } from './name-clash.js';
import { compareText } from './collation.js';

export interface DocumentMentions {
  readonly document: DocumentId;
  readonly mentions: readonly EntityMention[];
  /** The index of the sentence holding an offset of the document; with it, each entity cites where each document first names it. */
  readonly sentenceAt?: (offset: number) => number | null;
}

/** What the comparisons need of a name, computed once per name. */
interface NameForm {
  readonly key: string;
  /** Key form without spaces or hyphens. */
  readonly compact: string;
  readonly words: readonly string[];
  /** Compact key form without the article, for organizations and places found by cue words. */
  readonly bare: string;
  /** `spellingBlock` of `bare` and of `compact`, worked out on first use. */
  bareBlock?: string;
  compactBlock?: string;
}

/** Word by word, both end in the nisba ي or neither does (`الحسين` is no spelling of `الحسيني`). */
const sameNisba = (a: readonly string[], b: readonly string[]): boolean => a.every((w, i) => w.endsWith('ي') === (b[i] ?? '').endsWith('ي'));

/**
 * Two different known given names are two names, though their consonants agree: `محمد` and `محمود`,
 * `سعد` and `سعود` differ by a long vowel, which Arabic spelling never drops from a name.
 */
const otherGivenName = (a: string, b: string): boolean => a !== b && GIVEN_KEYS.has(a) && GIVEN_KEYS.has(b);

/**
 * Spelling variants keep each word's first letter (after the article), its nisba ending and its given
 * name: `محمد الحمادي` and `محمد الجمالي` are two people, though within two edits, and so are
 * `محمد الشاذلي` and `محمود الشاذلي`. Only checked when the names have as many words.
 */
function sameInitials(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return true;
  // (`محمد الحسيني` and `محمد الحسان`: a nisba ending in ي is no spelling of a name without it.)
  return (
    a.every((w, i) => w.replace(/^ال/, '').charAt(0) === (b[i] as string).replace(/^ال/, '').charAt(0)) &&
    sameNisba(a, b) &&
    sameGivenNames(a, b)
  );
}

/**
 * No word of `a` is another listed given name than the word of `b` in its place (`otherGivenName`), nor
 * a long vowel from it (`محمد الحسن` and `محمد الحسان`, `أحمد` and `أحمدو`: a listed given name and a word
 * a long vowel apart). `b` has at least as many words as `a`.
 */
const sameGivenNames = (a: readonly string[], b: readonly string[]): boolean =>
  !a.some((w, i) => otherGivenName(w, b[i] as string)) && !givenNameVowelClash(a, b);

/**
 * `عبد القادر`، `نور الدين`، `فاطمة الزهراء`: two words that are one given name many people share, or a
 * given name and a definite family name: not a first-and-middle name (`جان إيف`) that opens one full name.
 */
const compoundGiven = (words: readonly string[]): boolean =>
  words.length === 2 && (words[0] === 'عبد' || (words[1] as string).startsWith('ال'));

/**
 * Key forms and word lists of the names one merge sees, each computed once: the merge compares
 * every new name with every group's names, and the same names recur in every document of a story.
 */
class NameForms {
  private readonly forms = new Map<string, NameForm>();

  of(s: string): NameForm {
    let f: NameForm | undefined = this.forms.get(s);
    if (f === undefined) {
      const k = key(s);
      const c = compact(k);
      f = { key: k, compact: c, words: k.split(/[\s]+/).filter(Boolean), bare: c.replace(/^ال/, '') };
      this.forms.set(s, f);
    }
    return f;
  }

  words(s: string): readonly string[] {
    return this.of(s).words;
  }

  /** The spelling block of the name without its article (`bare`) or with it. */
  block(s: string, bare: boolean): string {
    const f = this.of(s);
    if (bare) return (f.bareBlock ??= spellingBlock(f.bare));
    return (f.compactBlock ??= spellingBlock(f.compact));
  }

  /** `short` is `long`'s trailing or leading words (a surname or a first-and-middle name). */
  private partOf(short: NameForm, long: NameForm): boolean {
    const a = short.words;
    const b = long.words;
    if (a.length >= b.length || short.compact.length < 4) return false;
    const tail = b.slice(b.length - a.length);
    // (`جاسم عبد الحسين`: the word after عبد is half of a compound name, not a surname.)
    // (Nor is `الله حسن` in `عوض الله حسن`: الله، الدين and الرحمن close a compound given name, they open no surname.)
    const halfCompound = b[b.length - a.length - 1] === 'عبد' || COMPOUND_CLOSER_KEYS.has(a[0] as string);
    // A definite Arabic family name alone is spelled one way (its key folds hamza and alef): `الحسين` is
    // neither `الحسان` nor `الحسيني`. Spelling tolerance is for transliterated names (لودريان، لو دوريان).
    const exact = a.length === 1 && (a[0] as string).startsWith('ال');
    const tailCompact = compact(tail.join(' '));
    // Spelling tolerance keeps a word's given name whole, as for names of equal length (`أحمدو ولد الطالب` is no part of `سيدي أحمد ولد الطالب`).
    const sameTail = exact ? short.compact === tailCompact : sameCompactName(short.compact, tailCompact) && sameGivenNames(a, tail) && !nameWordsClash(a, tail);
    if (!halfCompound && sameNisba(a, tail) && sameTail) return true;
    // A leading part is the same words, spelled the same once spaces and hyphens go (جان إيف، جان-ايف):
    // `محمد ولد أحمدو` is not `محمد ولد أحمد سالم`.
    return a.length >= 2 && !compoundGiven(a) && short.compact === compact(b.slice(0, a.length).join(' '));
  }

  samePerson(a: string, b: string): boolean {
    const fa = this.of(a);
    const fb = this.of(b);
    const spelled = sameCompactName(fa.compact, fb.compact) && sameInitials(fa.words, fb.words) && !(fa.words.length === fb.words.length && nameWordsClash(fa.words, fb.words));
    return spelled || this.partOf(fa, fb) || this.partOf(fb, fa);
  }

  /** Both are full names (two words or more) and not the same person. */
  conflicting(a: string, b: string): boolean {
    return this.of(a).words.length >= 2 && this.of(b).words.length >= 2 && !this.samePerson(a, b);
  }

  /** Same name up to spelling, on key forms (with the article kept when `bare` is false). */
  sameSpelling(a: string, b: string, bare: boolean): boolean {
    const fa = this.of(a);
    const fb = this.of(b);
    return bare ? sameCompactName(fa.bare, fb.bare) : sameCompactName(fa.compact, fb.compact);
  }
}

function some(names: ReadonlySet<string>, test: (name: string) => boolean): boolean {
  for (const n of names) if (test(n)) return true;
  return false;
}

interface Group {
  /** Creation order: a mention joins the first group (in this order) that takes it. */
  readonly order: number;
  readonly type: EntityType;
  readonly names: Set<string>;
  readonly texts: Map<string, number>;
  readonly documents: DocumentId[];
  /** The sentence of each document's first mention, when the documents say where their sentences are. */
  readonly sources: SentenceRef[];
  mentions: number;
  gazetteer: string | null;
}

function displayName(g: Group, names: NameForms): string {
  if (g.gazetteer !== null) return g.gazetteer;
  // `ولد أحمد سالم`، `بن علي`: a patronymic alone is a surname, not the full name; nor is a compound
  // given name alone (`عبد الله` beside `هوشيار عبد الله`).
  const full = [...g.texts].filter(([t]) => {
    const words = names.words(t);
    return g.type !== 'person' || (words.length >= 2 && !/^(ولد|بن|ابن)$/.test(words[0] ?? '') && !(words.length === 2 && words[0] === 'عبد'));
  });
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
  const takes = (g: Group, m: EntityMention): boolean => {
    if (g.type !== m.type) return false;
    if (m.source === 'gazetteer' && g.gazetteer !== null) return g.gazetteer === m.name;
    if (g.names.has(m.name)) return true;
    // Two full names that differ are two people, though a surname alone links both (`أيت علي`: الحسين / مقران).
    if (m.type === 'person') return some(g.names, (n) => names.samePerson(n, m.name)) && !some(g.names, (n) => names.conflicting(n, m.name));
    return some(g.names, (n) => names.sameSpelling(n, m.name, true));
  };
  /**
   * Places and organizations are only ever taken by a group holding a name of their spelling block
   * (`spellingBlock`: the same name, its gazetteer canonical, or a spelling variant), so each is
   * compared with those groups instead of every group of the story.
   */
  const blocks = new Map<string, Group[]>();
  const blockOf = (type: EntityType, name: string): string => `${type}|${names.block(name, true)}`;
  const find = (m: EntityMention): Group | undefined => {
    if (m.type === 'person') return groups.find((g) => takes(g, m));
    const candidates = blocks.get(blockOf(m.type, m.name)) ?? [];
    let first: Group | undefined;
    for (const g of candidates) if ((first === undefined || g.order < first.order) && takes(g, m)) first = g;
    return first;
  };
  const byName = new Map<string, Group>();
  for (const d of docs) {
    for (const m of d.mentions) {
      const memoKey = `${m.type}|${m.source === 'gazetteer' ? 'g' : 'o'}|${m.name}`;
      let g = byName.get(memoKey) ?? find(m);
      if (g === undefined) {
        g = { order: groups.length, type: m.type, names: new Set(), texts: new Map(), documents: [], sources: [], mentions: 0, gazetteer: m.source === 'gazetteer' && m.type !== 'person' ? m.name : null };
        groups.push(g);
      }
      byName.set(memoKey, g);
      if (m.type !== 'person' && !g.names.has(m.name)) {
        const block = blockOf(m.type, m.name);
        const list = blocks.get(block);
        if (list === undefined) blocks.set(block, [g]);
        else if (!list.includes(g)) list.push(g);
      }
      g.names.add(m.name);
      g.texts.set(m.form, (g.texts.get(m.form) ?? 0) + 1);
      if (g.documents[g.documents.length - 1] !== d.document && !g.documents.includes(d.document)) {
        g.documents.push(d.document);
        const sentence = d.sentenceAt?.(m.start) ?? null;
        if (sentence !== null) g.sources.push({ document: d.document, sentence });
      }
      g.mentions++;
    }
  }
  const entities = groups
    .map((g): StoryEntity => ({ name: displayName(g, names), type: g.type, variants: [...g.texts.keys()], mentions: g.mentions, documents: g.documents, ...(g.sources.length > 0 ? { sources: g.sources } : {}) }))
    .sort((a, b) => b.mentions - a.mentions || b.documents.length - a.documents.length || compareText(a.name, b.name));
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
  const persons = groups.filter((g) => g.type === 'person');
  /** Non-person groups by the spelling block of each name with its article (`sameSpelling` with the article kept). */
  const spelled = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.type === 'person') continue;
    for (const n of g.names) {
      const block = names.block(n, false);
      const list = spelled.get(block);
      if (list === undefined) spelled.set(block, [g]);
      else if (list[list.length - 1] !== g) list.push(g);
    }
  }
  const canonicalOf = (name: string): string | null => {
    const g =
      exact.get(name) ??
      persons.find((x) => some(x.names, (n) => names.samePerson(n, name))) ??
      (spelled.get(names.block(name, false)) ?? []).find((x) => some(x.names, (n) => names.sameSpelling(n, name, false)));
    return g === undefined ? null : displayName(g, names);
  };
  return { entities, canonical };
}
