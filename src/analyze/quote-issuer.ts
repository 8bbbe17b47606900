/**
 * The issuer of a statement as the speaker. `أصدرت الهيئة بياناً جاء فيه: «…»`، `ألقى الوزير كلمة قال فيها
 * إن «…»`: a reporting verb opening a relative clause on an indefinite text noun (its resumptive pronoun
 * فيه/فيها right after it) reports what that text says; the text's issuer, the subject before the noun,
 * is the speaker. `ذكرت قوة الإطفاء العامة في بيان أن «…»`: the words between a reporting verb and the
 * statement it was made in are its subject, a body no list need know.
 */
import type { Sentence } from '../core/index.js';
import { isDefinite, keySet, lookup, type Tok } from './tokens.js';
import { COMPLEMENTIZERS, type Context, findStartingIn } from './quote-context.js';
import { subjectBefore } from './quote-antecedents.js';
import { SUBJECT_STOP_KEYS, TEMPORAL_KEYS, VERB_KEYS } from './lexicon.js';

/** Texts someone issues, delivers or posts, indefinite (the antecedent of a relative clause). */
const ISSUED_TEXT_KEYS = keySet([
  'بيان', 'بيانا', 'بلاغ', 'بلاغا', 'تعميم', 'تعميما', 'رسالة', 'خطاب', 'خطابا', 'كلمة', 'تقرير', 'تقريرا',
  'تصريح', 'تصريحا', 'تصريحات', 'مذكرة', 'تغريدة', 'منشور', 'منشورا', 'تدوينة', 'مقال', 'مقالا', 'مقابلة',
  'حديث', 'حديثا', 'تسجيل', 'تسجيلا', 'شريط', 'شريطا', 'فيديو', 'مقطع', 'مقطعا', 'إعلان', 'إعلانا', 'نداء',
  'مداخلة', 'مؤتمر', 'مؤتمرا', 'برقية', 'عريضة', 'وثيقة', 'ورقة', 'توضيح', 'توضيحا',
]);

/** The resumptive pronoun of a relative clause on a text: `قال فيه`، `جاء فيها`. */
const RESUMPTIVE_KEYS = keySet(['فيه', 'فيها', 'فيهما']);

/** How many indefinite adjectives may stand between the text noun and the verb (`بياناً مقتضباً جاء فيه`). */
const ADJECTIVES = 2;

/** The text noun whose relative clause `cue` opens, or null. */
function issuedText(ctx: Context, cue: Tok, sentence: Sentence): Tok | null {
  const next = ctx.toks[cue.index + 1];
  if (next === undefined || !/^ +$/.test(next.gap) || !RESUMPTIVE_KEYS.has(next.key) || /^[وف]/.test(cue.text)) return null;
  for (let k = cue.index - 1; k >= cue.index - 1 - ADJECTIVES; k--) {
    const t = ctx.toks[k];
    if (t === undefined || t.start < sentence.start || !/^ +$/.test((ctx.toks[k + 1] as Tok).gap)) return null;
    if (lookup(t, ISSUED_TEXT_KEYS) !== null && !isDefinite(t.key)) return t;
    if (t.kind !== 'word' || isDefinite(t.key) || /^[وفبل]/.test(t.key)) return null;
  }
  return null;
}

/** The issuer of the text whose relative clause the reporting verb `cue` opens (see the file comment), or null. */
export function resumptiveIssuer(ctx: Context, cue: Tok, sentence: Sentence): string | null {
  const noun = issuedText(ctx, cue, sentence);
  return noun === null ? null : subjectBefore(ctx, sentence, noun.start);
}

/** Statements a body issues: `في بيان`، `في بلاغ`، `في بيان صحفي`. */
const STATEMENT_KEYS = keySet(['بيان', 'بلاغ', 'بيانها', 'بيانه', 'تعميم', 'بلاغها', 'بلاغه']);

/** How many words the subject between the verb and `في بيان` may have. */
const ISSUER_WORDS = 8;

/**
 * `ذكرت قوة الإطفاء العامة في بيان أن`، `وقال البرنامج السعودي لتنمية وإعمار اليمن في بيان إن`، `وأوضحت
 * عمالة إقليم العرائش، في بلاغ …، أن`: two to eight words right after the reporting verb `cue`, then
 * (after a comma, a time word or a name in marks at most) `في` + a statement word: those words name the
 * issuer. Null when a verb, a complementizer, a preposition or other punctuation comes first.
 */
export function issuerBeforeStatement(ctx: Context, cue: Tok): string | null {
  const first = ctx.toks[cue.index + 1];
  if (first === undefined || !/^ +$/.test(first.gap) || first.kind !== 'word' || /^[بلك]/.test(first.key) || SUBJECT_STOP_KEYS.has(first.key) || TEMPORAL_KEYS.has(first.key)) return null;
  // A person the entity pass found there is read by the usual subject rules.
  if (findStartingIn(ctx.mentions, first.start, first.end, (m) => m.type === 'person') !== undefined) return null;
  let last: Tok | null = null;
  let closed = false;
  for (let k = cue.index + 1; k < ctx.toks.length && k <= cue.index + ISSUER_WORDS + 3; k++) {
    const t = ctx.toks[k] as Tok;
    if (k > cue.index + 1 && !/^[\s،,«»"“”]*$/.test(t.gap)) return null;
    if (t.key === 'في') {
      const doc = ctx.toks[k + 1];
      const words = last === null ? 0 : last.index - cue.index;
      return doc !== undefined && /^ +$/.test(doc.gap) && lookup(doc, STATEMENT_KEYS) !== null && last !== null && words >= 2 && words <= ISSUER_WORDS ? ctx.text.slice(first.start, last.end) : null;
    }
    if (COMPLEMENTIZERS.has(t.key) || lookup(t, VERB_KEYS) !== null || SUBJECT_STOP_KEYS.has(t.key)) return null;
    // A comma, a time word or a name in marks closes the subject; only `في بيان` may follow.
    if (k > cue.index + 1 && /[،,«"“]/.test(t.gap)) closed = true;
    if (TEMPORAL_KEYS.has(t.key)) closed = true;
    if (!closed) last = t;
  }
  return null;
}
