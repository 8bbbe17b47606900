/**
 * Kin words as speakers (`يرد الأب`، `تلتفت إليها الأم:`): a feature names a parent once through a
 * kin relation (`يشد يعقوب طرف دشداشة والده حمود الشكيلي`، `سندس، ابنة مبروكة`) and then calls them
 * by the kin word alone. The referent is the person that relation names, before the quote.
 */
import type { Sentence } from '../core/index.js';
import { key } from '../text/index.js';
import { isDefinite, keySet, type Tok } from './tokens.js';
import { isStop, OCCUPATION_KEYS } from './lexicon.js';
import { type Context, findLastStartingIn, findStartingIn } from './quote-context.js';
import { firstFrom } from './search.js';
import type { MarkedSpan } from './quote-marks.js';
import type { EntityMention } from './types.js';

/** The kin word a speaker description is, and the words that name that relative before a name. */
const PARENT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [key('الأب'), keySet(['والده', 'والدها', 'أبوه', 'أبيه', 'أباه', 'أبوها', 'أبيها', 'والد'])],
  [key('الوالد'), keySet(['والده', 'والدها', 'والد'])],
  [key('الأم'), keySet(['والدته', 'والدتها', 'أمه', 'أمها', 'والدة'])],
  [key('الوالدة'), keySet(['والدته', 'والدتها', 'والدة'])],
]);

/** Child words as a speaker, and the relations that introduce a child with a pronoun (`مع ابنه`). */
const CHILD_WORDS = keySet(['الصبي', 'الابن', 'الطفل', 'الفتى', 'الولد', 'الابنة', 'البنت', 'الطفلة', 'الفتاة']);
const CHILD_OF_PRONOUN = keySet(['ابنه', 'ابنها', 'ابنته', 'ابنتها', 'نجله', 'نجلها', 'طفله', 'طفلها', 'طفلته', 'طفلتها']);
/** `ابنه`، `طفلها` as written: the pronoun's ه, not the ة of `ابنة` (daughter of), which folds to the same key. */
const childWithPronoun = (u: Tok): boolean => u.forms.some((f) => CHILD_OF_PRONOUN.has(f.form)) && /(?:ه|ها)$/u.test(u.text.replace(/[\u064B-\u0652]/gu, ''));

/** The person named right after token `k`, only spaces between (`ابنه يوسف`، `والدته X`). */
function personAfter(ctx: Context, k: number): EntityMention | undefined {
  const next = ctx.toks[k + 1];
  return next === undefined || !/^ +$/.test(next.gap) ? undefined : findStartingIn(ctx.mentions, next.start, next.end, (x) => x.type === 'person');
}

/** How far back (in tokens) an unnamed child's introduction is looked for. */
const CHILD_REACH = 80;

/**
 * `يجلس X مع ابنه ذي الاثني عشر عاماً … «…» يسأل الصبي`: a child word as a speaker, after a child
 * introduced by a relation with no name, is that unnamed child — the description itself; with a name
 * after the relation (`ابنه يوسف`), that name. Null when no such relation precedes.
 */
export function childReferent(ctx: Context, t: Tok): string | null {
  if (!t.forms.some((f) => f.letters === 0 && CHILD_WORDS.has(f.form))) return null;
  for (let k = t.index - 1; k >= 0 && t.index - k <= CHILD_REACH; k--) {
    const u = ctx.toks[k] as Tok;
    if (!childWithPronoun(u)) continue;
    return personAfter(ctx, k)?.name ?? t.text;
  }
  return null;
}

/** `ابن X`، `ابنة X`: the child of X — X is the parent a later الأب/الأم refers to. */
const CHILD_OF = keySet(['ابن', 'ابنة', 'نجل', 'نجلة']);

/** How far back (in characters) the person a child's "his" stands for is looked for in its paragraph. */
const PARAGRAPH_REACH = 600;

/** How far back (in tokens) a kin relation is looked for. */
const KIN_REACH = 400;

