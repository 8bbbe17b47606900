/**
 * The token view every extractor works on: word and number tokens of the clean text, each with its
 * key form and its key form without proclitics, and what separates it from the previous token.
 */
import { key, scanWords, wordTerm } from '../text/index.js';
import { compact } from './similarity.js';

export interface Tok {
  readonly index: number;
  readonly kind: 'word' | 'number';
  readonly text: string;
  readonly key: string;
  /** Candidate key forms with proclitics peeled (see `forms`). */
  readonly forms: readonly Form[];
  readonly start: number;
  readonly end: number;
  /** Text between the previous token and this one (from the start of the text for the first). */
  readonly gap: string;
  /** Only spaces (no punctuation, no line break) separate this token from the previous one. */
  readonly spaced: boolean;
  /** Shared by every token of this kind and spelling (see `spellingFact`). */
  readonly spelling: Spelling;
}

const ARABIC_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u0640]/;
const ARABIC_MARKS = new RegExp(ARABIC_MARK.source, 'g');

/** `s` without the marks and tatweel that `prefixLength` steps over. */
export const withoutMarks = (s: string): string => s.replace(ARABIC_MARKS, '');

/** Length in clean characters of the first `letters` letters of `text`, marks included. */
function prefixLength(text: string, letters: number): number {
  let i = 0;
  let seen = 0;
  while (i < text.length && seen < letters) {
    i++;
    seen++;
    while (i < text.length && ARABIC_MARK.test(text.charAt(i))) i++;
  }
  return i;
}

export interface Form {
  readonly form: string;
  /** `form` without spaces or hyphens (see `compact`). */
  readonly compact: string;
  /** Letters peeled off the front of the written word to get `form`. */
  readonly letters: number;
}

const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;

/** `plain`: `f` has nothing `compact` drops. */
const form = (f: string, letters: number, plain: boolean): Form => ({ form: f, compact: plain ? f : compact(f), letters });

/**
 * The key forms a word may stand for, most literal first: as written, without و/ف, and without a
 * following ب/ل/ك (لل → ال, بال → ال). `وزير` keeps its first form, so lookups try forms in order.
 *
 * Made once per new spelling (see `spelling`), so for every word of a cold run: the tests read char
 * codes, and `compact` is asked once per word: each form is the key or the key's tail after a
 * letter or two, so it has a space or hyphen to drop only when the key has one.
 */
export function forms(k: string): Form[] {
  const plain = compact(k) === k;
  const out: Form[] = [form(k, 0, plain)];
  peel(out, k, 0, plain);
  const c = k.charCodeAt(0);
  if ((c === WAW || c === FEH) && k.length >= 3) {
    const bare = form(k.slice(1), 1, plain);
    out.push(bare);
    peel(out, bare.form, 1, plain);
  }
  return out;
}

/**
 * The form of `w` (peeled `letters` letters so far) without a leading ب/ل/ك, if any: لل → ال (`للرئيس` →
 * `الرئيس`), else the letter dropped (`بالرئيس` → `الرئيس`, `لمصر` → `مصر`), from four letters up.
 */
function peel(out: Form[], w: string, letters: number, plain: boolean): void {
  if (w.length < 4) return;
  const c = w.charCodeAt(0);
  if (c === LAM && w.charCodeAt(1) === LAM) out.push(form(`ا${w.slice(1)}`, letters + 1, plain));
  else if (c === BEH || c === LAM || c === KAF) out.push(form(w.slice(1), letters + 1, plain));
}

/** Key form and candidate forms of one written word; shared by every token spelled so. */
export interface Spelling {
  readonly key: string;
  readonly forms: readonly Form[];
  /** Facts about the spelling worked out on first use and kept (see `spellingFact`); 0 until then. */
  facts: number;
  /** What entity may start at the word (see `spellingMask`), worked out on first use; -1 until then. */
  mask: number;
  /** The word's key term (see `spellingTerm`), worked out on first use; undefined until then. */
  term: string | null | undefined;
  /** What the spelling says about the word in a name (see `spellingNameBits`), worked out on first use; -1 until then. */
  name: number;
}

/**
 * Spellings already seen, per token kind: the same words recur throughout a story and a digest, and
 * `key` plus `forms` were a tenth of the analysis. Cleared when it grows past `SPELLING_CACHE_LIMIT`.
 */
const spellings = { word: new Map<string, Spelling>(), number: new Map<string, Spelling>() };
const SPELLING_CACHE_LIMIT = 200_000;

function spelling(kind: 'word' | 'number', text: string): Spelling {
  const cache = spellings[kind];
  let s = cache.get(text);
  if (s === undefined) {
    const k = key(text);
    s = { key: k, forms: kind === 'word' ? forms(k) : [form(k, 0, false)], facts: 0, mask: -1, term: undefined, name: -1 };
    if (cache.size >= SPELLING_CACHE_LIMIT) cache.clear();
    cache.set(text, s);
  }
  return s;
}

const SPACES_ONLY = /^[ \u00A0]+$/;

export function tokenView(text: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = 0;
  // Straight from the scan (no intermediate token list, `words` would allocate one per text).
  scanWords(text, (start, end, isNumber) => {
    const kind = isNumber ? 'number' : 'word';
    const written = text.slice(start, end);
    const s = spelling(kind, written);
    // One space is by far the commonest gap: shared, not sliced (fewer short strings to collect).
    const gap = start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? ' ' : text.slice(prevEnd, start);
    out.push({
      index: out.length,
      kind,
      text: written,
      key: s.key,
      forms: s.forms,
      start,
      end,
      gap,
      spaced: gap === ' ' || SPACES_ONLY.test(gap),
      spelling: s,
    });
    prevEnd = end;
  });
  return out;
}

