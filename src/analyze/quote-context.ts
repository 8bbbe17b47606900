/**
 * The reading state shared by the quote rules (text, tokens, entity mentions, sentences, memos) and
 * the small grammar they all ask: gender agreement of cues and noun phrases, statements, spans.
 */
import type { Sentence } from '../core/index.js';
import { key } from '../text/index.js';
import { isDefinite, keySet, lookup, type Tok } from './tokens.js';
import { DESCRIPTOR_KEYS, GIVEN_KEYS, KUNYA_KEYS, OCCUPATION_KEYS, ORG_CUE_KEYS, OUTLET_HEADS, PARTICIPLE_KEYS, RELATIVE_KEYS, SPEAKER_HEAD_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { UNNAMED_ROLES } from './data/reporting.js';
import type { EntityMention, TitlePhrase } from './types.js';
import { containing, firstFrom } from './search.js';
import { namedSurname } from './quote-variants.js';

export interface Context {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly mentions: readonly EntityMention[];
  readonly titles: readonly TitlePhrase[];
  readonly sentences: readonly Sentence[];
  /** Names read from subject phrases so far (see `subjectPhrase`), for a later surname alone. */
  readonly learned: { start: number; name: string }[];
  /** `explicitSubject` per verb token index (the quote loop, reported speech and carry-over all ask). */
  readonly subjectMemo: Map<number, string | null>;
  /** `aboutStatement` per sentence index. */
  readonly statementMemo: Map<number, boolean>;
}

export { COMPLEMENTIZERS } from './lexicon.js';

/** Items starting in `[from, to)`. */
export const startingIn = <T extends { readonly start: number }>(items: readonly T[], from: number, to: number): T[] =>
  items.slice(firstFrom(items, from), firstFrom(items, to));

/** The first item starting in `[from, to)` that `test` accepts (any, without `test`), without copying the range. */
export function findStartingIn<T extends { readonly start: number }>(items: readonly T[], from: number, to: number, test?: (item: T) => boolean): T | undefined {
  for (let k = firstFrom(items, from); k < items.length; k++) {
    const item = items[k] as T;
    if (item.start >= to) return undefined;
    if (test === undefined || test(item)) return item;
  }
  return undefined;
}

/** Whether an item starting in `[from, to)` passes `test` (any item, without `test`). */
export const someStartingIn = <T extends { readonly start: number }>(items: readonly T[], from: number, to: number, test?: (item: T) => boolean): boolean =>
  findStartingIn(items, from, to, test) !== undefined;

/** The last item starting in `[from, to)` that `test` accepts. */
export function findLastStartingIn<T extends { readonly start: number }>(items: readonly T[], from: number, to: number, test: (item: T) => boolean): T | undefined {
  const first = firstFrom(items, from);
  for (let k = firstFrom(items, to) - 1; k >= first; k--) {
    const item = items[k] as T;
    if (test(item)) return item;
  }
  return undefined;
}

export const prefixedWithLam = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 2), start);
  const wider = text.slice(Math.max(0, start - 3), start);
  return /(^|[\s«"“])ل$/.test(before) || /لـ$/.test(before) || /(^|[\s])لـ?[«"“]$/.test(wider);
};

/**
 * `وأضاف البيان`: a statement speaks for whoever issued it, the last speaker. A statement word heading a
 * phrase with no issuer in it (`بيان رسمي`، `بيان الأحد الماضي`: an adjective, a date) is one too.
 */
const STATEMENT_KEYS = keySet(['البيان', 'بيان', 'البلاغ']);
export const isStatement = (speaker: string | null): boolean => speaker !== null && STATEMENT_KEYS.has(key(speaker.split(' ')[0] ?? ''));

/**
 * Grammatical gender a verb or participle agrees with: `قالت`/`تقول`/`مضيفة` feminine, `قال`/`يقول`/`مضيفاً`
 * masculine, `قالوا`/`يقولون` plural (a pronoun subject: never one named person); duals unknown.
 */
export type Gender = 'f' | 'm' | 'p' | null;

export function cueGender(t: Tok): Gender {
  const participle = lookup(t, PARTICIPLE_KEYS);
  if (participle !== null) return participle.form.endsWith('ه') ? 'f' : 'm';
  const verb = lookup(t, VERB_KEYS);
  if (verb === null) return null;
  const f = verb.form;
  if (f.endsWith('وا') || f.endsWith('ون')) return 'p';
  if (f.endsWith('ا') && VERB_KEYS.has(f.slice(0, -1))) return null;
  const stem = f.slice(0, -1);
  if (f.endsWith('ت') && (VERB_KEYS.has(stem) || VERB_KEYS.has(`${stem}ا`) || VERB_KEYS.has(`${stem}ي`))) return 'f';
  if (f.startsWith('ت') && VERB_KEYS.has(`ي${f.slice(1)}`)) return 'f';
  return 'm';
}

/** Gender of a noun phrase from its first word: `وزارة`، `الحكومة`، `رئيسة` feminine; unknown for names. */
export function phraseGender(text: string): Gender {
  const first = key(text).split(' ')[0] ?? '';
  return first.endsWith('ه') ? 'f' : 'm';
}

