/**
 * Which phrase is a reporting verb's subject: after it (past an addressed outlet or a pronoun
 * object), before it, inside a reported clause, or the source a relaying verb quotes (`نقل X عن Y`).
 */
import type { Sentence } from '../core/index.js';
import { afterComma, keySet, lookup, type Tok } from './tokens.js';
import { isStop, TITLE_KEYS } from './lexicon.js';
import { articleWritten, nameRun } from './names.js';
import { firstFrom } from './search.js';
import { COMPLEMENTIZERS, type Context, cueGender, findStartingIn } from './quote-context.js';
import { knownSurname, startsNounPhrase, subjectAt, subjectOrPhrase, subjectPhrase } from './quote-speaker-phrase.js';

export const RELAY_KEYS = keySet(['نقل', 'نقلت', 'نقلوا']);
/** `ونسبت الوكالة إلى X قوله`: the source after إلى. */
const ASCRIBE_KEYS = keySet(['نسب', 'نسبت']);

/** `نقل X عن Y قوله "..."`: the quote is Y's, the source after the last عن before the quote. */
export function relayedSource(ctx: Context, cue: Tok, until: number): string | null {
  const ascribed = lookup(cue, ASCRIBE_KEYS) !== null;
  if (!ascribed && lookup(cue, RELAY_KEYS) === null) return null;
  const between = ctx.toks.slice(cue.index + 1, firstFrom(ctx.toks, until));
  for (let k = between.length - 1; k >= 0; k--) {
    const t = between[k] as Tok;
    if (t.key !== (ascribed ? 'الي' : 'عن')) continue;
    const phrase = subjectOrPhrase(ctx, t.index + 1, until);
    // A person the reading names stands; a description is the whole source up to قوله (`سائق شاحنة علق على الطريق`).
    const person = phrase !== null && ctx.mentions.some((m) => m.type === 'person' && m.name === phrase);
    const who = person ? phrase : (sourceBeforeSaying(ctx, t.index + 1, until) ?? phrase);
    if (who !== null) return who;
  }
  return null;
}

/** `نقلاً`، `نقلا` (one key: the tanween folds away): "relaying", the verbal noun that names a reporting verb's source after عن. */
const RELAYING_NOUN_KEYS = keySet(['نقلا']);

/**
 * `وذكرت صحيفة «الحياة» نقلاً عن مصادر دبلوماسية أن «…»`: a reporting verb whose clause names, before the
 * quote, the source it relays (نقلاً عن X): the words are X's, not the outlet's. X is the subject phrase read
 * after عن, else the words up to قوله (`relayedSource` prefers those words unless the phrase names a person).
 */
export function relayedByNoun(ctx: Context, cue: Tok, until: number): string | null {
  const end = firstFrom(ctx.toks, until);
  for (let k = cue.index + 1; k < end - 1; k++) {
    const t = ctx.toks[k] as Tok;
    if (/[.!؟?\n:]/.test(t.gap)) return null;
    if (lookup(t, RELAYING_NOUN_KEYS) === null || (ctx.toks[k + 1] as Tok).key !== 'عن') continue;
    const source = ctx.toks[k + 2];
    if (source === undefined || source.start >= until) return null;
    const phrase = subjectOrPhrase(ctx, k + 2, until);
    return phrase ?? sourceBeforeSaying(ctx, k + 2, until);
  }
  return null;
}

/** `عنه`، `عنها`، `عنهم`: the source of a relaying verb as a pronoun, by its gender. */
const FROM_HIM: ReadonlyMap<string, 'm' | 'f' | 'p'> = new Map([['عنه', 'm'], ['عنها', 'f'], ['عنهم', 'p']]);

/**
 * `ونقلت عنه الصحيفة قوله "…"`: a relaying verb whose source (عن) is a pronoun: the pronoun's gender (its
 * referent is someone named before), else null.
 */
