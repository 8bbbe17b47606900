/**
 * A definite report or source as a speaker speaks for whoever the text said issued it: `أصدرت منظمة X
 * تقريراً … وقال التقرير «…»` → X; `التقرير الذي أعدته الهيئة` → the body; `قالت مصادر في الحركة …
 * وبحسب هذه المصادر فإن «…»` → the sources' description written before. With no issuer in the text the
 * phrase names no one and the caller goes on as before.
 */
import { containing, firstFrom } from './search.js';
import { type Context, findStartingIn } from './quote-context.js';
import { description, documentAuthor, ISSUED_BY_LINK } from './quote-speaker-phrase.js';
import { keySet, lookup, type Tok } from './tokens.js';
import { isStop, TEMPORAL_KEYS, VERB_KEYS } from './lexicon.js';
import type { EntityMention } from './types.js';

/** Bare stems of document nouns (singular and plural) that speak for their author. */
const DOCUMENT_STEMS = keySet([
  'تقرير', 'تقارير', 'دراسة', 'دراسات', 'وثيقة', 'وثائق', 'مذكرة', 'رسالة', 'تقييم', 'استطلاع', 'مسح', 'إحصائية',
  'إحصاءات', 'نشرة', 'ورقة', 'دليل', 'تحليل', 'مراجعة', 'خطة', 'مسودة', 'تعميم', 'كتاب',
]);

/** Bare stems of unnamed sources (`المصادر`، `المصدر`): the description the text wrote them with first. */
const SOURCE_STEMS = keySet(['مصدر', 'مصادر']);

/** Demonstratives that may precede the definite noun (`هذه المصادر`، `ذلك التقرير`). */
const DEMONSTRATIVE_KEYS = keySet(['هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء']);

/** Verbs of issuing a document, before its issuer (`أصدرت منظمة X تقريراً`، `نشرت الهيئة دراسة`). */
const ISSUING_STEMS = keySet(['أصدر', 'أصدرت', 'نشر', 'نشرت', 'أعد', 'أعدت', 'قدم', 'قدمت', 'أطلق', 'أطلقت', 'وزع', 'وزعت', 'بث', 'بثت', 'رفع', 'رفعت']);

/** The same verbs (key forms: أ read as ا) with the document as object pronoun, after the noun (`التقرير الذي أصدرته الهيئة`). */
const ISSUED_IT = /^(?:اصدر|نشر|اعد|قدم|وزع|بث|رفع)(?:ه|ها|ته|تها|وه|وها)$/u;

/** How many tokens after a definite document noun its relative clause naming the issuer may end. */
const ISSUER_REACH = 10;

/** How many tokens between an issuing verb and the document noun it issues. */
const ISSUE_SPAN = 12;

/** The word's key without و/ف and the article, also after ل/ب/ك (`وللتقرير` → تقرير; see `indefiniteStem` for `وتقريراً`). */
const bare = (t: Tok): string => t.key.replace(/^[وف](?=..)/u, '').replace(/^(?:لل|بال|كال)/u, 'ال').replace(/^ال/u, '');

const indefiniteStem = (t: Tok): string => t.key.replace(/^[وف](?=...)/u, '').replace(/ا$/u, '');

/** The token index where the noun of a phrase opening at `i` stands (after a demonstrative), or -1 when not definite. */
function definiteNoun(ctx: Context, i: number): number {
  let t = ctx.toks[i];
  if (t === undefined) return -1;
  if (DEMONSTRATIVE_KEYS.has(t.key.replace(/^[وف]/u, ''))) {
    const next = ctx.toks[i + 1];
    if (next === undefined || !next.spaced) return -1;
    t = next;
  }
  const k = t.key.replace(/^[وف](?=ال)/u, '').replace(/^لل/u, 'ال');
  return k.startsWith('ال') ? t.index : -1;
}

/**
 * The issuer of the definite document or the first description of the definite sources opening at token
 * `i` (right after a reporting verb or an according-to word), or null.
 */
export function referredSource(ctx: Context, i: number): string | null {
  const n = definiteNoun(ctx, i);
  if (n < 0) return null;
  const noun = ctx.toks[n] as Tok;
  const stem = bare(noun);
  if (SOURCE_STEMS.has(stem)) return firstSources(ctx, noun);
  if (!DOCUMENT_STEMS.has(stem)) return null;
  return issuedAfter(ctx, noun) ?? issuedBy(ctx, noun) ?? issuerBefore(ctx, noun, stem);
}

/** `التقرير (السنوي) الصادر عن X`: a participle of issuing (definite or not), up to two words after the noun, then عن/من and X. */
const ISSUED_BY = new RegExp(String.raw`^(?:\s+[^\s.،,:؛«"“]+){0,2}?\s+${ISSUED_BY_LINK}`, 'u');

/** `وذكر التقرير الصادر عن بنك الكويت الوطني أن`: the body or person named after the participle. */
function issuedBy(ctx: Context, noun: Tok): string | null {
  const link = ISSUED_BY.exec(ctx.text.slice(noun.end, noun.end + 80));
  if (link === null) return null;
  const at = noun.end + link[0].length;
  const m = findStartingIn(ctx.mentions, at, at + 1, (x) => x.type === 'organization' || x.type === 'person');
  return m?.name ?? null;
}