export const agrees = (a: Gender, b: Gender): boolean => a === null || b === null || a === b;

/** Someone who spoke (was quoted, or was the named subject of a reporting verb) at `start`, with the gender their verb agreed with. */
export interface Spoken {
  readonly start: number;
  readonly speaker: string;
  readonly gender: Gender;
  /** The sentence speaks of a statement (`في بيان`): `وأضاف البيان` later goes back to this speaker. */
  readonly statement: boolean;
}

const STATEMENT_WORD_KEYS = keySet(['بيان', 'البيان', 'بلاغ', 'البلاغ', 'بيانا']);

/** Whether the sentence holding `offset` mentions a statement. */
export function aboutStatement(ctx: Context, offset: number): boolean {
  const s = containing(ctx.sentences, offset);
  if (s === undefined) return false;
  let v = ctx.statementMemo.get(s.index);
  if (v === undefined) {
    v = false;
    for (let k = firstFrom(ctx.toks, s.start); k < ctx.toks.length && (ctx.toks[k] as Tok).start < s.end && !v; k++) v = lookup(ctx.toks[k] as Tok, STATEMENT_WORD_KEYS) !== null;
    ctx.statementMemo.set(s.index, v);
  }
  return v;
}

/** Word and number tokens lying within `[from, to)` (the text's own tokens: quote marks and sentence ends fall between tokens). */
export function tokensWithin(toks: readonly Tok[], from: number, to: number): number {
  let n = 0;
  for (let k = firstFrom(toks, from); k < toks.length && (toks[k] as Tok).end <= to; k++) n++;
  return n;
}

export function trimQuote(s: string): string {
  return s.replace(/^[\s.،,:؛]+|[\s.،,:؛]+$/g, '');
}

const UNNAMED_ROLE_KEYS = keySet(UNNAMED_ROLES);

/** Words that describe someone without naming them: titles, description heads, trades, roles, the kunya's أبو/أم. */
const DESCRIPTION_SETS: readonly ReadonlySet<string>[] = [TITLE_KEYS, SPEAKER_HEAD_KEYS, OCCUPATION_KEYS, KUNYA_KEYS, DESCRIPTOR_KEYS, UNNAMED_ROLE_KEYS];
/** Words that head a speaker phrase: the words describing someone, organization cues, given names. */
const SPEAKER_WORD_SETS: readonly ReadonlySet<string>[] = [...DESCRIPTION_SETS, ORG_CUE_KEYS, GIVEN_KEYS];

/** Nouns of a relation between people, which take a possessive pronoun and still name a person (`صديقه`، `زميلتها`). */
const RELATION_KEYS = keySet(['صديق', 'صديقة', 'زميل', 'زميلة', 'رفيق', 'رفيقة', 'جار', 'جارة', 'ابن', 'ابنة', 'بنت', 'أخ', 'أخت', 'شقيق', 'شقيقة', 'زوج', 'زوجة', 'والد', 'والدة', 'أب', 'أم', 'جد', 'جدة', 'عم', 'عمة', 'خال', 'خالة', 'حفيد', 'حفيدة', 'نجل', 'نجلة', 'طفل', 'طفلة', 'مساعد', 'مساعدة', 'محامي', 'محامية', 'شريك', 'شريكة', 'قريب', 'قريبة', 'مرافق', 'مرافقة']);

/** The stems a noun with a possessive pronoun may have (`زميلتها` → زميله: ة is written ت before a pronoun; `أخوه` → أخ: the five nouns take و). */
function pronounStems(k: string): string[] {
  const stem = k.replace(/(?:هما|هم|هن|ها|ه)$/, '');
  return [stem, stem.replace(/ت$/, 'ه'), stem.replace(/و$/, '')];
}

/** A relation noun with its possessive pronoun (`صديقه`، `زميلتها`، `أخوه`). */
const relatedBy = (k: string): boolean => pronounStems(k).some((f) => RELATION_KEYS.has(f));

/** A relation noun with its possessive pronoun, or a speaker word with one. */
const relation = (k: string): boolean => pronounStems(k).some((f) => RELATION_KEYS.has(f) || speakerWord(f));

/** The word (key form), or it without a leading و/ف, with or without the article, is in one of `sets`. */
function inLists(k: string, sets: readonly ReadonlySet<string>[]): boolean {
  if (inListsAsWritten(k, sets)) return true;
  return (k.startsWith('و') || k.startsWith('ف')) && k.length >= 4 && inListsAsWritten(k.slice(1), sets);
}

function inListsAsWritten(k: string, sets: readonly ReadonlySet<string>[]): boolean {
  const other = isDefinite(k) ? k.slice(2) : `ال${k}`;
  for (const s of sets) if (s.has(k) || s.has(other)) return true;
  return false;
}

const speakerWord = (k: string): boolean => inLists(k, SPEAKER_WORD_SETS);