export function relayedPronoun(ctx: Context, cue: Tok, until: number): 'm' | 'f' | 'p' | null {
  if (lookup(cue, RELAY_KEYS) === null) return null;
  const between = ctx.toks.slice(cue.index + 1, firstFrom(ctx.toks, until));
  // (The last عن before the quote decides, as in `relayedSource`.)
  for (let k = between.length - 1; k >= 0; k--) {
    const t = between[k] as Tok;
    if (t.key === 'عن') return null;
    const gender = FROM_HIM.get(t.key);
    if (gender !== undefined) return gender;
  }
  return null;
}

/** `قوله`، `قولها`: "his words", which closes the source a relaying verb names. */
const SAYING_KEYS = keySet(['قوله', 'قولها', 'قولهم', 'قولهما']);

/**
 * `ونقلت الصحيفة عن سائق شاحنة علق على الطريق قوله: «…»`: a quote right after قوله is the words a
 * relaying verb earlier in its sentence (from `from`) reports, whatever verb-like word the source holds
 * (علق "got stuck" is spelled as علّق "commented"); returns that verb, or null.
 */
export function relayingVerb(ctx: Context, from: number, open: number): Tok | null {
  const last = ctx.toks[firstFrom(ctx.toks, open) - 1];
  if (last === undefined || !SAYING_KEYS.has(last.key) || !/^[\s:]*$/.test(ctx.text.slice(last.end, open))) return null;
  for (let k = last.index - 1; k >= 0; k--) {
    const t = ctx.toks[k] as Tok;
    if (t.start < from) return null;
    if (lookup(t, RELAY_KEYS) !== null || lookup(t, ASCRIBE_KEYS) !== null) return t;
  }
  return null;
}
/** How many words a relayed source no reading knows may take before قوله. */
const SOURCE_WORDS = 8;

/**
 * `نقلت الصحيفة عن سائق شاحنة علق على الطريق قوله:`: the words between عن and قوله, none a stopword
 * first, no punctuation inside, are the source, whatever reading knows them.
 */
function sourceBeforeSaying(ctx: Context, i: number, until: number): string | null {
  const first = ctx.toks[i];
  if (first === undefined || first.kind !== 'word' || isStop(first)) return null;
  for (let k = i + 1; k < ctx.toks.length && k - i <= SOURCE_WORDS; k++) {
    const t = ctx.toks[k] as Tok;
    if (t.start >= until || !t.spaced) return null;
    if (SAYING_KEYS.has(t.key)) return ctx.text.slice(first.start, (ctx.toks[k - 1] as Tok).end);
  }
  return null;
}

/**
 * `قال X إن قادة الكتل أكدوا له أن "..."`: a reporting verb inside a reported clause has the noun
 * phrase between the complementizer and itself as its subject (nested reported speech).
 */
const CONJUNCTIVE_BEFORE_KEYS = keySet(['غير', 'بيد', 'إلا']);

