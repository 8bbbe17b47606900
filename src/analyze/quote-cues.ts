/**
 * Reporting cues of a quote: a verb or participle before it in its sentence, a post-posed cue after
 * it (`وفق ما صرح X`، `"…"، يضيف X`), an according-to phrase before it, or a colon after a name.
 */
import type { Sentence } from '../core/index.js';
import { key } from '../text/index.js';
import { IMPERFECT_REPORTING_VERBS, POSTPOSED_CUES } from './data/reporting.js';
import { isDefinite, keySet, lookup, type Tok } from './tokens.js';
import { ACCORDING_WORD_KEYS, isStop, NUMBER_WORD_KEYS, PARTICIPLE_KEYS, SPEAKER_HEAD_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import type { MarkedSpan } from './quote-marks.js';
import { resolveTitle } from './quote-titles.js';
import type { TitlePhrase } from './types.js';
import { firstFrom } from './search.js';
import { namedSurname, surnameVariant } from './quote-variants.js';
import { COMPLEMENTIZERS, type Context, findStartingIn } from './quote-context.js';
import { knownSurname, nounWithFinalYa, startsNounPhrase, studentAfterVerb, subjectAt, subjectOrPhrase } from './quote-speaker-phrase.js';
import { explicitSubject, RELAY_KEYS } from './quote-subject.js';
import { referredSource } from './quote-documents.js';
import { circumstantial, feminineParticiple, plainWord, pronounObject } from './names.js';

const POSTPOSED = POSTPOSED_CUES.map((c) => key(c).split(' ')).sort((a, b) => b.length - a.length);
const BARE_ACCORDING = key('وفقا');
interface Cue {
  readonly tok: Tok;
  readonly participle: boolean;
}

/** A cue word after these is a verbal noun, not a verb (`طالباً عدم ذكر اسمه`). */
export const MASDAR_BEFORE_KEYS = keySet(['عدم', 'دون', 'بدون', 'رفض', 'رفضت', 'رفضوا']);

/** Present-tense reporting verbs (يقول، تدعو، يطالبون). */
export const IMPERFECT_KEYS = keySet(IMPERFECT_REPORTING_VERBS);

/** Token `i` follows إن/أن whose clause a reporting verb before it (from `from`, within its sentence) opens. */
function insideReportedClause(ctx: Context, from: number, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
    const t = ctx.toks[k] as Tok;
    if (t.start < from) return false;
    if (!COMPLEMENTIZERS.has(t.key)) continue;
    for (let v = k - 1; v >= 0 && k - v <= 12; v--) {
      const u = ctx.toks[v] as Tok;
      if (u.start < from) return false;
      if (lookup(u, VERB_KEYS) !== null) return true;
    }
    return false;
  }
  return false;
}

/**
 * `وقال دبلوماسي غربي يتابع الملف لـ«…»:`: a present-tense verb right after an indefinite speaker
 * description that is an earlier reporting verb's subject is a relative clause of that description.
 */
function describesSubject(ctx: Context, from: number, i: number): boolean {
  for (let v = i - 2; v >= 0 && i - v <= 4; v--) {
    const head = ctx.toks[v + 1] as Tok;
    if (!head.spaced || head.start < from) return false;
    const verb = ctx.toks[v] as Tok;
    if (lookup(verb, VERB_KEYS) !== null) return lookup(head, SPEAKER_HEAD_KEYS) !== null && !isDefinite(head.key) && ctx.toks.slice(v + 1, i + 1).every((u) => u.spaced);
  }
  return false;
}

/**
 * Reporting-verb spellings that are another word here: `وهو طالب جامعي`، `كرار، طالب السادس`، `31 ألف
 * طالب وطالبة` (after هو, a comma or a count, a bare طالب with no ب-word in its clause is the noun
 * "student", not "demanded"); `ونقل المصابون إلى المستشفى` (نقل with no عن in its clause is "carried",
 * not "relayed").
 */