/**
 * Yes/no facts that follow from a token's kind, key and forms alone, each asked again and again by an
 * extractor (can a date or a quantity start here? has the word a transliteration's shape?): worked out
 * once per spelling and kept on it, so most tokens are passed over at once.
 */
export const FACT = { date: 0, quantity: 1, foreign: 2, reportingVerb: 3, reportedVerb: 4, meetingVerb: 5, sayingParticiple: 6 } as const;

/** `test(t)`, computed once for all tokens of `t`'s spelling (two bits of `facts` per fact: asked, answer). */
export function spellingFact(t: Tok, fact: number, test: (t: Tok) => boolean): boolean {
  const s = t.spelling;
  const asked = 1 << (2 * fact);
  if ((s.facts & asked) === 0) s.facts |= asked | (test(t) ? asked << 1 : 0);
  return (s.facts & (asked << 1)) !== 0;
}

/**
 * A bit mask about a token's spelling (the entity starts of triggers.ts), computed once for all
 * tokens of that spelling: one read per token where several `spellingFact` calls would be.
 */
export function spellingMask(t: Tok, compute: (t: Tok) => number): number {
  const s = t.spelling;
  if (s.mask < 0) s.mask = compute(t);
  return s.mask;
}

/**
 * A bit mask about a token's spelling for the name-word test (names.ts), computed once for all tokens
 * of that spelling: `isNameWord` asks a dozen list and shape tests of the same words again and again.
 */
export function spellingNameBits(t: Tok, compute: (t: Tok) => number): number {
  const s = t.spelling;
  if (s.name < 0) s.name = compute(t);
  return s.name;
}

/**
 * `keyTerms` of the whole token (its first term; null for a number or a word with none), computed
 * once per spelling: the disagreement windows ask it of the same words in every document.
 */
export function spellingTerm(t: Tok): string | null {
  const s = t.spelling;
  if (s.term === undefined) s.term = t.kind === 'number' ? null : wordTerm(t.text);
  return s.term;
}

/** The first two letters of `s` (at least two long) as one number: a set lookup without slicing a string. */
export const headCode = (s: string): number => s.charCodeAt(0) * 65536 + s.charCodeAt(1);
/** The last two letters of `s` (at least two long) as one number. */
export const tailCode = (s: string): number => s.charCodeAt(s.length - 2) * 65536 + s.charCodeAt(s.length - 1);

/** The first form of `tok` found in `set`, with the clean-text offset where that form starts. */
export function lookup(tok: Tok, set: ReadonlySet<string>): { form: string; start: number } | null {
  for (const f of tok.forms) {
    if (set.has(f.form)) return { form: f.form, start: tok.start + prefixLength(tok.text, f.letters) };
  }
  return null;
}

/** Whether some form of `tok` (see `forms`) is in `set`: `lookup` without the where. */
export const hasForm = (tok: Tok | undefined, set: ReadonlySet<string>): boolean => tok !== undefined && tok.forms.some((f) => set.has(f.form));

/** `f` is `t` as written or without a conjunction و/ف only (no ب/ل/ك peeled). */
export const bareOrConjunction = (t: Tok, f: Form): boolean => f.letters === 0 || (f.letters === 1 && /^[وف]/.test(t.key));

/** The first form of `t` in `set`, written bare or after و/ف only. */
export function lookupAfterConjunction(t: Tok, set: ReadonlySet<string>): Form | null {
  const fs = t.forms;
  for (let k = 0; k < fs.length; k++) {
    const f = fs[k] as Form;
    if (bareOrConjunction(t, f) && set.has(f.form)) return f;
  }
  return null;
}

/** Clean-text offset of `tok` after peeling `letters` letters. */
export const startAfter = (tok: Tok, letters: number): number => tok.start + prefixLength(tok.text, letters);

/** True when only spaces (no punctuation, no line break) separate the token from the previous one. */
export const joined = (t: Tok): boolean => t.spaced;

const COMMA_ALONE = /^\s*[،,]\s*$/u;
/** Only a comma (with spaces or a line break) separates the token from the previous one. */
export const afterComma = (t: Tok): boolean => COMMA_ALONE.test(t.gap);

/** A set of key forms built from written words. */
export const keySet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => key(w) as string));

export const isDefinite = (k: string): boolean => k.startsWith('ال') && k.length > 3;

const TANWEEN = /[\u064B-\u064D]/;
/** The word is written with tanween (ً ٌ ٍ): an indefinite common noun (`وفداً`), never a name. */
export const hasTanween = (t: Tok): boolean => TANWEEN.test(t.text);

/**
 * The word opens with a Latin letter (`ontogeny`، `PC-DOS`): a term or a product in Arabic text, which writes a
 * person's name in Arabic letters (named-things.ts, name-shape.ts, verb-subject.ts).
 */
export const latinWord = (t: Tok): boolean => /^[A-Za-z]/.test(t.text);

/** Nisba adjective in key form: الأميركي → الاميركي, العراقية → العراقيه. */
export const isNisba = (k: string): boolean => isDefinite(k) && /(ي|يه)$/.test(k) && k.length >= 5;