export function clauseSubject(ctx: Context, cue: Tok, sentence: Sentence): string | null {
  let k = cue.index - 1;
  while (k >= 0 && cue.index - k <= 5 && (ctx.toks[k] as Tok).start >= sentence.start && !COMPLEMENTIZERS.has((ctx.toks[k] as Tok).key)) k--;
  const comp = ctx.toks[k];
  if (comp === undefined || comp.start < sentence.start || !COMPLEMENTIZERS.has(comp.key) || k + 1 >= cue.index) return null;
  // `غير أن صياداً …`: أن after غير/بيد/إلا is a conjunction ("however"), not a reported clause.
  if (CONJUNCTIVE_BEFORE_KEYS.has(ctx.toks[k - 1]?.key ?? '')) return null;
  const first = ctx.toks[k + 1] as Tok;
  if (/[،,.:«"“]/.test(ctx.text.slice(first.start, cue.start))) return null;
  const inside = ctx.toks.slice(k + 1, cue.index);
  if (inside.some((t) => isStop(t) || t.kind !== 'word')) return null;
  return subjectAt(ctx, k + 1, cue.start) ?? ctx.text.slice(first.start, (inside[inside.length - 1] as Tok).end);
}

/** `كان`/`كانت` opening a pluperfect clause (`وكانت X قد أعلنت`), with the conjunction. */
const KANA_KEYS = keySet(['كان', 'كانت', 'وكان', 'وكانت']);
/** How many tokens a pluperfect subject may take between كان and قد. */
const PLUPERFECT_REACH = 10;

/**
 * The كان of a pluperfect `كان + subject + قد + verb` ending at `verb`, in its sentence with no punctuation
 * between, or undefined (`وكانت الوزارة قد أعلنت`: a subject is written before the verb, read or not).
 */
export function pluperfectKana(ctx: Context, verb: Tok, sentence: Sentence): Tok | undefined {
  const qad = ctx.toks[verb.index - 1];
  if (qad === undefined || qad.key !== 'قد' || !/^ +$/.test(verb.gap)) return undefined;
  for (let k = qad.index - 2; k >= 0 && qad.index - k <= PLUPERFECT_REACH + 1; k--) {
    const t = ctx.toks[k] as Tok;
    if (t.start < sentence.start || /[.،,:؛«"“]/.test((ctx.toks[k + 1] as Tok).gap)) return undefined;
    if (KANA_KEYS.has(t.key)) return t;
  }
  return undefined;
}

/**
 * `وكانت لجنة المهرجان قد أعلنت في بيان`: in the pluperfect كان + subject + قد + verb, the phrase
 * between كان and قد is the verb's subject (the verb, right after قد, has none of its own).
 */
export function pluperfectSubject(ctx: Context, verb: Tok, sentence: Sentence): string | null {
  const kana = pluperfectKana(ctx, verb, sentence);
  return kana === undefined ? null : subjectAfterKana(ctx, kana, verb);
}

/** The subject read between `kana` (see `pluperfectKana`) and the قد before `verb`. */
export const subjectAfterKana = (ctx: Context, kana: Tok, verb: Tok): string | null => subjectAt(ctx, kana.index + 1, (ctx.toks[verb.index - 1] as Tok).start);

/**
 * `X اتهم الجانب الحكومي بـ"…"`: a verb with no conjunction right after a person or a title naming
 * one (only spaces between, in the same sentence) has that subject before it; what follows is its object.
 */
export function preverbalSubject(ctx: Context, cue: Tok, sentence: Sentence): string | null {
  const prev = ctx.toks[cue.index - 1];
  // (A plural verb, `أنصار X قالوا`، `أقارب X يقولون`: one person right before it is a genitive, not its subject.)
  if (/^[وف]/.test(cue.text) || prev === undefined || prev.start < sentence.start || !/^ +$/.test(cue.gap) || cueGender(cue) === 'p') return null;
  const opening = nameOpeningTitle(ctx, cue, sentence);
  if (opening !== null) return opening;
  const title = ctx.titles.find((p) => p.end === prev.end && p.person !== null);
  if (title !== undefined) return title.person;
  const m = ctx.mentions.find((x) => x.end === prev.end && x.type === 'person');
  if (m !== undefined) return m.name;
  return titledName(ctx, cue, sentence);
}

/**
 * `نيكوليتا دريكويزين المتحدثة باسم الشبكة أفادت أنه "…"`: a sentence opening on a name no list knows (two
 * or three plain words), then a definite title phrase in apposition running up to the verb: the name speaks.
 */
function nameOpeningTitle(ctx: Context, cue: Tok, sentence: Sentence): string | null {
  const first = ctx.toks[firstFrom(ctx.toks, sentence.start)];
  if (first === undefined || articleWritten(first) || lookup(first, TITLE_KEYS) !== null) return null;
  const run = nameRun(ctx.toks, first.index);
  const head = run === null ? undefined : ctx.toks[run.to];
  if (run === null || head === undefined || run.to - run.from < 2 || run.to - run.from > 3 || !/^ +$/.test(head.gap) || !articleWritten(head) || lookup(head, TITLE_KEYS) === null) return null;
  const title = ctx.titles.find((p) => p.start === head.start);
  if (title === undefined || title.end !== (ctx.toks[cue.index - 1] as Tok).end) return null;
  if (ctx.mentions.some((m) => m.start >= first.start && m.end <= head.start && m.type !== 'person')) return null;
  const name = ctx.text.slice(first.start, (ctx.toks[run.to - 1] as Tok).end);
  ctx.learned.push({ start: first.start, name });
  return name;
}

/**
 * `رئيس تعاونية صيادي الأسماك في الميناء جمال الحلاب قال`: a sentence opening with a title whose
 * phrase ends in a name no list knows, right before the verb.
 */
function titledName(ctx: Context, cue: Tok, sentence: Sentence): string | null {
  const first = ctx.toks[firstFrom(ctx.toks, sentence.start)];
  if (first === undefined || lookup(first, TITLE_KEYS) === null) return null;
  for (let s = Math.max(first.index + 1, cue.index - 3); s <= cue.index - 2; s++) {
    const run = nameRun(ctx.toks, s);
    const u = ctx.toks[s] as Tok;
    if (run === null || run.to !== cue.index || articleWritten(u) || !u.spaced) continue;
    const name = ctx.text.slice(u.start, (ctx.toks[run.to - 1] as Tok).end);
    ctx.learned.push({ start: u.start, name });
    return name;
  }
  return null;
}

/** `وجاء في بيان الوزارة`، `وورد في التقرير`: the subject is the document after في. */
export const IN_DOCUMENT_VERB_KEYS = keySet(['جاء', 'ورد']);

/** The subject named right after a reporting verb (`وقال X`, `وجاء في بيان X`), or null. */
export function explicitSubject(ctx: Context, verb: Tok): string | null {
  let v = ctx.subjectMemo.get(verb.index);
  if (v === undefined) {
    v = readExplicitSubject(ctx, verb);
    ctx.subjectMemo.set(verb.index, v);
  }
  return v;
}

const TOWARD_PRONOUN_KEYS = keySet(['عليه', 'عليها', 'عليهم', 'له', 'لها', 'لهم', 'إليه', 'إليها', 'إليهم', 'لنا', 'لي']);

/**
 * `وقال لـ«الشرق الأوسط» X`، `وقال لصحيفة «الأيام» إن`: an outlet addressed in marks, its kind of medium
 * (صحيفة، جريدة، موقع، وكالة، قناة، إذاعة، مجلة) written before it or not, between the verb and its subject.
 */
const ADDRESSED_OUTLET = /^\s*لـ?\s*(?:(?:صحيفة|جريدة|موقع|وكالة|قناة|إذاعة|اذاعة|مجلة|تلفزيون)\s*)?[«"“][^»"”\n]{1,40}[»"”]\s*/;

/** The first character after the spaces at `from` is ل (a cheap test before `ADDRESSED_OUTLET`, which needs it). */
function addresseeAhead(text: string, from: number): boolean {
  let p = from;
  while (p < text.length && /\s/.test(text.charAt(p))) p++;
  return text.charAt(p) === 'ل';
}

function readExplicitSubject(ctx: Context, verb: Tok): string | null {
  const addressed = addresseeAhead(ctx.text, verb.end) ? ADDRESSED_OUTLET.exec(ctx.text.slice(verb.end, verb.end + 60)) : null;
  const after = addressed === null ? undefined : ctx.toks[firstFrom(ctx.toks, verb.end + addressed[0].length)];
  if (addressed !== null && after !== undefined && after.start === verb.end + addressed[0].length) {
    return subjectOrPhrase(ctx, after.index, Number.MAX_SAFE_INTEGER);
  }
  const toward = ctx.toks[verb.index + 1];
  // (`حسب ما أفادت به مصادر في الشرطة`: after ما, the verb's به/بها is what was said, before the subject.)
  const what = toward !== undefined && ctx.toks[verb.index - 1]?.key === 'ما' && (toward.key === 'به' || toward.key === 'بها');
  if (toward !== undefined && (TOWARD_PRONOUN_KEYS.has(toward.key) || what) && /^ +$/.test(toward.gap)) {
    // `ورد عليها النائب X`، `وقال له الوزير X`: the preposition and its pronoun come before the subject.
    return subjectOrPhrase(ctx, verb.index + 2, Number.MAX_SAFE_INTEGER);
  }
  const next = ctx.toks[verb.index + 1];
  // `صرح لـوكالة الأنباء X بأن`، `وقال لـقناة X إن`: ل joined by a tatweel marks the addressee, never the subject.
  if (next !== undefined && /^لـ/u.test(next.text)) return subjectAfterAddressee(ctx, next);
  if (next !== undefined && next.key === 'في' && lookup(verb, IN_DOCUMENT_VERB_KEYS) !== null) return subjectAt(ctx, verb.index + 2, Number.MAX_SAFE_INTEGER);
  const at = subjectAt(ctx, verb.index + 1, Number.MAX_SAFE_INTEGER);
  // `وتابعت فارس:`: a surname alone before the colon, of someone named before.
  if (at === null && next !== undefined && next.spaced && ctx.text.slice(next.end, next.end + 1) === ':') return knownSurname(ctx, next);
  if (at !== null || !startsNounPhrase(ctx, next)) return at;
  return subjectPhrase(ctx, verb.index + 1, Number.MAX_SAFE_INTEGER);
}

/** The subject written after an addressee `لـX` (the body or person named there, as one mention): none when a complementizer or a preposition follows. */
function subjectAfterAddressee(ctx: Context, addressee: Tok): string | null {
  const named = findStartingIn(ctx.mentions, addressee.start, addressee.end);
  const after = ctx.toks[firstFrom(ctx.toks, named === undefined ? addressee.end : Math.max(addressee.end, named.end))];
  return after !== undefined && startsNounPhrase(ctx, after) ? subjectOrPhrase(ctx, after.index, Number.MAX_SAFE_INTEGER) : null;
}

/** How many words a description before its apposed name may have (`الشركة المالكة للفندق`). */
const APPOSED_DESCRIPTION_WORDS = 4;

/**
 * `قالت الشركة المالكة للفندق، مجموعة X، إنها`: a definite description after the verb, a comma, then a
 * body or person the entity pass named, closed by a comma or a complementizer: that name is the subject
 * (the description says what it is). Null when anything else follows the description.
 */
export function apposedName(ctx: Context, verb: Tok): string | null {
  const first = ctx.toks[verb.index + 1];
  if (first === undefined || !/^ +$/.test(first.gap) || !articleWritten(first)) return null;
  for (let k = verb.index + 2; k <= verb.index + APPOSED_DESCRIPTION_WORDS + 1 && k < ctx.toks.length; k++) {
    const t = ctx.toks[k] as Tok;
    if (/^ +$/.test(t.gap)) continue;
    if (!afterComma(t)) return null;
    const m = findStartingIn(ctx.mentions, t.start, t.end, (x) => x.type === 'person' || x.type === 'organization');
    const after = m === undefined ? undefined : ctx.toks[firstFrom(ctx.toks, m.end)];
    if (m === undefined || after === undefined || !afterComma(after)) return null;
    return m.type === 'person' ? m.name : m.form;
  }
  return null;
}

const WROTE_KEYS = keySet(['كتب']);
const ON_IT_KEYS = keySet(['عليه', 'عليها', 'عليهم']);

/** `لافتات كتب عليها «…»`: كُتب عليها, "written on it" — a slogan or a sign, no one's statement. */
export const writtenOn = (ctx: Context, cue: Tok): boolean =>
  lookup(cue, WROTE_KEYS) !== null && ON_IT_KEYS.has(ctx.toks[cue.index + 1]?.key ?? '') && explicitSubject(ctx, cue) === null;
