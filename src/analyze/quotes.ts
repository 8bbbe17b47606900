/**
 * Quotes and their speakers in one clean text (ARABIC.md §4). A marked span of three words or more
 * is a quote when a reporting cue attributes it: a verb or participle before it in the same
 * sentence, or a post-posed cue after it (وفق ما صرح X). The speaker is the subject right after the
 * verb (a person, an organization, a title resolved to the person it names, or a description such
 * as مصدر دبلوماسي); with no explicit subject, the subject earlier in the sentence, else the last
 * speaker. Reported speech (قال إن ... without marks) is kept as `reported`.
 */
import type { Sentence } from '../core/index.js';
import { key, sentences as splitSentences } from '../text/index.js';
import { NAMING_WORDS, POSTPOSED_CUES } from './data/reporting.js';
import { analyzeEntities, type EntityAnalysis } from './entities.js';
import { isDefinite, isNisba, keySet, lookup, tokenView, type Tok } from './tokens.js';
import { isStop, NAME_JOINER_KEYS, ORG_CUE_KEYS, PARTICIPLE_KEYS, SPEAKER_HEAD_KEYS, SUBJECT_STOP_KEYS, TEMPORAL_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { articleWritten, nameRun } from './names.js';
import { quoteSpans, type MarkedSpan } from './quote-marks.js';
import type { EntityMention, QuoteMention, TitlePhrase } from './types.js';
import { containing, firstFrom } from './search.js';

export interface FindQuotesOptions {
  /** Fewer words than this inside the marks is a quoted name or term, not a quote. Default 3, ≥ 1. */
  readonly minWords?: number;
  /** Tokens searched before a quote for its cue (within its sentence). Default 40, ≥ 1. */
  readonly cueWindow?: number;
  /** Also return reported speech (قال إن ... without marks). Default true. */
  readonly reported?: boolean;
  /** Person names known elsewhere in the story (see `findEntities`). Default none. */
  readonly known?: readonly string[];
  /** The text's sentences when the caller already has them (from `sentences` of src/text). Default: computed. */
  readonly sentences?: readonly Sentence[];
}

export const DEFAULT_QUOTE_OPTIONS: Required<Omit<FindQuotesOptions, 'known' | 'sentences'>> = { minWords: 3, cueWindow: 40, reported: true };

interface Context {
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

const POSTPOSED = POSTPOSED_CUES.map((c) => key(c).split(' ')).sort((a, b) => b.length - a.length);
const REPORTED_VERB_KEYS = keySet(['قال', 'قالت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'أعلن', 'أعلنت', 'ذكر', 'ذكرت', 'أشار', 'أشارت', 'صرح', 'صرحت', 'أفاد', 'أفادت', 'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'شدد', 'شددت', 'لفت', 'لفتت', 'نفى', 'نفت', 'كشف', 'كشفت']);
const COMPLEMENTIZERS = keySet(['إن', 'أن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها']);

/** Items starting in `[from, to)`. */
const startingIn = <T extends { readonly start: number }>(items: readonly T[], from: number, to: number): T[] =>
  items.slice(firstFrom(items, from), firstFrom(items, to));

const prefixedWithLam = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 2), start);
  const wider = text.slice(Math.max(0, start - 3), start);
  return /(^|[\s«"“])ل$/.test(before) || /لـ$/.test(before) || /(^|[\s])لـ?[«"“]$/.test(wider);
};

/** Bodies named two ways in titles: رئيس الحكومة = رئيس الوزراء. */
const ORGAN_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  [key('الحكومة'), [key('وزراء')]],
  [key('الوزراء'), [key('حكومة')]],
  [key('البلاد'), [key('جمهورية'), key('دولة')]],
]);

/** The person a bare title (الوزير، الرئيس الفرنسي) refers to: the last one named with that title before `offset`. */
function resolveTitle(ctx: Context, phrase: TitlePhrase): string | null {
  if (phrase.person !== null) return phrase.person;
  const words = key(phrase.text).split(' ');
  const bare = words.length === 1 || (words.length === 2 && isNisba(words[1] as string));
  const earlier = ctx.titles.filter((t) => t.end <= phrase.start && t.person !== null);
  const nationality = words.length >= 2 && isNisba(words[words.length - 1] as string) ? (words[words.length - 1] as string) : null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const t = earlier[i] as TitlePhrase;
    const tk = key(t.text).split(' ');
    if (bare ? t.head === phrase.head && (nationality === null || tk.includes(nationality)) : key(t.text).startsWith(key(phrase.text))) return t.person;
  }
  const organ = words.length === 2 && isDefinite(words[1] as string) && nationality === null ? (words[1] as string) : null;
  if (organ !== null) {
    // `رئيس الهيئة`، `رئيس الحكومة`: the last person named with this title over that body (`رئيس هيئة قناة السويس X`, `رئيس الوزراء X`).
    const bodies = [organ.slice(2), ...(ORGAN_SYNONYMS.get(organ) ?? [])];
    for (let i = earlier.length - 1; i >= 0; i--) {
      const t = earlier[i] as TitlePhrase;
      const tk = key(t.text).split(' ');
      if (t.head === phrase.head && tk.slice(1).some((w) => bodies.includes(w.replace(/^ال/, '')))) return t.person;
    }
  }
  if (nationality !== null && words.length <= 3 && !words.includes('باسم')) {
    const same = earlier.filter((t) => (t.head === phrase.head || t.head === 'نظير') && key(t.text).split(' ').includes(nationality));
    const people = new Set(same.map((t) => t.person));
    if (people.size === 1) return same[0]?.person ?? null;
  }
  return null;
}

/**
 * `مدير فرع الوزارة بالمنطقة، المهندس فهد الغامدي،`: a title naming no one, followed after a comma
 * by a title phrase that names a person, is that person.
 */