export function notReporting(ctx: Context, t: Tok): boolean {
  if (nounWithFinalYa(ctx, t)) return true;
  const prev = ctx.toks[t.index - 1];
  // `وقال طالب في السنة الثالثة إن`: right after a reporting verb not in the present (no conjunction
  // between), طالب is its subject, the noun "student": two finite verbs do not follow each other.
  if (studentAfterVerb(ctx.toks, t) && lookup(prev as Tok, IMPERFECT_KEYS) === null) return true;
  const student = t.key === 'طالب' && (/[،,]/.test(t.gap) || HE_KEYS.has(prev?.key ?? '') || prev?.kind === 'number' || NUMBER_WORD_KEYS.has(prev?.key ?? ''));
  const carried = lookup(t, RELAY_KEYS) !== null;
  if (!student && !carried) return false;
  for (let k = t.index + 1; k < ctx.toks.length && k - t.index <= 8; k++) {
    const u = ctx.toks[k] as Tok;
    if (/[.،,:؛«"“]/.test(u.gap)) return !/[«"“]/.test(u.gap);
    if (student ? u.key.startsWith('ب') || COMPLEMENTIZERS.has(u.key) : u.key === 'عن') return false;
  }
  return true;
}

const HE_KEYS = keySet(['هو', 'وهو', 'فهو']);

const EXPRESSED_KEYS = keySet(['عبر']);

/**
 * `وعبّر X عن خيبته:`: the 3ms perfect of عبّر is spelled as the preposition عبر "via"; it is the verb
 * when its shadda is written, or when عن and a feeling with a possessive pronoun follow in its clause
 * (`عن قلقه`، `عن استيائها`), never `عن طريق`.
 */
function expressedFeeling(ctx: Context, t: Tok): boolean {
  if (!t.forms.some((f) => f.letters <= 1 && EXPRESSED_KEYS.has(f.form))) return false;
  if (t.text.includes('\u0651')) return true;
  for (let k = t.index + 1; k < ctx.toks.length && k - t.index <= 10; k++) {
    const u = ctx.toks[k] as Tok;
    if (!u.spaced) return false;
    if (u.key === 'عن') return /(ه|ها|هم|هن)$/.test(ctx.toks[k + 1]?.key ?? '') && ctx.toks[k + 1]?.spaced === true;
  }
  return false;
}

/**
 * `وبيّن أن «…»`، `وبين ان «…»`: the verb بيّن "explained" is spelled as the preposition بين "between"; it is
 * the verb when its shadda is written, or when a complementizer or a colon follows it directly (the
 * preposition takes a noun).
 */
function explainedThat(ctx: Context, t: Tok): boolean {
  if (!t.forms.some((f) => f.letters <= 1 && f.form === 'بين')) return false;
  if (t.text.includes('\u0651')) return true;
  const next = ctx.toks[t.index + 1];
  return /^\s*:/.test(ctx.text.slice(t.end, t.end + 3)) || (next !== undefined && /^ +$/.test(next.gap) && COMPLEMENTIZERS.has(next.key)) || explainedWithSubject(ctx, t);
}

/** How many tokens after a clause-opening بيّن its complementizer may come (the subject between). */
const EXPLAINED_SUBJECT_REACH = 12;

/**
 * `وبيّن مدير التعليم الدكتور X أن «…»`: بين opening its clause (a sentence's or paragraph's start, or after
 * a comma: `من جهته، بين X أن`), then a subject that is no number (`بين عامي …` is the preposition), then a
 * complementizer before any other punctuation or reporting verb: the verb "explained" with its subject.
 */
function explainedWithSubject(ctx: Context, t: Tok): boolean {
  if (!/(?:^|[.!؟?\n:،,])\s*$/u.test(ctx.text.slice(Math.max(0, t.start - 3), t.start))) return false;
  const next = ctx.toks[t.index + 1];
  if (next === undefined || next.kind !== 'word' || !/^ +$/.test(next.gap) || NUMBER_WORD_KEYS.has(next.key) || lookup(next, VERB_KEYS) !== null) return false;
  for (let k = t.index + 2; k < ctx.toks.length && k - t.index <= EXPLAINED_SUBJECT_REACH; k++) {
    const u = ctx.toks[k] as Tok;
    if (/[.!؟?\n:؛«"“]/.test(u.gap) || lookup(u, VERB_KEYS) !== null || u.key === 'بين') return false;
    if (COMPLEMENTIZERS.has(u.key)) return true;
  }
  return false;
}

export function cueBefore(ctx: Context, from: number, to: number, window: number): Cue | null {
  const last = firstFrom(ctx.toks, to) - 1;
  for (let i = last; i >= 0 && last - i < window; i--) {
    const t = ctx.toks[i] as Tok;
    if (t.start < from) break;
    if (MASDAR_BEFORE_KEYS.has(ctx.toks[i - 1]?.key ?? '')) continue;
    // `سارع X إلى انتقاد Y`: a going verb's verbal noun (see `goingVerb`).
    if (goingVerb(ctx, t) !== null) return { tok: t, participle: true };
    // `في رد مكتوب`: right after a preposition a word spelled like a verb is its noun; no verb follows one.
    if (PREPOSITION_KEYS.has(ctx.toks[i - 1]?.key ?? '') && /^ +$/.test(t.gap)) continue;
    if ((lookup(t, VERB_KEYS) !== null && !notReporting(ctx, t)) || expressedFeeling(ctx, t) || explainedThat(ctx, t)) {
      // `قال X إن الحكومة تدعو إلى «…»`: a present-tense verb inside another verb's reported clause states a position; the quote is the outer speaker's.
      if (lookup(t, IMPERFECT_KEYS) !== null && (insideReportedClause(ctx, from, i) || describesSubject(ctx, from, i))) continue;
      return { tok: t, participle: false };
    }
    if (lookup(t, PARTICIPLE_KEYS) !== null || SAYING_NOUN_KEYS.has(t.key)) return { tok: t, participle: true };
  }
  return null;
}

/** Verbs of going on or hastening to do something (`مضى`، `سارع`، `بادر`), 3rd person past. */
const GOING_ON_KEYS = keySet(['مضى', 'ومضى', 'ذهب', 'وذهب', 'سارع', 'وسارع', 'بادر', 'وبادر', 'انتقل', 'وانتقل', 'عاد', 'وعاد', 'مضت', 'ومضت', 'سارعت', 'وسارعت', 'بادرت', 'وبادرت', 'عادت', 'وعادت']);

/** Verbal nouns of reporting verbs (the key forms without ال). */
const REPORTING_MASDAR_KEYS = keySet(['اتهام', 'انتقاد', 'تأكيد', 'القول', 'تحذير', 'وصف', 'مطالبة', 'دعوة', 'التأكيد', 'الاتهام', 'الانتقاد', 'التحذير', 'المطالبة']);

/**
 * `ومضى الرئيس لاتهام الحكومة بعدم «…»`، `سارع X إلى انتقاد Y`: a verb of going on, then ل or إلى and a
 * reporting verb's verbal noun: the noun does the reporting verb's work, read like a participle (its
 * speaker is the going verb's subject).
 */
export function goingVerb(ctx: Context, t: Tok): Tok | null {
  const lam = afterLam(t);
  const prev = ctx.toks[t.index - 1];
  // (`الي`: إلى in key form.)
  const toward = lam === undefined && prev !== undefined && prev.key === 'الي' && /^ +$/.test(t.gap);
  const noun = lam ?? (toward ? t.key : undefined);
  if (noun === undefined || !REPORTING_MASDAR_KEYS.has(noun)) return null;
  const before = ctx.toks[t.index - (toward ? 2 : 1)];
  if (before === undefined) return null;
  // (The going verb right before, or with its subject of up to `GOING_SUBJECT_WORDS` words between, no punctuation.)
  for (let k = before.index; k >= 0 && before.index - k <= GOING_SUBJECT_WORDS; k--) {
    const v = ctx.toks[k] as Tok;
    if (GOING_ON_KEYS.has(v.key)) return v;
    if (!/^ +$/.test(v.gap)) return null;
  }
  return null;
}

/** How many words the going verb's subject may have before the verbal noun. */
const GOING_SUBJECT_WORDS = 6;

const PREPOSITION_KEYS = keySet(['في', 'من', 'على', 'عن', 'إلى']);

/** `اكتفى X بالقول:`، `ختم حديثه بقوله`: ب + the verbal noun of قال stands for the subject's words, as a participle does. */
const SAYING_NOUN_KEYS = keySet(['بالقول', 'بقوله', 'بقولها', 'بقولهم']);

// (`«…»، هذا ما قاله X`: a demonstrative pointing back at the quote, then ما, reads as an according-to word;
// read with `lookup`, so `وهذا` is found by its form without و.)
const ACCORDING_KEYS = keySet(['وفق', 'حسب', 'بحسب', 'حسبما', 'بحسبما', 'وفقما', 'كما', 'هذا', 'ذلك']);

/**
 * `بحسب ما أكدته X`, `وفق ما أوضحه X`, `حسبما أفاد X`, `هذا ما قاله X`: an according-to word, ما, any reporting verb
 * (an object pronoun allowed), an optional به/بها; returns the token index after the cue, or null.
 */
function postposedVerb(ctx: Context, start: number): number | null {
  const t0 = ctx.toks[start];
  if (t0 === undefined || lookup(t0, ACCORDING_KEYS) === null) return null;
  let k = start + 1;
  if (!/ما$/.test(t0.key) || t0.key === 'كما') {
    if (ctx.toks[k]?.key !== 'ما' && t0.key !== 'كما') return null;
    if (t0.key !== 'كما') k++;
  }
  const verb = ctx.toks[k];
  if (verb === undefined) return null;
  const bare = verb.key.replace(/(ته|تها|ه|ها)$/, '');
  if (!VERB_KEYS.has(verb.key) && !VERB_KEYS.has(bare) && !VERB_KEYS.has(`${bare}ت`)) return null;
  k++;
  if (ctx.toks[k]?.key === 'به' || ctx.toks[k]?.key === 'بها') k++;
  return k;
}

/**
 * Conjunctions of contrast or of time opening a new clause (`في حين`، `بينما`، `فيما`، `حين`): a reporting
 * verb after them reports what follows, not the quote before them.
 */
const CONTRAST_KEYS = keySet(['حين', 'بينما', 'وبينما', 'فيما', 'وفيما', 'حينما', 'عندما', 'وعندما', 'بعدما', 'قبلما']);

/** `«…»، هكذا لخص X`: a word pointing back at the quote before a post-posed verb. */
const SO_KEYS = keySet(['هكذا', 'بهذه']);

/** `"..." وفق ما صرح X`: the speaker after a post-posed cue within the sentence. */
export function postposed(ctx: Context, span: MarkedSpan, sentence: Sentence): { cue: string; speaker: string | null; unread?: boolean; verb?: Tok } | null {
  const i = firstFrom(ctx.toks, span.close);
  for (let start = i; start < Math.min(i + 3, ctx.toks.length); start++) {
    const t0 = ctx.toks[start] as Tok;
    if (t0.start >= sentence.end) return null;
    // `"…"، في حين قالت جدته، X، "…"`، `بينما قال X`: a contrast conjunction opens another clause, whose verb is no cue of this quote.
    if (CONTRAST_KEYS.has(t0.key)) return null;
    const generic = postposedVerb(ctx, start);
    if (generic !== null) {
      return { cue: ctx.text.slice(t0.start, (ctx.toks[generic - 1] as Tok).end), speaker: subjectAt(ctx, generic, sentence.end) };
    }
    // `«…»، بهذه الكلمات وصف X`: one noun may follow بهذه.
    const afterSo = (start === i + 1 && lookup(ctx.toks[i] as Tok, SO_KEYS) !== null) || (start === i + 2 && (ctx.toks[i] as Tok).key === 'بهذه');
    if ((start === i || afterSo) && lookup(t0, VERB_KEYS) !== null && /^[\s،,]*$/.test(ctx.text.slice(span.close, (ctx.toks[i] as Tok).start))) {
      // `"…"، يضيف حمزة`: any reporting verb right after the quote, with its subject.
      const who = explicitSubject(ctx, t0) ?? loneNameClosing(ctx, t0, sentence);
      // A subject is written but names no one we can read: no carry-over.
      return { cue: t0.text, speaker: who, unread: who === null && startsNounPhrase(ctx, ctx.toks[t0.index + 1]), verb: t0 };
    }
    for (const cue of POSTPOSED) {
      let ok = true;
      for (let k = 0; k < cue.length && ok; k++) {
        const t = ctx.toks[start + k];
        const want = cue[k] as string;
        ok = t !== undefined && (k === 0 ? t.forms.some((f) => f.form === want) : t.key === want);
      }
      if (ok) {
        const after = start + cue.length;
        const speaker = subjectOrPhrase(ctx, after, sentence.end) ?? titleAfterLam(ctx, after, sentence.end);
        // (`وفقا` with ل written onto what follows: only a name or a title read there attributes the quote, no carry-over.)
        if (speaker === null && cue.length === 1 && cue[0] === BARE_ACCORDING) continue;
        return { cue: ctx.text.slice(t0.start, (ctx.toks[after - 1] as Tok).end), speaker };
      }
    }
    if (start === i && !/^[\s،,]*$/.test(t0.gap.slice(Math.max(0, span.close - (t0.start - t0.gap.length))))) break;
  }
  return null;
}

/**
 * `«…»، تقول شيخة.`: after a reporting verb that follows the quote, one plain word that ends the
 * sentence is the speaker's given name, whatever list knows it (no article, no proclitic, no adverb
 * in the accusative: `يقول مبتسماً`، `يقول بحسرة`).
 */
function loneNameClosing(ctx: Context, verb: Tok, sentence: Sentence): string | null {
  const t = ctx.toks[verb.index + 1];
  const after = ctx.toks[verb.index + 2];
  if (t === undefined || !/^ +$/.test(t.gap) || t.key.length < 3 || t.key.startsWith('و') || !(plainWord(t) || surnameWrittenBefore(ctx, t))) return null;
  // (`ضاحكة`، `مبتسمة`: a participle describing how; `أمه`، `زوجها`: a relation with its pronoun, not a name.)
  if (circumstantial(t.key) || feminineParticiple(t.key) || pronounObject(t) || (/(?:ه|ها|هم)$/.test(t.text) && t.text !== 'طه')) return null;
  // `«…»، يقول أحمد ضاحكاً،`: a participle of manner may stand between the name and the clause's end.
  const manner = after !== undefined && after.spaced && mannerAfterName(after) && closesClause(ctx, after, sentence);
  if (!manner && after !== undefined && after.start < sentence.end && !/[.!؟?\n]/.test(after.gap)) return null;
  if (!manner && !/[.!؟?]/.test(ctx.text.slice(t.end, t.end + 2)) && t.end < sentence.end) return null;
  ctx.learned.push({ start: t.start, name: t.text });
  return t.text;
}

/**
 * `«…»، قال بيرنز.`، `قال كالدر`: a word whose first letter reads as a proclitic (ب، ل، ك، ف) is still a
 * surname when the text wrote it earlier right after a given name (`جيمس بيرنز`): a plain word, not a
 * verb, a title or a stopword, spelled the same up to a long vowel (`روجر بلهام` … `قال بيلهام`). (A manner
 * phrase, `قال بحزن`, is not written after a name.)
 */
function surnameWrittenBefore(ctx: Context, t: Tok): boolean {
  if (t.kind !== 'word' || isDefinite(t.key) || isStop(t) || /ا$/.test(t.key)) return false;
  for (let k = t.index - 2; k >= 1; k--) {
    const u = ctx.toks[k] as Tok;
    if (!u.spaced || !surnameVariant(u.key, t.key)) continue;
    const given = ctx.toks[k - 1] as Tok;
    if (plainWord(given) && given.key.length >= 3 && lookup(given, VERB_KEYS) === null && lookup(given, TITLE_KEYS) === null) return true;
  }
  // (Or the last word of a person the entity pass named before: `لروجر بلهام`, its given name written with ل.)
  return namedSurname(ctx.mentions, t.key, t.start);
}

/** `ضاحكاً`، `مبتسمة`، `غاضباً`: an accusative participle of manner (فاعلاً/فاعلة, مُفتعِلاً/ـة) after the speaker's name. */
function mannerAfterName(t: Tok): boolean {
  // (The masculine's accusative alef stands where the feminine's ة is: one shape test for both.)
  const k = t.key.replace(/ا$/, 'ه');
  return circumstantial(k) || feminineParticiple(k);
}

/** Punctuation or the sentence's end right after token `t`. */
const closesClause = (ctx: Context, t: Tok, sentence: Sentence): boolean => t.end >= sentence.end || /^\s*[.،,!؟?؛]/.test(ctx.text.slice(t.end, t.end + 2));

/** `وبحسب X، فإن "…"`، `ووفقاً لـX`، `نقلاً عن X`: an according-to phrase before the quote, in its sentence (`ACCORDING_WORD_KEYS`, then one of these links or none). */
const PREPOSED_LINK_KEYS = keySet(['ل', 'لـ', 'عن', 'ما']);

/** The key of the word `t` writes after ل (`لوزير` → وزير); undefined when `t` does not start with ل. */
const afterLam = (t: Tok | undefined): string | undefined => (t?.text.startsWith('ل') === true ? t.forms.find((f) => f.letters === 1)?.form : undefined);

/**
 * `"…" وفقا لوزير لندن.`: ل written onto a title, with up to three words of its phrase, names the person
 * the text named earlier with that title (see `resolveTitle`); null when it names no one.
 */
function titleAfterLam(ctx: Context, k: number, end: number): string | null {
  const t = ctx.toks[k];
  const peeled = afterLam(t);
  if (t === undefined || peeled === undefined || !TITLE_KEYS.has(peeled)) return null;
  let last = t;
  for (let j = k + 1; j <= k + 3; j++) {
    const u = ctx.toks[j];
    if (u === undefined || u.start >= end || !/^ +$/.test(u.gap)) break;
    last = u;
  }
  const phrase: TitlePhrase = { kind: 'title-phrase', head: peeled.replace(/^ال/, '').replace(/ه$/, ''), text: ctx.text.slice(t.start + 1, last.end), person: null, start: t.start + 1, end: last.end };
  return resolveTitle(ctx, phrase);
}

/**
 * `ووفقا لصحيفة التايمز، فإن "…"`، `ووفقا لمنظمة العفو الدولية`: ل written onto the first word of a body,
 * person or place the entity pass named (its mention starts after the ل), before the quote.
 */
function mentionAfterLam(ctx: Context, k: number, open: number): string | null {
  const t = ctx.toks[k];
  if (t === undefined || !t.text.startsWith('ل')) return null;
  const m = findStartingIn(ctx.mentions, t.start + 1, t.start + 2, (x) => x.end <= open);
  return m?.name ?? null;
}

/**
 * `ووفقا لكالدر "…"`: ل written onto a surname (one word, right before the quote or a comma) of a person
 * named before in the text.
 */
function surnameAfterLam(ctx: Context, k: number, open: number): string | null {
  const t = ctx.toks[k];
  const peeled = afterLam(t);
  if (t === undefined || peeled === undefined || peeled.length < 3 || !/^[\s،,]*$/.test(ctx.text.slice(t.end, open))) return null;
  return knownSurname(ctx, { ...t, key: peeled });
}

export function preposed(ctx: Context, from: number, open: number): { cue: string; speaker: string | null } | null {
  const last = firstFrom(ctx.toks, open) - 1;
  for (let i = last; i >= 0; i--) {
    const t = ctx.toks[i] as Tok;
    if (t.start < from) break;
    if (lookup(t, ACCORDING_WORD_KEYS) === null) continue;
    let k = i + 1;
    while (k < ctx.toks.length && PREPOSED_LINK_KEYS.has((ctx.toks[k] as Tok).key)) k++;
    const speaker = mentionAfterLam(ctx, k, open) ?? subjectAt(ctx, k, open) ?? surnameAfterLam(ctx, k, open) ?? titleAfterLam(ctx, k, open) ?? referredSource(ctx, k);
    if (speaker === null) return null;
    // (`ووفقا للشرطة`: ل on the article, لل; the body is الشرطة.)
    const lamArticle = (ctx.toks[k] as Tok | undefined)?.text.startsWith('لل') === true && speaker.startsWith('لل');
    return { cue: t.text, speaker: lamArticle ? `ال${speaker.slice(2)}` : speaker };
  }
  return null;
}

/**
 * `وزاد البقالي: «…»`: a sentence that opens with a و-verb we do not list, then a person named
 * before (or named here), then a colon and the quote: the person speaks.
 */
export function colonSpeaker(ctx: Context, sentence: Sentence, span: MarkedSpan): { cue: string; speaker: string } | null {
  if (!/:\s*$/.test(ctx.text.slice(sentence.start, span.open))) return null;
  const first = ctx.toks[firstFrom(ctx.toks, sentence.start)];
  const second = first === undefined ? undefined : ctx.toks[first.index + 1];
  if (first === undefined || second === undefined || !/^[وف]/.test(first.text) || first.key.length < 4 || isStop(first) || !/^ +$/.test(second.gap)) return null;
  const m = findStartingIn(ctx.mentions, second.start, second.end, (x) => x.type === 'person');
  if (m === undefined || !/^\s*:\s*$/.test(ctx.text.slice(m.end, span.open).replace(/[«"“]/g, ''))) return null;
  return { cue: first.text, speaker: m.name };
}