/** The speaker phrase opens with a word that describes someone (`السائحة`، `رئيسة التعاونية`، `أبو سامر`) rather than a name. */
export function describesSomeone(speaker: string): boolean {
  const head = key(speaker.split(' ')[0] ?? '');
  // (`والده`، `زميلتها`: a relation noun with its pronoun describes someone too.)
  return inLists(head, DESCRIPTION_SETS) || (/(?:ه|ها|هم)$/.test(head) && relatedBy(head));
}

/** `word` is one of the space-separated words of `name` (of a name of two words or more, with `several`). */
function wordOf(name: string, word: string, several: boolean): boolean {
  const at = name.indexOf(word);
  if (at < 0 || (several && !name.includes(' '))) return false;
  for (let p = at; p >= 0; p = name.indexOf(word, p + 1)) {
    if ((p === 0 || name.charAt(p - 1) === ' ') && (p + word.length === name.length || name.charAt(p + word.length) === ' ')) return true;
  }
  return false;
}

/**
 * Whether `word` is a word of a name the text's person or organization mentions (as named or as
 * written) or its titles' persons carry (not the subject readings learned: they are what is being
 * checked); with `several`, only of a name of two words or more (a lone word read as a person, `بأسى`،
 * `مهامه`, may itself be the misreading).
 */
function namedWord(ctx: Context, word: string, several: boolean): boolean {
  for (const m of ctx.mentions) if (m.type !== 'place' && (wordOf(m.name, word, several) || wordOf(m.text, word, several))) return true;
  for (const t of ctx.titles) if (t.person !== null && wordOf(t.person, word, several)) return true;
  return false;
}

export type Implausible = 'relative' | 'preposition' | 'possessed' | 'verb' | 'definite' | 'addressee' | null;

/** `ستبدأ`، `سيعقد`: the future prefix on an imperfect verb (ي/ت and two to five more letters), as a key. */
const FUTURE_VERB = /^س[يت][^\s]{2,5}$/u;
/** Outlet words (key forms) a ل addressee opens with. */
const ADDRESSEE_OUTLET = new RegExp(`^(?:ال)?(?:${OUTLET_HEADS.map((w) => key(w)).join('|')})`, 'u');

/**
 * Why the head of a speaker phrase cannot be a speaker, or null when it can: a person or organization
 * the text names, a title, a human or institution description, or a word no rule below rules out.
 * Ruled out, when no mention and no list knows the head: a relative pronoun (`الذي يشغل المنصب`), a
 * ب-phrase of manner or of a verbal noun (`بأسى`، `بمنع الدراجات`), a noun with a possessive pronoun
 * (`مهامه`، `يديها`), a present verb (`يحمل جنسية`), a definite common noun (`القرار`، `البلاغ`), a people word
 * with ل, the one spoken to (`لمجموعة من الزوار`), a phrase that goes on to a future verb (`مرحلة ثانية ستبدأ`).
 */
export function implausibleSpeaker(ctx: Context, speaker: string): Implausible {
  const words = speaker.split(' ');
  const head = words[0] ?? '';
  const k = key(head);
  if (RELATIVE_KEYS.has(k)) return 'relative';
  // (`ويهمس لمجموعة من الزوار`: ل on a word that describes people is the one spoken to.)
  // (An outlet written so is read by `isAddressee`: the quote is dropped, not carried over.)
  if (/^ل[^ل]/.test(k) && k.length >= 4 && !speakerWord(k) && speakerWord(k.slice(1)) && !ADDRESSEE_OUTLET.test(k.slice(1))) return 'addressee';
  // (`كما قال أمام الصحفيين`: أمام written with hamza above is the preposition "before"; the imam is إمام, one key.)
  if (head === 'أمام' || head === 'وأمام') return 'preposition';
  if (speakerWord(k)) return null;
  const bare = head.replace(/[\u064B-\u0652]/gu, '');
  // (A noun with "his/her" opens no name, whatever a name reading took in after it: `يديها بقطعة صوف`.)
  if ((/^.{2,}[^لاوي](?:ه|ها|هم|هما|هن)$/u.test(bare) || /^.{2,}يها$/u.test(bare)) && !relation(k)) return 'possessed';
  if (namedWord(ctx, head, true)) return null;
  // (A ب-word a name slot holds, even alone, may be a name: `الحافظ بخيت`.)
  // (Nor one that is the surname of a person named before, up to spelling: `روجر بلهام` … `قال بيلهام`.)
  if (/^ب/.test(bare) && bare.length >= 3 && !namedWord(ctx, head, false) && !(words.length === 1 && namedSurname(ctx.mentions, k))) return 'preposition';
  // (A present verb of three to five letters opening a phrase: `يحمل جنسية`، `تزر أهلها`; not a noun in the accusative, `تجاراً`.)
  if (/^[يت][^اىة]{2,4}$/u.test(bare) && words.length >= 2 && !/[\u064B-\u064D]/u.test(head)) return 'verb';
  if (words.length === 1 && isDefinite(k) && !namedWord(ctx, head, false)) return 'definite';
  // (`مرحلة ثانية ستبدأ`: a phrase that goes on to a future verb is a clause, not a speaker.)
  if (words.slice(1).some((w) => /^س[يت]/.test(w) && FUTURE_VERB.test(key(w)))) return 'verb';
  return null;
}