/** `التقرير السنوي الذي أصدرته اللجنة الوطنية`: the body named right after the issuing verb of the noun's relative clause. */
function issuedAfter(ctx: Context, noun: Tok): string | null {
  const sentence = containing(ctx.sentences, noun.start);
  for (let k = noun.index + 1; k <= noun.index + ISSUER_REACH && k < ctx.toks.length; k++) {
    const t = ctx.toks[k] as Tok;
    if ((sentence !== undefined && t.start >= sentence.end) || /[.!؟?:«"“\n]/u.test(t.gap)) return null;
    if (!ISSUED_IT.test(t.key.replace(/^[وف]/u, ''))) continue;
    const next = ctx.toks[k + 1];
    if (next === undefined || !next.spaced) return null;
    const m = findStartingIn(ctx.mentions, next.start, next.end, (x) => x.type === 'organization' || x.type === 'person');
    return m?.name ?? null;
  }
  return null;
}

/**
 * The nearest earlier mention of the same document whose issuer the text names: `تقرير لمنظمة X`، `تقرير
 * صادر عن X` (see `documentAuthor`), `تقرير منظمة X`, or `أصدرت منظمة X … تقريراً`.
 */
function issuerBefore(ctx: Context, noun: Tok, stem: string): string | null {
  for (let k = noun.index - 1; k >= 0; k--) {
    const t = ctx.toks[k] as Tok;
    if (bare(t) !== stem && indefiniteStem(t) !== stem) continue;
    const author = documentAuthor(ctx, t) ?? genitiveOwner(ctx, t) ?? issuingSubject(ctx, t);
    if (author !== null) return author;
  }
  return null;
}

/** `تقرير منظمة العفو`: an organization named right after the indefinite noun, as its genitive. */
function genitiveOwner(ctx: Context, t: Tok): string | null {
  if (t.key.startsWith('ال')) return null;
  const next = ctx.toks[t.index + 1];
  if (next === undefined || !next.spaced) return null;
  const m = findStartingIn(ctx.mentions, next.start, next.end, (x) => x.type === 'organization');
  return m?.name ?? null;
}

/** `وأصدرت منظمة X (Y) تقريراً`: the organization or person named first after an issuing verb of the document's sentence, before it. */
function issuingSubject(ctx: Context, t: Tok): string | null {
  const sentence = containing(ctx.sentences, t.start);
  for (let k = t.index - 1; k >= 0 && t.index - k <= ISSUE_SPAN; k--) {
    const v = ctx.toks[k] as Tok;
    if (sentence !== undefined && v.start < sentence.start) return null;
    if (!ISSUING_STEMS.has(v.key.replace(/^[وف](?=...)/u, ''))) continue;
    const m = findStartingIn(ctx.mentions, v.end, t.start, (x) => x.type === 'organization' || x.type === 'person');
    if (m === undefined) return null;
    return m.type === 'organization' && m.start === (ctx.toks[k + 1] as Tok | undefined)?.start ? (wholeIssuer(ctx, m, t) ?? m.name) : m.name;
  }
  return null;
}

/** How many words an issuer's name may run on past the organization the entity pass read. */
const ISSUER_TAIL_WORDS = 3;

/**
 * `وأصدرت منظمة مراقبة حقوق الإنسان (هيومان رايتس واتش) تقريراً`: the issuing verb's subject runs from the
 * organization to the document noun or to a bracketed gloss right before it; the organization read
 * short (`منظمة مراقبة`) takes the words up to there, when they are plain words of a name (no
 * punctuation, temporal word, stopword, number or verb), else null.
 */
function wholeIssuer(ctx: Context, m: EntityMention, noun: Tok): string | null {
  const end = m.end;
  let stop = noun.index;
  const gloss = ctx.text.lastIndexOf('(', noun.start);
  if (gloss > end && /^\([^()\n]{1,60}\)\s*$/u.test(ctx.text.slice(gloss, noun.start))) stop = firstFrom(ctx.toks, gloss);
  const first = firstFrom(ctx.toks, end);
  if (stop - first < 1 || stop - first > ISSUER_TAIL_WORDS) return null;
  for (let k = first; k < stop; k++) {
    const u = ctx.toks[k] as Tok;
    if (!/^ +$/.test(u.gap) || u.kind !== 'word' || TEMPORAL_KEYS.has(u.key) || isStop(u) || lookup(u, VERB_KEYS) !== null) return null;
  }
  return ctx.text.slice(m.start, (ctx.toks[stop - 1] as Tok).end);
}

/** `قالت مصادر في حركة X …` before `هذه المصادر`: the nearest earlier indefinite description headed by the same word. */
function firstSources(ctx: Context, noun: Tok): string | null {
  const stem = bare(noun);
  for (let k = noun.index - 1; k >= 0; k--) {
    const t = ctx.toks[k] as Tok;
    if (t.key.replace(/^[وف](?=...)/u, '') !== stem) continue;
    const d = description(ctx, k).replace(/^[وف](?=مصا?د)/u, '');
    if (d.includes(' ')) return d;
  }
  return null;
}