/**
 * The person a kin word at `t` (a speaker description: الأب، الأم) refers to: the name after the
 * nearest earlier `والده`/`أمها`… or after `ابن`/`ابنة`; null when the text names no such relation.
 */
export function kinReferent(ctx: Context, t: Tok): string | null {
  const words = t.forms.map((f) => PARENT.get(f.form)).find((w) => w !== undefined);
  if (words === undefined) return null;
  for (let k = t.index - 1; k >= 0 && t.index - k <= KIN_REACH; k--) {
    const u = ctx.toks[k] as Tok;
    // `يجلس X مع ابنه`: the parent is the person the sentence named before the child.
    if (childWithPronoun(u)) {
      const parent = findLastStartingIn(ctx.mentions, Math.max(0, u.start - 120), u.start, (x) => x.type === 'person' && !/[.!؟?\n]/.test(ctx.text.slice(x.end, u.start)));
      if (parent !== undefined) return parent.name;
      // `يقاطعه ابنه حسن`: with no one named in its sentence, "his" is the person the paragraph is about, named last before it.
      const earlier = findLastStartingIn(ctx.mentions, Math.max(0, u.start - PARAGRAPH_REACH), u.start, (x) => x.type === 'person' && x.end <= u.start);
      if (earlier !== undefined && !ctx.text.slice(earlier.end, u.start).includes('\n')) return earlier.name;
      continue;
    }
    if (!words.has(u.key) && !CHILD_OF.has(u.key)) continue;
    const m = personAfter(ctx, k);
    if (m !== undefined) return m.name;
    const named = firstNameAfter(ctx, k);
    if (named !== null) return named;
  }
  return null;
}

/** `سندس، ابنة مبروكة،`: a lone word right after token `k` that opens the name of a person the text names in full elsewhere is that person. */
function firstNameAfter(ctx: Context, k: number): string | null {
  const next = ctx.toks[k + 1];
  if (next === undefined || !/^ +$/.test(next.gap) || next.kind !== 'word') return null;
  const opening = `${next.text} `;
  const full = ctx.mentions.find((x) => x.type === 'person' && x.name.startsWith(opening));
  return full?.name ?? null;
}

/** `الأب`، `الرجل`، `التاجر` after a space: a definite life, kin or trade description (OCCUPATION_KEYS) with no proclitic. */
export const lifeDescription = (t: Tok): boolean => /^ +$/.test(t.gap) && t.forms.some((f) => f.letters === 0 && isDefinite(f.form) && OCCUPATION_KEYS.has(f.form));

/** `تلتفت إليها الأم:`: a preposition with a pronoun between a verb and its subject. */
const TOWARD_KEYS = keySet(['إليه', 'إليها', 'إلينا', 'إليهم', 'له', 'لها', 'لنا', 'لهم']);

/**
 * `يبتسم الأب: «…»`، `تلتفت إليها الأم: «…»`: a sentence that is a verb (no particle, no article),
 * maybe a preposition with a pronoun, a definite life or kin description and a colon before the quote:
 * the description speaks. Returns the description's token and the verb, or null.
 */
export function describedColon(ctx: Context, sentence: Sentence, span: MarkedSpan): { verb: Tok; description: Tok } | null {
  if (!/:\s*$/.test(ctx.text.slice(sentence.start, span.open))) return null;
  const verb = ctx.toks[firstFrom(ctx.toks, sentence.start)];
  if (verb === undefined || verb.kind !== 'word' || isStop(verb) || isDefinite(verb.key) || !/^[وف]?[يت]/.test(verb.key)) return null;
  let k = verb.index + 1;
  if (TOWARD_KEYS.has(ctx.toks[k]?.key ?? '')) k++;
  const d = ctx.toks[k];
  if (d === undefined || !lifeDescription(d)) return null;
  return /^\s*:\s*$/.test(ctx.text.slice(d.end, span.open)) ? { verb, description: d } : null;
}
