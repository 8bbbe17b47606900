/**
 * `ووصف رئيس الوزراء الهجوم بأنه «…»`، `واعتبر وزير الخارجية القرار «…»`: after a verb that takes an object
 * before its complement (وصف، اعتبر، حمّل، اتهم …), a title phrase naming no one may have run on into the
 * verb's object. A title's chain is its head, a genitive, and adjectives; a definite word right after a
 * definite one that cannot be an adjective (no nisba, no participle or elative, no listed adjective, no
 * title word, not inside a name) starts the object.
 */
import { isDefinite, isNisba, keySet, lookup, type Tok } from './tokens.js';
import { BI_VERB_KEYS, GIVEN_KEYS, TITLE_KEYS, TRANSITIVE_VERB_KEYS } from './lexicon.js';
import type { TitlePhrase } from './types.js';
import { type Context, someStartingIn } from './quote-context.js';
import { firstFrom } from './search.js';

/** Definite adjectives a title takes that have neither the nisba nor the participle shape. */
const TITLE_ADJECTIVE_KEYS = keySet([
  'السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'الجديد', 'الجديدة', 'العام', 'العامة', 'الخاص', 'الخاصة', 'الأول', 'الأولى', 'الثاني', 'الثانية',
  'الأعلى', 'الدائم', 'الدائمة', 'الأكبر', 'الكبير', 'الكبرى', 'القائم', 'الفعلي', 'الفخري', 'الراحل', 'الراحلة', 'الأمين',
]);

/** A definite word that may be an adjective of a title's chain (or a title word itself). */
function adjectiveLike(k: string): boolean {
  if (isNisba(k) || /(?:يون|يين)$/.test(k) || TITLE_ADJECTIVE_KEYS.has(k) || TITLE_KEYS.has(k.slice(2))) return true;
  // Participles (المكلف، المستقيل، المنتخب، المؤقت), not a feminine plural noun (المحادثات).
  return /^الم../.test(k) && !/ات$/.test(k);
}

/** `title` ending at offset `end` (the end of one of its tokens). */
export const titleEndingAt = (ctx: Context, title: TitlePhrase, end: number): TitlePhrase => ({ ...title, text: ctx.text.slice(title.start, end), end });

/** `title` cut before the verb's object it ran on into, when the word before it is a verb taking one; else `title`. */
export function withoutVerbObject(ctx: Context, title: TitlePhrase, verb: Tok | undefined): TitlePhrase {
  if (title.person !== null || verb === undefined || lookup(verb, TRANSITIVE_VERB_KEYS) === null) return title;
  const first = firstFrom(ctx.toks, title.start);
  for (let k = first + 1; k < ctx.toks.length; k++) {
    const t = ctx.toks[k] as Tok;
    const prev = ctx.toks[k - 1] as Tok;
    if (t.end > title.end) break;
    if (!/^ +$/.test(t.gap) || !isDefinite(t.key) || !isDefinite(prev.key)) continue;
    // (`ودعا الوزير المعلمين إلى`: a sound masculine plural right after the singular title word agrees with nothing there.)
    const plural = k === first + 1 && /(?:ين|ون)$/.test(t.key) && !/(?:يين|يون)$/.test(t.key);
    if (!plural && adjectiveLike(t.key)) continue;
    // (A word inside a name begun before it: `الأمم المتحدة`.)
    if (someStartingIn(ctx.mentions, title.start - 1, t.start, (m) => m.end > t.start)) continue;
    return titleEndingAt(ctx, title, prev.end);
  }
  return title;
}

/**
 * `وأشاد رئيس الاتحاد سمير حداد بأداء اللاعبين`، `أشاد مدير المنطقة بجهود اللجنة`: after a verb whose
 * complement takes بـ, a title phrase whose last word is written with ب (not a given name: بلال، بسام)
 * ran on into that complement; it ends before it (naming no one when that word was its only name word).
 */
export function withoutBiComplement(ctx: Context, title: TitlePhrase, verb: Tok | undefined): TitlePhrase {
  if (verb === undefined || lookup(verb, BI_VERB_KEYS) === null) return title;
  const last = ctx.toks[firstFrom(ctx.toks, title.end) - 1];
  const prev = last === undefined ? undefined : ctx.toks[last.index - 1];
  if (last === undefined || prev === undefined || prev.end <= title.start || !last.key.startsWith('ب') || GIVEN_KEYS.has(last.key) || !/^ +$/.test(last.gap)) return title;
  const person = title.person === null ? null : title.person.split(' ').slice(0, -1).join(' ');
  return { ...titleEndingAt(ctx, title, prev.end), person: person === '' || person === null ? null : person };
}
