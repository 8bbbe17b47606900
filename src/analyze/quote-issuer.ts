/**
 * `أصدرت الهيئة بياناً جاء فيه: «…»`، `ألقى الوزير كلمة قال فيها إن «…»`: a reporting verb opening a
 * relative clause on an indefinite text noun (its resumptive pronoun فيه/فيها right after it) reports
 * what that text says; the text's issuer, the subject before the noun, is the speaker.
 */
import type { Sentence } from '../core/index.js';
import { isDefinite, keySet, lookup, type Tok } from './tokens.js';
import type { Context } from './quote-context.js';
import { subjectBefore } from './quote-antecedents.js';

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