function appositive(ctx: Context, phrase: TitlePhrase): string | null {
  for (const next of startingIn(ctx.titles, phrase.end, phrase.end + 120)) {
    const between = ctx.text.slice(phrase.end, next.start);
    if (/[:«"“.؛\n]/.test(between)) return null;
    if (next.person !== null) return /[،,]\s*$/.test(between) ? next.person : null;
  }
  return null;
}

/** Words that may describe a speaker head: adjectives (nisba أمني، دبلوماسي; مطلع، رفيع), definite words, أحد's complement. */
const DESCRIBING_KEYS = keySet(['عيان', 'مطلع', 'مطلعة', 'مطلعون', 'رفيع', 'رفيعة', 'بارز', 'بارزة', 'كبير', 'كبيرة', 'مقرب', 'مقربة', 'مقربون', 'قريب', 'قريبة', 'سابق', 'سابقة', 'مسؤول', 'مسؤولة', 'محلي', 'محليون', 'آخر', 'أخرى', 'آخرون', 'آخرين', 'ثان', 'ثالث']);
const describes = (t: Tok): boolean =>
  t.kind === 'word' && (isDefinite(t.key) || t.key.startsWith('باسم') || DESCRIBING_KEYS.has(t.key) || (/(ي|يه|يون|يين|يان)$/.test(t.key) && t.key.length >= 4) || t.forms.some((f) => f.letters > 0 && isDefinite(f.form)));

const PREPOSITION_WORDS = new Set(['في', 'من', 'علي']);
const PARTITIVE_KEYS = keySet(['أحد', 'إحدى']);

/** An indefinite active participle (`مشاركة`، `مقيم`، `عاملة`): a verb-derived adjective, مُفعِل or فاعِل in shape. */
const PARTICIPLE_ADJECTIVE = /^(?:م[^ا]..+|[^ا]ا[^ا][^اوي]ه?)$/;

/**
 * Right after the head of an unnamed description: an indefinite participle adjective (`معلمة مشاركة
 * في التظاهرة`) or an indefinite genitive that a describing word follows (`تاجر أجهزة كهرومنزلية`);
 * never a word a verb could be (`تاجر فضل عدم ذكر اسمه` keeps `تاجر`).
 */
function qualifiesHead(toks: readonly Tok[], i: number, j: number): boolean {
  if (j !== i + 1) return false;
  const t = toks[j] as Tok;
  if (t.kind !== 'word' || isStop(t) || /^[وفبل]/.test(t.key) || VERB_KEYS.has(t.key) || PARTICIPLE_KEYS.has(t.key)) return false;
  if (PARTICIPLE_ADJECTIVE.test(t.key)) return true;
  const next = toks[j + 1];
  return next !== undefined && /^ +$/.test(next.gap) && describes(next) && !isDefinite(next.key);
}

/** A description such as `مصدر دبلوماسي سعودي` or `مصدر في الوزارة`, from token `i`. */
function description(ctx: Context, i: number): string {
  const toks = ctx.toks;
  let j = i + 1;
  let prepositions = 0;
  // `أحد سكان خصب`: أحد/إحدى take a two-word genitive, whatever its words.
  const partitive = lookup(toks[i] as Tok, PARTITIVE_KEYS) !== null;
  while (j < toks.length && j - i < 6) {
    const t = toks[j] as Tok;
    if (!/^ +$/.test(t.gap)) break;
    // Inside an organization or place named in the description (`في المؤسسة السودانية للنفط`).
    if (startingIn(ctx.mentions, t.start - 80, t.start).some((m) => m.end > t.start)) {
      j++;
      continue;
    }
    if (t.key === 'في' || t.key === 'من' || t.key === 'علي') {
      if (prepositions++ > 0) break;
    } else if (SUBJECT_STOP_KEYS.has(t.key) || VERB_KEYS.has(t.key) || t.key === 'قد' || t.key.length === 1 || /^ل[^ا]/.test(t.key)) break;
    else if (!describes(t) && !(partitive && j - i <= 2) && !PREPOSITION_WORDS.has((toks[j - 1] as Tok).key) && lookup(t, TITLE_KEYS) === null && !startingIn(ctx.mentions, t.start - 80, t.end).some((m) => m.end > t.start) && !qualifiesHead(toks, i, j)) break;
    j++;
  }
  while (j > i + 1 && ['في', 'من', 'علي'].includes((toks[j - 1] as Tok).key)) j--;
  return ctx.text.slice((toks[i] as Tok).start, (toks[j - 1] as Tok).end);
}

/**
 * A report or statement speaks for its author: `وأشار تقرير للبنك الدولي إلى أن` → the World Bank,
 * `وقال بيان للجيش`، `بيان صادر عن وزارة الصحة` → the army, the ministry.
 */
const DOCUMENT_KEYS = keySet(['تقرير', 'دراسة', 'وثيقة', 'مذكرة', 'رسالة', 'تقييم', 'بيان', 'البيان', 'بلاغ', 'تصريح']);
/** What may stand between a document and its author: nothing (a ل genitive), or `(ال)صادر(ة) عن/من`. */
const AUTHOR_LINK = /^\s*(?:ل|لـ|(?:ال)?صادر[ةه]?\s+(?:عن|من)\s+)?$/;

function documentAuthor(ctx: Context, t: Tok): string | null {
  if (lookup(t, DOCUMENT_KEYS) === null) return null;
  const owner = startingIn(ctx.mentions, t.end, t.end + 16).find((x) => x.type !== 'place');
  return owner !== undefined && AUTHOR_LINK.test(ctx.text.slice(t.end, owner.start)) ? owner.name : null;
}

/** `المتحدث باسمها` → `المتحدث باسم <the organization named last before it>`. */
function spellOutPronoun(ctx: Context, phrase: string, start: number): string {
  const m = /باسم(ها|ه)$/.exec(phrase);
  if (m === null) return phrase;
  const owner = [...ctx.mentions].reverse().find((x) => x.end <= start && x.type === 'organization');
  return owner === undefined ? phrase : `${phrase.slice(0, m.index)}باسم ${owner.name}`;
}

/**
 * A definite cue word standing alone (`وذكرت الوزارة في بيان`) is the organization named last with
 * that cue (`وزارة الطاقة`); null when the cue has its own complement or no such organization precedes.
 */
function bareOrganization(ctx: Context, t: Tok): string | null {
  // Any cue with the article (الشركة for شركة), the conjunction peeled.
  const written = t.forms.find((f) => f.letters <= 1 && isDefinite(f.form) && (ORG_CUE_KEYS.has(f.form) || ORG_CUE_KEYS.has(f.form.slice(2))));
  const hit = written === undefined ? null : { form: written.form };
  if (hit === null) return null;
  const next = ctx.toks[t.index + 1];
  if (next !== undefined && /^ +$/.test(next.gap) && (isDefinite(next.key) || startingIn(ctx.mentions, next.start, next.end).length > 0)) return null;
  const head = hit.form.slice(2);
  for (let k = firstFrom(ctx.mentions, t.start) - 1; k >= 0; k--) {
    const m = ctx.mentions[k] as EntityMention;
    if (m.type !== 'organization' || m.end > t.start) continue;
    const mk = key(m.form).replace(/^ال/, '');
    if (mk === head || mk.startsWith(`${head} `)) return m.name;
  }
  return null;
}

const NAMING_KEYS = keySet(NAMING_WORDS);

/** `أحد النازحين في مخيم زمزم، ويدعى آدم إسحق:` — the person a description goes on to name, before the quote. */
function namedLater(ctx: Context, i: number, limit: number): string | null {
  for (let k = i + 1; k < ctx.toks.length && k - i <= 10; k++) {
    const t = ctx.toks[k] as Tok;
    if (t.start >= limit || /[:«"“.]/.test(t.gap)) return null;
    if (lookup(t, NAMING_KEYS) !== null) {
      const m = startingIn(ctx.mentions, t.end, t.end + 3).find((x) => x.type === 'person');
      return m?.name ?? null;
    }
  }
  return null;
}

const ONE_OF_THEM_KEYS = keySet(['أحدهم', 'إحداهن', 'إحداهم']);

/**
 * `غير أن مغردين تداولوا …، وكتب أحدهم`: "one of them" is one of the plural people named last in
 * its sentence, spelled as a definite genitive (`أحد المغردين`). Null when no plural noun precedes.
 */
function oneOfThem(ctx: Context, t: Tok): string | null {
  const hit = lookup(t, ONE_OF_THEM_KEYS);
  const sentence = containing(ctx.sentences, t.start);
  if (hit === null || sentence === undefined) return null;
  for (let k = t.index - 1; k >= 0 && t.index - k <= 25; k--) {
    const u = ctx.toks[k] as Tok;
    if (u.start < sentence.start) break;
    const w = u.forms[u.forms.length - 1]?.form ?? u.key;
    if (u.kind !== 'word' || w.length < 5 || !/(ون|ين)$/.test(w) || /^[يت]/.test(w) || isStop(u) || VERB_KEYS.has(w) || lookup(u, TITLE_KEYS) !== null) continue;
    const plural = u.text.slice(u.text.length - w.length).replace(/ون$/, 'ين');
    return `${hit.form.startsWith('إ') || hit.form.startsWith('ا') && hit.form.includes('داه') ? 'إحدى' : 'أحد'} ${isDefinite(w) ? plural : `ال${plural}`}`;
  }
  return null;
}

/** The explicit subject at token `i` (right after a verb or post-posed cue), or null. */
function subjectAt(ctx: Context, i: number, limit: number): string | null {
  const t = ctx.toks[i];
  if (t === undefined || t.start >= limit || /[:«"“]/.test(t.gap)) return null;
  const title = startingIn(ctx.titles, t.start, t.end)[0];
  if (title !== undefined) {
    const who = resolveTitle(ctx, title) ?? appositive(ctx, title) ?? closingName(ctx, i, limit) ?? spellOutPronoun(ctx, title.text, title.start);
    // A bare title word naming no one (`مدير`، `رئيس`) says nothing about who spoke.
    return who.trim().includes(' ') ? who : null;
  }
  const m = startingIn(ctx.mentions, t.start, t.end)[0];
  if (m !== undefined && (m.type === 'person' || !prefixedWithLam(ctx.text, m.start))) {
    if (m.type === 'organization' || m.type === 'place') {
      const after = ctx.toks[firstFrom(ctx.toks, m.end)];
      if (after !== undefined && after.key === 'عن') return subjectAt(ctx, after.index + 1, limit) ?? m.name;
    }
    return m.name;
  }
  const author = documentAuthor(ctx, t);
  if (author !== null) return author;
  const bareOrg = bareOrganization(ctx, t);
  if (bareOrg !== null) return bareOrg;
  const named = namedLater(ctx, i, limit);
  if (named !== null) return named;
  const one = oneOfThem(ctx, t);
  if (one !== null) return one;
  if (lookup(t, SPEAKER_HEAD_KEYS) !== null || lookup(t, ORG_CUE_KEYS) !== null) return spellOutPronoun(ctx, description(ctx, i), t.start);
  return null;
}

/** `وأضاف البيان`: a statement speaks for whoever issued it, the last speaker. */
const STATEMENT_KEYS = keySet(['البيان', 'بيان', 'البلاغ']);
const isStatement = (speaker: string | null): boolean => speaker !== null && STATEMENT_KEYS.has(key(speaker));

const AUXILIARY_KEYS = keySet(['قد', 'كانت', 'كان', 'لقد']);

/** Only auxiliaries (قد، كانت) between `end` and the verb at `verb`: a place standing for its government (وكانت أنقرة قد ذكرت). */
function rightBefore(ctx: Context, end: number, verb: number): boolean {
  const between = ctx.toks.filter((t) => t.start >= end && t.end <= verb);
  return between.length <= 2 && between.every((t) => AUXILIARY_KEYS.has(t.key)) && !/[،,.:]/.test(ctx.text.slice(end, verb));
}

/** The subject named earlier in the sentence, before offset `before`. */
function subjectBefore(ctx: Context, sentence: Sentence, before: number, gender: Gender = null): string | null {
  let best: { end: number; speaker: string } | null = null;
  const titles = startingIn(ctx.titles, sentence.start, before);
  for (const p of titles) {
    if (p.end <= before && (best === null || p.end > best.end) && agrees(phraseGender(p.text), gender)) {
      const who = resolveTitle(ctx, p);
      best = { end: p.end, speaker: who ?? spellOutPronoun(ctx, p.text, p.start) };
    }
  }
  for (const m of startingIn(ctx.mentions, sentence.start, before)) {
    if (m.end > before || (best !== null && m.end <= best.end)) continue;
    if (titles.some((p) => p.start <= m.start && m.end <= p.end)) continue;
    if (m.type !== 'person' && prefixedWithLam(ctx.text, m.start)) continue;
    if (m.type === 'place' && !rightBefore(ctx, m.end, before)) continue;
    if (m.type === 'organization' && !agrees(phraseGender(m.form), gender)) continue;
    best = { end: m.end, speaker: m.name };
  }
  return best?.speaker ?? null;
}

const RELAY_KEYS = keySet(['نقل', 'نقلت', 'نقلوا']);

/** `نقل X عن Y قوله "..."`: the quote is Y's, the source after the last عن before the quote. */
function relayedSource(ctx: Context, cue: Tok, until: number): string | null {
  if (lookup(cue, RELAY_KEYS) === null) return null;
  const between = ctx.toks.slice(cue.index + 1, firstFrom(ctx.toks, until));
  for (let k = between.length - 1; k >= 0; k--) {
    const t = between[k] as Tok;
    if (t.key !== 'عن') continue;
    const who = subjectAt(ctx, t.index + 1, until) ?? (startsNounPhrase(ctx, ctx.toks[t.index + 1]) ? subjectPhrase(ctx, t.index + 1, until) : null);
    if (who !== null) return who;
  }
  return null;
}

/**
 * `قال X إن قادة الكتل أكدوا له أن "..."`: a reporting verb inside a reported clause has the noun
 * phrase between the complementizer and itself as its subject (nested reported speech).
 */
function clauseSubject(ctx: Context, cue: Tok, sentence: Sentence): string | null {
  let k = cue.index - 1;
  while (k >= 0 && cue.index - k <= 5 && (ctx.toks[k] as Tok).start >= sentence.start && !COMPLEMENTIZERS.has((ctx.toks[k] as Tok).key)) k--;
  const comp = ctx.toks[k];
  if (comp === undefined || comp.start < sentence.start || !COMPLEMENTIZERS.has(comp.key) || k + 1 >= cue.index) return null;
  const first = ctx.toks[k + 1] as Tok;
  if (/[،,.:«"“]/.test(ctx.text.slice(first.start, cue.start))) return null;
  const inside = ctx.toks.slice(k + 1, cue.index);
  if (inside.some((t) => isStop(t) || t.kind !== 'word')) return null;
  return subjectAt(ctx, k + 1, cue.start) ?? ctx.text.slice(first.start, (inside[inside.length - 1] as Tok).end);
}

interface Cue {
  readonly tok: Tok;
  readonly participle: boolean;
}

/** A cue word after these is a verbal noun, not a verb (`طالباً عدم ذكر اسمه`). */
const MASDAR_BEFORE_KEYS = keySet(['عدم', 'دون', 'بدون']);

function cueBefore(ctx: Context, from: number, to: number, window: number): Cue | null {
  const last = firstFrom(ctx.toks, to) - 1;
  for (let i = last; i >= 0 && last - i < window; i--) {
    const t = ctx.toks[i] as Tok;
    if (t.start < from) break;
    if (MASDAR_BEFORE_KEYS.has(ctx.toks[i - 1]?.key ?? '')) continue;
    if (lookup(t, VERB_KEYS) !== null) return { tok: t, participle: false };
    if (lookup(t, PARTICIPLE_KEYS) !== null) return { tok: t, participle: true };
  }
  return null;
}

const ACCORDING_KEYS = keySet(['وفق', 'حسب', 'بحسب', 'حسبما', 'بحسبما', 'وفقما', 'كما']);

/**
 * `بحسب ما أكدته X`, `وفق ما أوضحه X`, `حسبما أفاد X`: an according-to word, ما, any reporting verb
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

/** `«…»، هكذا لخص X`: a word pointing back at the quote before a post-posed verb. */
const SO_KEYS = keySet(['هكذا', 'بهذه']);

/** `"..." وفق ما صرح X`: the speaker after a post-posed cue within the sentence. */
function postposed(ctx: Context, span: MarkedSpan, sentence: Sentence): { cue: string; speaker: string | null; unread?: boolean } | null {
  const i = firstFrom(ctx.toks, span.close);
  for (let start = i; start < Math.min(i + 3, ctx.toks.length); start++) {
    const t0 = ctx.toks[start] as Tok;
    if (t0.start >= sentence.end) return null;
    const generic = postposedVerb(ctx, start);
    if (generic !== null) {
      return { cue: ctx.text.slice(t0.start, (ctx.toks[generic - 1] as Tok).end), speaker: subjectAt(ctx, generic, sentence.end) };
    }
    const afterSo = start === i + 1 && lookup(ctx.toks[i] as Tok, SO_KEYS) !== null;
    if ((start === i || afterSo) && lookup(t0, VERB_KEYS) !== null && /^[\s،,]*$/.test(ctx.text.slice(span.close, (ctx.toks[i] as Tok).start))) {
      // `"…"، يضيف حمزة`: any reporting verb right after the quote, with its subject.
      const who = explicitSubject(ctx, t0);
      // A subject is written but names no one we can read: no carry-over.
      return { cue: t0.text, speaker: who, unread: who === null && startsNounPhrase(ctx, ctx.toks[t0.index + 1]) };
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
        return { cue: ctx.text.slice(t0.start, (ctx.toks[after - 1] as Tok).end), speaker: subjectAt(ctx, after, sentence.end) };
      }
    }
    if (start === i && !/^[\s،,]*$/.test(t0.gap.slice(Math.max(0, span.close - (t0.start - t0.gap.length))))) break;
  }
  return null;
}

/**
 * Grammatical gender a verb or participle agrees with: `قالت`/`تقول`/`مضيفة` feminine, `قال`/`يقول`/`مضيفاً`
 * masculine, `قالوا`/`يقولون` plural (a pronoun subject: never one named person); duals unknown.
 */
type Gender = 'f' | 'm' | 'p' | null;

function cueGender(t: Tok): Gender {
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
function phraseGender(text: string): Gender {
  const first = key(text).split(' ')[0] ?? '';
  return first.endsWith('ه') ? 'f' : 'm';
}

const agrees = (a: Gender, b: Gender): boolean => a === null || b === null || a === b;

/**
 * `لكن سكاناً في حي المزة قالوا إن`: a plural verb with no subject after it takes a plural speaker
 * description before it in its sentence (the accusative alef of tanween allowed), never a carried-over person.
 */
function pluralSubjectBefore(ctx: Context, sentence: Sentence, verb: Tok): string | null {
  for (let k = verb.index - 1; k >= 0 && verb.index - k <= 8; k--) {
    const t = ctx.toks[k] as Tok;
    if (t.start < sentence.start) break;
    if (lookup(t, SPEAKER_HEAD_KEYS) !== null || (/ا$/.test(t.key) && SPEAKER_HEAD_KEYS.has(t.key.slice(0, -1)))) return description(ctx, k);
  }
  return null;
}

/**
 * `X اتهم الجانب الحكومي بـ"…"`: a verb with no conjunction right after a person or a title naming
 * one (only spaces between, in the same sentence) has that subject before it; what follows is its object.
 */
function preverbalSubject(ctx: Context, cue: Tok, sentence: Sentence): string | null {
  const prev = ctx.toks[cue.index - 1];
  if (/^[وف]/.test(cue.text) || prev === undefined || prev.start < sentence.start || !/^ +$/.test(cue.gap)) return null;
  const title = ctx.titles.find((p) => p.end === prev.end && p.person !== null);
  if (title !== undefined) return title.person;
  const m = ctx.mentions.find((x) => x.end === prev.end && x.type === 'person');
  return m === undefined ? null : m.name;
}

const ADDRESSEE_KEYS = keySet(['إلى', 'مع', 'سألنا', 'سألت', 'سأل']);

/**
 * `تحدثت «القدس العربي» إلى سعاد أبو عمرة، وهي …، فقالت:`: a ف-verb with no written subject
 * answers; its speaker is the person spoken to (after إلى/مع) earlier in the sentence.
 */
function addresseeBefore(ctx: Context, sentence: Sentence, cue: Tok): string | null {
  if (!cue.text.startsWith('ف')) return null;
  for (let k = cue.index - 1; k >= 0; k--) {
    const u = ctx.toks[k] as Tok;
    if (u.start < sentence.start) break;
    if (lookup(u, ADDRESSEE_KEYS) === null) continue;
    const next = ctx.toks[k + 1];
    if (next === undefined) continue;
    const m = startingIn(ctx.mentions, next.start, next.end).find((x) => x.type === 'person');
    if (m !== undefined) return m.name;
    const run = nameRun(ctx.toks, k + 1);
    if (run !== null && run.to - run.from >= 2 && /^ +$/.test(next.gap)) return ctx.text.slice(next.start, (ctx.toks[run.to - 1] as Tok).end);
    // `وسألت «الشروق» مسؤولاً في الوزارة …، فأجاب`: an unnamed person asked, after the asker, before any comma.
    for (let j = k + 1; j < cue.index && j - k <= 6; j++) {
      const u2 = ctx.toks[j] as Tok;
      if (j > k + 1 && /[،,.:]/.test(u2.gap)) break;
      if (lookup(u2, SPEAKER_HEAD_KEYS) !== null || (/ا$/.test(u2.key) && SPEAKER_HEAD_KEYS.has(u2.key.slice(0, -1)))) return description(ctx, j);
    }
  }
  return null;
}

const HE_SHE_KEYS = keySet(['وهو', 'وهي']);

/**
 * `ويشاطره الرأي محمد الحسنات، وهو دليل سياحي، قائلاً`: a name of two words or more set off by a
 * comma and وهو/وهي before a participle is the sentence's subject, though no list knows it.
 */
function describedName(ctx: Context, sentence: Sentence, before: number): string | null {
  for (let k = firstFrom(ctx.toks, sentence.start); k < ctx.toks.length && (ctx.toks[k] as Tok).end <= before; k++) {
    const run = nameRun(ctx.toks, k);
    const next = run === null ? undefined : ctx.toks[run.to];
    if (run === null || run.to - run.from < 2 || next === undefined || !/^\s*[،,]\s*$/.test(next.gap) || !HE_SHE_KEYS.has(next.key)) continue;
    const prev = ctx.toks[k - 1];
    if (prev !== undefined && (isStop(prev) || SUBJECT_STOP_KEYS.has(prev.key))) continue;
    return ctx.text.slice((ctx.toks[k] as Tok).start, (ctx.toks[run.to - 1] as Tok).end);
  }
  return null;
}

/** Quantifiers that head a subject (`وقال عدد من السكان`), though they are stopwords. */
const QUANTIFIER_KEYS = keySet(['عدد', 'بعض', 'أحد', 'إحدى', 'كل', 'جميع', 'عدة', 'معظم', 'أغلب', 'غالبية']);

/** Words that, right after a reporting verb, do not start its subject: adverbs, prepositional phrases, complementizers. */
function startsNounPhrase(ctx: Context, t: Tok | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !t.spaced || t.key.length < 2) return false;
  if (QUANTIFIER_KEYS.has(t.key)) return true;
  if (/[\u064B-\u064D]/.test(t.text) || isStop(t) || COMPLEMENTIZERS.has(t.key) || SUBJECT_STOP_KEYS.has(t.key) || TEMPORAL_KEYS.has(t.key)) return false;
  if (PARTICIPLE_KEYS.has(t.key) || VERB_KEYS.has(t.key) || /^[بلك]/.test(t.key)) return false;
  return !ctx.text.slice(t.end, t.end + 1).startsWith(':');
}

const NP_BOUNDARY = /[:«"“.\n؛]/;
/** `عن مدير … عثمان حامد قوله إن`: the relayed source's name ends before قوله. */
const SAYING_KEYS = keySet(['قوله', 'قولها', 'قولهم']);

/**
 * The subject noun phrase after a reporting verb when its head word is unknown (`وقال مراقب التنبؤات
 * في الإدارة عبد العزيز القراوي لـ«الراي»:`): a person named in it, else a name closing it right
 * before إن/أن, a colon or a لـ addressee. Null when the phrase names no one.
 */
/** A title phrase that names no one by the usual chain (`مدير عام السياحة في المحافظة سالم العوفي لـ…`): a name closing it. */
const closingName = (ctx: Context, i: number, limit: number): string | null => subjectPhrase(ctx, i, limit, true);

function subjectPhrase(ctx: Context, i: number, limit: number, closingOnly = false): string | null {
  let end = i;
  while (end < ctx.toks.length && end - i < 12) {
    const t = ctx.toks[end] as Tok;
    if (t.start >= limit || (end > i && NP_BOUNDARY.test(t.gap)) || COMPLEMENTIZERS.has(t.key) || t.key === 'ل' || SAYING_KEYS.has(t.key) || (end > i && VERB_KEYS.has(t.key))) break;
    end++;
  }
  const from = (ctx.toks[i] as Tok).start;
  const to = (ctx.toks[end - 1] as Tok).end;
  const person = closingOnly ? undefined : startingIn(ctx.mentions, from, to).find((m) => m.type === 'person' && m.end <= to);
  if (person !== undefined) return person.name;
  // `وقال النحال سعيد الزهراني، الذي …`: an unknown definite noun (a trade, a role) before the name.
  const nounFirst = articleWritten(ctx.toks[i] as Tok) && (ctx.toks[i + 1] as Tok | undefined)?.spaced === true;
  const lead = nameRun(ctx.toks, nounFirst ? i + 1 : i);
  const afterLead = lead === null ? undefined : ctx.toks[lead.to];
  if (!closingOnly && lead !== null && lead.to - lead.from >= 2 && lead.to < end && afterLead !== undefined && /^\s*[،,]/.test(afterLead.gap)) {
    // `وقال خالد المصري، وهو رئيس نقابة المعلمين، إن`: the name, then its description between commas.
    const name = ctx.text.slice((ctx.toks[lead.from] as Tok).start, (ctx.toks[lead.to - 1] as Tok).end);
    ctx.learned.push({ start: from, name });
    return name;
  }
  if (end - i === 1 && !closingOnly) {
    // A surname alone (`وأكد الطيار أن`): a name this reading found earlier in the text.
    const w = (ctx.toks[i] as Tok).key;
    const learned = [...ctx.learned].reverse().find((l) => l.start < from && key(l.name).split(' ').pop() === w)?.name;
    if (learned !== undefined) return learned;
    // Or a person named before (`عبد القادر المرتضى … كتب المرتضى`), the last one with that surname.
    const named = startingIn(ctx.mentions, 0, from).reverse().find((m) => m.type === 'person' && m.name.includes(' ') && key(m.name).split(' ').pop() === w);
    return named?.name ?? null;
  }
  for (let s = Math.max(i + 1, end - 4); s <= end - 2; s++) {
    const run = nameRun(ctx.toks, s);
    // The name follows its description (`مراقب التنبؤات في الإدارة`), not a preposition (`عدد من سائقي الشاحنات`).
    const before = ctx.toks[s - 1] as Tok;
    if (run === null || run.to !== end || !(ctx.toks[s] as Tok).spaced || isStop(before) || SUBJECT_STOP_KEYS.has(before.key)) continue;
    // One definite word at most, last (`إقبال الطيار`), unless after عبد/أبو (`عبد العزيز القراوي`): a longer chain may end in the verb's object.
    const inner = ctx.toks.slice(s + 1, end - 1);
    if (inner.some((t, k) => isDefinite(t.key) && !NAME_JOINER_KEYS.has((ctx.toks[s + k] as Tok).key))) continue;
    const name = ctx.text.slice((ctx.toks[s] as Tok).start, to);
    ctx.learned.push({ start: from, name });
    return name;
  }
  return null;
}

/** Someone who spoke (was quoted, or was the named subject of a reporting verb) at `start`, with the gender their verb agreed with. */
interface Spoken {
  readonly start: number;
  readonly speaker: string;
  readonly gender: Gender;
  /** The sentence speaks of a statement (`في بيان`): `وأضاف البيان` later goes back to this speaker. */
  readonly statement: boolean;
}

const STATEMENT_WORD_KEYS = keySet(['بيان', 'البيان', 'بلاغ', 'البلاغ', 'بيانا']);

/** Whether the sentence holding `offset` mentions a statement. */
function aboutStatement(ctx: Context, offset: number): boolean {
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

/**
 * Who a sentence is about when it opens with a verb and a named subject (`زار الرئيس قيس سعيد …`):
 * the speaker of a following subjectless `وقال` when no one has spoken yet.
 */
function sentenceActors(ctx: Context): Spoken[] {
  const out: Spoken[] = [];
  for (const s of ctx.sentences) {
    const k = firstFrom(ctx.toks, s.start);
    for (let j = k + 1; j <= k + 2 && j < ctx.toks.length; j++) {
      const t = ctx.toks[j] as Tok;
      if (t.start >= s.end) break;
      const title = startingIn(ctx.titles, t.start, t.end)[0];
      const who = title !== undefined ? title.person : (startingIn(ctx.mentions, t.start, t.end).find((m) => m.type === 'person')?.name ?? null);
      if (who !== null) {
        out.push({ start: t.start, speaker: who, gender: title === undefined ? null : phraseGender(title.text), statement: false });
        break;
      }
    }
  }
  return out;
}

/** `وجاء في بيان الوزارة`، `وورد في التقرير`: the subject is the document after في. */
const IN_DOCUMENT_VERB_KEYS = keySet(['جاء', 'ورد']);

/** The subject named right after a reporting verb (`وقال X`, `وجاء في بيان X`), or null. */
function explicitSubject(ctx: Context, verb: Tok): string | null {
  let v = ctx.subjectMemo.get(verb.index);
  if (v === undefined) {
    v = readExplicitSubject(ctx, verb);
    ctx.subjectMemo.set(verb.index, v);
  }
  return v;
}

const TOWARD_PRONOUN_KEYS = keySet(['عليه', 'عليها', 'عليهم', 'له', 'لها', 'لهم', 'إليه', 'إليها', 'إليهم', 'لنا', 'لي']);

/** `وقال لـ«الشرق الأوسط» X`: an outlet addressed in marks between the verb and its subject. */
const ADDRESSED_OUTLET = /^\s*لـ?\s*[«"“][^»"”\n]{1,40}[»"”]\s*/;

function readExplicitSubject(ctx: Context, verb: Tok): string | null {
  const addressed = ADDRESSED_OUTLET.exec(ctx.text.slice(verb.end, verb.end + 60));
  const after = addressed === null ? undefined : ctx.toks[firstFrom(ctx.toks, verb.end + addressed[0].length)];
  if (addressed !== null && after !== undefined && after.start === verb.end + addressed[0].length) {
    return subjectAt(ctx, after.index, Number.MAX_SAFE_INTEGER) ?? (startsNounPhrase(ctx, after) ? subjectPhrase(ctx, after.index, Number.MAX_SAFE_INTEGER) : null);
  }
  const toward = ctx.toks[verb.index + 1];
  if (toward !== undefined && TOWARD_PRONOUN_KEYS.has(toward.key) && /^ +$/.test(toward.gap)) {
    // `ورد عليها النائب X`، `وقال له الوزير X`: the preposition and its pronoun come before the subject.
    const after = ctx.toks[verb.index + 2];
    return subjectAt(ctx, verb.index + 2, Number.MAX_SAFE_INTEGER) ?? (startsNounPhrase(ctx, after) ? subjectPhrase(ctx, verb.index + 2, Number.MAX_SAFE_INTEGER) : null);
  }
  const next = ctx.toks[verb.index + 1];
  if (next !== undefined && next.key === 'في' && lookup(verb, IN_DOCUMENT_VERB_KEYS) !== null) return subjectAt(ctx, verb.index + 2, Number.MAX_SAFE_INTEGER);
  const at = subjectAt(ctx, verb.index + 1, Number.MAX_SAFE_INTEGER);
  if (at !== null || !startsNounPhrase(ctx, next)) return at;
  return subjectPhrase(ctx, verb.index + 1, Number.MAX_SAFE_INTEGER);
}

/** Every reporting verb with a named subject (relayed sources read through), by offset: who spoke last, quoted or not. */
function explicitSubjects(ctx: Context): Spoken[] {
  const out: Spoken[] = [];
  for (const t of ctx.toks) {
    if (lookup(t, VERB_KEYS) === null || MASDAR_BEFORE_KEYS.has(ctx.toks[t.index - 1]?.key ?? '')) continue;
    const sentence = containing(ctx.sentences, t.start);
    const who = (sentence === undefined ? null : relayedSource(ctx, t, sentence.end)) ?? explicitSubject(ctx, t);
    if (who !== null && !isStatement(who)) out.push({ start: t.start, speaker: who, gender: cueGender(t), statement: aboutStatement(ctx, t.start) });
  }
  return out;
}

/** `وبحسب X، فإن "…"`، `ووفقاً لـX`، `نقلاً عن X`: an according-to phrase before the quote, in its sentence. */
const PREPOSED_KEYS = keySet(['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'نقلا']);
const PREPOSED_LINK_KEYS = keySet(['ل', 'لـ', 'عن', 'ما']);

function preposed(ctx: Context, from: number, open: number): { cue: string; speaker: string | null } | null {
  const last = firstFrom(ctx.toks, open) - 1;
  for (let i = last; i >= 0; i--) {
    const t = ctx.toks[i] as Tok;
    if (t.start < from) break;
    if (lookup(t, PREPOSED_KEYS) === null) continue;
    let k = i + 1;
    while (k < ctx.toks.length && PREPOSED_LINK_KEYS.has((ctx.toks[k] as Tok).key)) k++;
    const speaker = subjectAt(ctx, k, open);
    return speaker === null ? null : { cue: t.text, speaker };
  }
  return null;
}

/**
 * `وزاد البقالي: «…»`: a sentence that opens with a و-verb we do not list, then a person named
 * before (or named here), then a colon and the quote: the person speaks.
 */
function colonSpeaker(ctx: Context, sentence: Sentence, span: MarkedSpan): { cue: string; speaker: string } | null {
  if (!/:\s*$/.test(ctx.text.slice(sentence.start, span.open))) return null;
  const first = ctx.toks[firstFrom(ctx.toks, sentence.start)];
  const second = first === undefined ? undefined : ctx.toks[first.index + 1];
  if (first === undefined || second === undefined || !/^[وف]/.test(first.text) || first.key.length < 4 || isStop(first) || !/^ +$/.test(second.gap)) return null;
  const m = startingIn(ctx.mentions, second.start, second.end).find((x) => x.type === 'person');
  if (m === undefined || !/^\s*:\s*$/.test(ctx.text.slice(m.end, span.open).replace(/[«"“]/g, ''))) return null;
  return { cue: first.text, speaker: m.name };
}

/** Word and number tokens lying within `[from, to)` (the text's own tokens: quote marks and sentence ends fall between tokens). */
function tokensWithin(toks: readonly Tok[], from: number, to: number): number {
  let n = 0;
  for (let k = firstFrom(toks, from); k < toks.length && (toks[k] as Tok).end <= to; k++) n++;
  return n;
}

function trimQuote(s: string): string {
  return s.replace(/^[\s.،,:؛]+|[\s.،,:؛]+$/g, '');
}

export function analyzeQuotes(text: string, toks: readonly Tok[], entities: EntityAnalysis, options: FindQuotesOptions = {}): QuoteMention[] {
  const o = { ...DEFAULT_QUOTE_OPTIONS, ...options };
  const ctx: Context = { text, toks, mentions: entities.mentions, titles: entities.titles, sentences: options.sentences ?? splitSentences(text), learned: [], subjectMemo: new Map(), statementMemo: new Map() };
  const isName = (s: MarkedSpan): boolean =>
    startingIn(entities.mentions, s.innerStart - 2, s.innerStart + 2).some((m) => m.start <= s.innerStart + 1 && m.end >= s.innerEnd - 1);
  const spans = quoteSpans(text).filter((s) => tokensWithin(toks, s.innerStart, s.innerEnd) >= o.minWords && !isName(s));
  const out: QuoteMention[] = [];
  const speakers: Spoken[] = [];
  // Built on the first carry-over asked (many texts never need one).
  let subjectList: Spoken[] | null = null;
  let actorList: Spoken[] | null = null;
  /**
   * Carry-over (وأضاف:) goes to the nearest previous speaker: whoever was last quoted or was last the
   * named subject of a reporting verb (reported speech included), whichever comes later.
   */
  const lastSpeaker = (at: number, gender: Gender = null, statement = false): string | null => {
    const fits = (sp: Spoken): boolean => sp.start < at && agrees(sp.gender, gender) && (!statement || sp.statement);
    let best: Spoken | null = null;
    for (let k = speakers.length - 1; k >= 0 && best === null; k--) if (fits(speakers[k] as Spoken)) best = speakers[k] as Spoken;
    const subjects = (subjectList ??= explicitSubjects(ctx));
    for (let k = firstFrom(subjects, at) - 1; k >= 0 && (best === null || (subjects[k] as Spoken).start > best.start); k--) {
      if (fits(subjects[k] as Spoken)) {
        best = subjects[k] as Spoken;
        break;
      }
    }
    if (best === null && !statement) {
      const actors = (actorList ??= sentenceActors(ctx));
      for (let k = firstFrom(actors, at) - 1; k >= 0 && best === null; k--) if (fits(actors[k] as Spoken)) best = actors[k] as Spoken;
    }
    return best?.speaker ?? null;
  };
  const verbSpeaker = (cue: Tok, sentence: Sentence, until?: number): string | null => {
    const relayed = until === undefined ? null : relayedSource(ctx, cue, until);
    if (relayed !== null) return relayed;
    const before = preverbalSubject(ctx, cue, sentence);
    if (before !== null) return before;
    const explicit = explicitSubject(ctx, cue);
    if (isStatement(explicit)) return lastSpeaker(cue.start, null, true) ?? lastSpeaker(cue.start) ?? explicit;
    if (explicit !== null) return explicit;
    const nested = clauseSubject(ctx, cue, sentence);
    if (nested !== null) return nested;
    // A subject is written after the verb but names no one we can read: say nothing rather than guess.
    if (startsNounPhrase(ctx, ctx.toks[cue.index + 1]) && !(IN_DOCUMENT_VERB_KEYS.has(cue.forms[cue.forms.length - 1]?.form ?? ''))) return null;
    const gender = cueGender(cue);
    const answered = addresseeBefore(ctx, sentence, cue);
    if (answered !== null) return answered;
    if (gender === 'p') return coordinated(cue, sentence) ?? pluralSubjectBefore(ctx, sentence, cue);
    return coordinated(cue, sentence) ?? subjectBefore(ctx, sentence, cue.start, gender) ?? lastSpeaker(cue.start, gender);
  };
  /** `وقال X ... إن ...، وأكد أن "…"`: a و-verb coordinated with an earlier reporting verb of its sentence shares its subject. */
  const coordinated = (cue: Tok, sentence: Sentence): string | null => {
    if (!cue.text.startsWith('و')) return null;
    const earlier = cueBefore(ctx, sentence.start, cue.start, 60);
    return earlier === null || earlier.participle ? null : subjectAt(ctx, earlier.tok.index + 1, cue.start);
  };
  interface Previous {
    readonly close: number;
    readonly sentence: Sentence;
    readonly speaker: string | null;
  }
  let previous = null as Previous | null;
  /**
   * A sentence that is nothing but a quote, right after a sentence ending in a quote, goes on with
   * that quote's speaker (a statement quoted over two sentences or paragraphs).
   */
  const continued = (span: MarkedSpan, sentence: Sentence): { cue: string | null; speaker: string | null } | null => {
    if (previous === null || previous.speaker === null || previous.sentence.index !== sentence.index - 1) return null;
    const outside = text.slice(sentence.start, span.open) + text.slice(span.close, sentence.end);
    if (!/^[\s.،,:؛!؟?]*$/.test(outside) || !/^[\s.،,:؛!؟?"»”]*$/.test(text.slice(previous.close, previous.sentence.end))) return null;
    return { cue: null, speaker: previous.speaker };
  };
  for (const span of spans) {
    const sentence = containing(ctx.sentences, span.open) ?? { index: 0, paragraph: 0, start: 0, end: text.length, text };
    const sameSentence: boolean = previous !== null && previous.sentence === sentence;
    const from = Math.max(sentence.start, sameSentence && previous !== null ? previous.close : 0);
    const cue = cueBefore(ctx, from, span.open, o.cueWindow);
    const sameSpeaker = sameSentence && previous !== null ? previous.speaker : null;
    let speaker: string | null;
    let cueText: string | null;
    if (cue !== null) {
      cueText = cue.tok.text;
      if (cue.participle) {
        const verb = cueBefore(ctx, sentence.start, cue.tok.start, 40);
        const unread = verb !== null && !verb.participle && explicitSubject(ctx, verb.tok) === null && startsNounPhrase(ctx, ctx.toks[verb.tok.index + 1]);
        speaker = unread ? sameSpeaker :
          sameSpeaker ??
          (verb !== null && !verb.participle ? verbSpeaker(verb.tok, sentence) : null) ??
          subjectBefore(ctx, sentence, cue.tok.start, cueGender(cue.tok)) ??
          describedName(ctx, sentence, cue.tok.start) ??
          lastSpeaker(cue.tok.start, cueGender(cue.tok));
      } else speaker = verbSpeaker(cue.tok, sentence, span.open);
    } else {
      const post = postposed(ctx, span, sentence) ?? preposed(ctx, from, span.open) ?? continued(span, sentence) ?? colonSpeaker(ctx, sentence, span);
      if (post === null) continue;
      cueText = post.cue;
      speaker = 'unread' in post && post.unread === true ? null : (post.speaker ?? lastSpeaker(span.open));
    }
    if (cue !== null && !cue.participle && explicitSubject(ctx, cue.tok) === null) {
      const post = postposed(ctx, span, sentence);
      if (post?.speaker != null) {
        speaker = post.speaker;
        cueText = post.cue;
      }
    }
    const quoteText = trimQuote(text.slice(span.innerStart, span.innerEnd));
    // No speaker found: not a quote we can attribute (a quoted term, or a construction we do not read).
    if (speaker === null) continue;
    out.push({ kind: 'quote-mention', start: span.innerStart, end: span.innerEnd, text: quoteText, mode: 'verbatim', speaker, cue: cueText });
    speakers.push({ start: span.open, speaker, gender: cue === null ? null : cueGender(cue.tok), statement: aboutStatement(ctx, span.open) });
    previous = { close: span.close, sentence, speaker };
  }
  if (o.reported) out.push(...reportedSpeech(ctx, spans, verbSpeaker));
  return out.sort((a, b) => a.start - b.start);
}

/** قال/أكد ... إن/أن + clause with no quote marks: reported speech up to the end of the sentence. */
function reportedSpeech(ctx: Context, spans: readonly MarkedSpan[], verbSpeaker: (cue: Tok, s: Sentence) => string | null): QuoteMention[] {
  const out: QuoteMention[] = [];
  for (const t of ctx.toks) {
    if (lookup(t, REPORTED_VERB_KEYS) === null) continue;
    const sentence = containing(ctx.sentences, t.start);
    if (sentence === undefined) continue;
    let c = t.index + 1;
    while (c < ctx.toks.length && c - t.index <= 12 && (ctx.toks[c] as Tok).start < sentence.end && !COMPLEMENTIZERS.has((ctx.toks[c] as Tok).key)) c++;
    const comp = ctx.toks[c];
    const next = ctx.toks[c + 1];
    if (comp === undefined || next === undefined || !COMPLEMENTIZERS.has(comp.key) || next.start >= sentence.end) continue;
    const start = next.start;
    const end = sentence.start + sentence.text.replace(/[\s.!؟?]+$/, '').length;
    if (end <= start || spans.some((s) => s.open < end && start < s.close) || /["«“]/.test(ctx.text.slice(t.end, end))) continue;
    const clause = ctx.text.slice(start, end);
    if (tokensWithin(ctx.toks, start, end) < 3) continue;
    out.push({ kind: 'quote-mention', start, end, text: trimQuote(clause), mode: 'reported', speaker: verbSpeaker(t, sentence), cue: t.text });
  }
  return out;
}

/** Quotes of a clean text with their speakers, offsets `[start, end)` of the quoted text. */
export function findQuotes(text: string, options: FindQuotesOptions = {}): QuoteMention[] {
  const toks = tokenView(text);
  const entities = analyzeEntities(text, toks, options.known === undefined ? {} : { known: options.known });
  return analyzeQuotes(text, toks, entities, options);
}
