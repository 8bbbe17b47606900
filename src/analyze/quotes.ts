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
import { analyzeEntities, type EntityAnalysis } from './entities.js';
import { isDefinite, keySet, lookup, type Tok, tokenView } from './tokens.js';
import { COMPLEMENTIZERS, isStop, NUMBER_WORD_KEYS, ORG_CUE_KEYS, OUTLET_HEADS, RELATIVE_OR_HE_KEYS, SPEAKER_HEAD_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { NAMING_CUES, TITLE_NOUNS } from './data/reporting.js';
import { type MarkedSpan, quoteSpans, spanLine } from './quote-marks.js';
import type { EntityMention, QuoteMention } from './types.js';
import { containing, firstFrom } from './search.js';
import { describesSomeone, implausibleSpeaker, aboutStatement, agrees, type Context, cueGender, findStartingIn, type Gender, isStatement, someStartingIn, type Spoken, tokensWithin, trimQuote } from './quote-context.js';
import { description, isAddressee, startsNounPhrase, subjectAt, subjectOrPhrase, withoutAddressee } from './quote-speaker-phrase.js';
import { apposedName, clauseSubject, explicitSubject, IN_DOCUMENT_VERB_KEYS, pluperfectKana, preverbalSubject, relayedByNoun, relayedPronoun, relayedSource, relayingVerb, subjectAfterKana, writtenOn } from './quote-subject.js';
import { colonSpeaker, cueBefore, goingVerb, IMPERFECT_KEYS, postposed, preposed } from './quote-cues.js';
import { addresseeBefore, ammaColon, appositionOpener, definiteDescriptionOpens, describedName, soleSubjectBefore, explicitSubjects, afterRelative, introducedBetween, matterTopic, documentBefore, frontedDescription, openerActor, pluralSubjectBefore, relativeAntecedent, sentenceActors, statementIssuers, subjectBefore, topicBefore, unreadActorBefore } from './quote-antecedents.js';
import { reportedSpeech } from './quote-reported.js';
import { issuerBeforeStatement, resumptiveIssuer } from './quote-issuer.js';
import { fullNameBySurname } from './quote-variants.js';
import { withGivenNameMentions } from './quote-short-names.js';
import { bareCourt, reasoningWord, rulingCourt } from './quote-court.js';
import { fullNameOf, fullNames } from './full-names.js';
import { childReferent, describedColon, kinReferent, lifeDescription } from './quote-kin.js';
import { namedReferent, resolveTitle } from './quote-titles.js';
import { referredSource } from './quote-documents.js';
import { sameOneAfter, solePersonBefore } from './quote-sole-person.js';
import { headlineSpeaker } from './quote-headline.js';

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

const TITLE_NOUN_KEYS = keySet(TITLE_NOUNS);
const NAMING_CUE_KEYS = keySet(NAMING_CUES);

/** The subject written right after a naming cue (`وصفه X بأنه`), or null. */
function namingSubject(ctx: Context, cue: Tok, limit: number): string | null {
  return subjectOrPhrase(ctx, cue.index + 1, limit);
}

/** `برنامج أطلقت عليه اسم «…»`، `تحمل شعار «…»`، `بعنوان «…»`: a span right after a naming noun is a name or a slogan, not a statement. */
function namedTitle(ctx: Context, span: MarkedSpan): boolean {
  const before = ctx.toks[firstFrom(ctx.toks, span.open) - 1];
  return before !== undefined && /^\s*$/.test(ctx.text.slice(before.end, span.open)) && lookup(before, TITLE_NOUN_KEYS) !== null;
}

/**
 * `لـ«وكالة الأنباء اليمنية (سبأ)»`، `لـ"صحيفة الرأي"`: a short span after the addressee's ل that opens
 * with an outlet word is the outlet's name, not a statement.
 */
function addressedOutlet(ctx: Context, span: MarkedSpan): boolean {
  if (!/(?:^|[\s،,])(?:و?لـ?|لل)\s*$/u.test(ctx.text.slice(Math.max(0, span.open - 4), span.open))) return false;
  const inner = ctx.text.slice(span.innerStart, span.innerEnd).trim();
  return inner.split(/\s+/).length <= 6 && OUTLET_WORD.test(inner);
}
const OUTLET_WORD = new RegExp(`^(?:ال)?(?:${OUTLET_HEADS.join('|')})(?:\\s|$)`, 'u');

/** How many words an outlet's name in marks may have. */
const OUTLET_NAME_WORDS = 5;

/**
 * `الصحفي في «إذاعة الجنوب أف أم»`، `مراسل «قناة X»`: a short span opening with an outlet word, not after a
 * colon, is the outlet's name, not a statement.
 */
function outletName(ctx: Context, span: MarkedSpan): boolean {
  // (The outlet word first: one short regex test per span before anything is split.)
  if (!OUTLET_WORD.test(ctx.text.slice(span.innerStart, span.innerStart + 12).trimStart())) return false;
  const inner = ctx.text.slice(span.innerStart, span.innerEnd).trim();
  return inner.split(/\s+/).length <= OUTLET_NAME_WORDS && !/:\s*$/.test(ctx.text.slice(Math.max(0, span.open - 3), span.open));
}

/**
 * `وفي الزاوية شاب يقول: «…»`: a present-tense reporting verb with no conjunction right after an
 * indefinite speaker head (only a space between) is an adjectival clause of that head, its subject.
 * (Any indefinite noun would do in grammar, `مقطع يدعو إلى`, but a noun cannot be told from a
 * particle with a pronoun, `لكنه يستدرك`, without a lexicon of particles: only heads are read.)
 */
function indefiniteAntecedent(ctx: Context, cue: Tok): string | undefined {
  const prev = ctx.toks[cue.index - 1];
  if (/^[وف]/.test(cue.text) || lookup(cue, IMPERFECT_KEYS) === null || prev === undefined || !/^ +$/.test(cue.gap)) return undefined;
  if (prev.kind !== 'word' || isDefinite(prev.key) || lookup(prev, SPEAKER_HEAD_KEYS) === null || someStartingIn(ctx.mentions, prev.start - 60, prev.end, (m) => m.end >= prev.end)) return undefined;
  return description(ctx, prev.index);
}

/**
 * `«…»، يقول الرجل الخمسيني ضاحكاً`، `تقول المرأة التي …`، `يسأل التاجر`: a definite life description or
 * trade as a verb's subject, introducing no name, refers back to the person the text is about.
 */
function anaphoricPerson(ctx: Context, verb: Tok): boolean {
  const t = ctx.toks[verb.index + 1];
  return t !== undefined && lifeDescription(t);
}

/** A list item's bullet, one to five words with no punctuation, a dash, and nothing else before the quote mark. */
const LIST_SOURCE = /^\s*[*•▪·]\s*((?:[^\s\p{P}]+ ?){1,5})\s*[-–—]{1,2}\s*$/u;

/** A dash, then one to three words (in marks or not) and an optional full stop closing the line: a quote's signature. */
const SIGNATURE = /^\s*[-–—_]{1,2}\s*["«“]?\s*([^\s\p{P}\d]+(?: [^\s\p{P}\d]+){0,2})\s*["»”]?\s*\.?\s*$/u;

/** Verbal nouns of saying whose agent the text leaves unsaid (`الذكر بأن`، `التأكيد على أن`). */
const AGENTLESS_SAYING_KEYS = keySet(['الذكر', 'ذكر', 'الإشارة', 'إشارة', 'التأكيد', 'تأكيد', 'القول', 'الإعلان', 'التنويه', 'الإقرار', 'الاعتراف', 'التحذير']);

/** How many tokens before a quote `sayingNoun` looks for the noun. */
const SAYING_NOUN_REACH = 14;

/** Prepositions after which marks hold a name, not words said (`apposedOpener`). */
const NAME_IN_MARKS_AFTER_KEYS = keySet(['في', 'من', 'إلى', 'على', 'عن', 'داخل', 'أمام', 'قرب']);

/** How far into its sentence (in tokens) `apposedOpener` looks for the verb after a name and its apposition. */
const APPOSITION_REACH = 18;

/** At most this many words between two quotes of one sentence for the second to go on with the first one's speaker. */
const SAME_RUN_WORDS = 12;

/** How far back (in tokens) `introducedUnnamed` looks for the indefinite description. */
const UNNAMED_REACH = 80;

/**
 * `كانت مراجعة خمسينية تقف حائرة. «…»، قالت المراجعة`: a definite description whose indefinite form
 * introduced someone shortly before, with no name, is that unnamed person; the description is the speaker.
 */
function introducedUnnamed(ctx: Context, d: Tok): string | null {
  const bare = d.forms.find((f) => f.letters === 0 && isDefinite(f.form))?.form.slice(2);
  if (bare === undefined) return null;
  for (let k = d.index - 1; k >= 0 && d.index - k <= UNNAMED_REACH; k--) {
    const u = ctx.toks[k] as Tok;
    if (u.key !== bare) continue;
    const next = ctx.toks[k + 1];
    // `بائعة الخبز زينب`: an indefinite description that goes on to a name introduces that name, not an unnamed person.
    if (next !== undefined && someStartingIn(ctx.mentions, next.start, next.end + 40, (m) => m.type === 'person' && m.start <= next.end + 40)) return null;
    return d.text;
  }
  return null;
}

/**
 * `يقول الرجل الخمسيني وهو يمسح العرق بطرف شاله`، `يضيف النقابي، الذي …`: the description (with up to
 * two definite adjectives) closes its clause, naming no one after it; whatever a subject reading finds
 * further on belongs to another clause.
 */
function bareDescription(ctx: Context, verb: Tok): boolean {
  if (!anaphoricPerson(ctx, verb)) return false;
  let k = verb.index + 2;
  while (k <= verb.index + 3 && ctx.toks[k]?.spaced === true && isDefinite((ctx.toks[k] as Tok).key) && !RELATIVE_OR_HE_KEYS.has((ctx.toks[k] as Tok).key)) {
    if (someStartingIn(ctx.mentions, (ctx.toks[k] as Tok).start, (ctx.toks[k] as Tok).end, (m) => m.type === 'person')) return false;
    k++;
  }
  const after = ctx.toks[k];
  return after === undefined || !after.spaced || RELATIVE_OR_HE_KEYS.has(after.key);
}

/**
 * `المتحدث`، `مساعده`: a title word alone, definite or with a pronoun, names no one. (An indefinite one
 * may be a surname: `أحمد ياسين شيخ`.)
 */
function bareTitle(speaker: string): boolean {
  const k = key(speaker);
  return !k.includes(' ') && TITLE_KEYS.has(k) && (k.startsWith('ال') || k.endsWith('ه'));
}

/**
 * `المتحدث` after `متحدث باسم الشرطة`: a bare definite title word stands for the description its indefinite
 * form introduced shortly before (`UNNAMED_REACH` tokens), naming no one; null when there is none.
 */
function introducedDescription(ctx: Context, speaker: string, at: number): string | null {
  const k = key(speaker);
  if (!k.startsWith('ال')) return null;
  const bare = k.slice(2);
  const end = firstFrom(ctx.toks, at);
  for (let j = end - 1; j >= 0 && end - j <= UNNAMED_REACH; j--) {
    const t = ctx.toks[j] as Tok;
    if (t.key !== bare) continue;
    const d = description(ctx, j);
    return d.includes(' ') ? d : null;
  }
  return null;
}

/** `وأضاف المتحدث أن`، `«…»، وأضاف المتحدث.`: one definite word closing the verb's subject, read by `introducedDescription`. */
function loneDescription(ctx: Context, verb: Tok, at: number): string | null {
  const next = ctx.toks[verb.index + 1];
  const after = ctx.toks[verb.index + 2];
  if (next === undefined || !/^ +$/.test(next.gap) || !isDefinite(next.key) || (!TITLE_KEYS.has(next.key.slice(2)) && !SPEAKER_HEAD_KEYS.has(next.key.slice(2)))) return null;
  if (after !== undefined && !/[.،,:؛!؟?\n]/.test(after.gap) && !COMPLEMENTIZERS.has(after.key)) return null;
  return introducedDescription(ctx, next.text, at);
}

/**
 * The subject written between a going verb and the verbal noun it goes on to (`ومضى الرئيس لاتهام`): a
 * person named there, else a title phrase resolved to the person it names, else the phrase as read
 * up to the noun.
 */
function goingSubject(ctx: Context, going: Tok, limit: number): string | null {
  const first = ctx.toks[going.index + 1] as Tok;
  const person = findStartingIn(ctx.mentions, first.start, limit, (m) => m.type === 'person' && m.end <= limit);
  if (person !== undefined) return person.name;
  const last = ctx.toks[firstFrom(ctx.toks, limit) - 1] as Tok;
  const head = first.key.replace(/^ال/, '');
  if (TITLE_KEYS.has(head)) return resolveTitle(ctx, { kind: 'title-phrase', head: head.replace(/ه$/, ''), text: ctx.text.slice(first.start, last.end), person: null, start: first.start, end: last.end });
  return subjectOrPhrase(ctx, first.index, limit);
}

/** `وكانت الشركة قد نفت`: one definite organization word alone between كان and قد, as written (the text names the body no further). */
function bareBodyBeforeQad(ctx: Context, verb: Tok): string | null {
  const body = ctx.toks[verb.index - 2];
  const kana = ctx.toks[verb.index - 3];
  if (body === undefined || kana === undefined || !/^[وف]?كان/u.test(kana.key) || !isDefinite(body.key) || !ORG_CUE_KEYS.has(body.key.slice(2))) return null;
  return body.text;
}

/** `قالها`، `يقولها`: the pronoun is the words said, not a person. */
const SAID_IT_KEYS = keySet(['قالها', 'قالتها', 'يقولها', 'تقولها', 'قاله', 'قالته']);

/**
 * `تقاطعها`، `يسأله`، `قاطعته`: a reporting verb written with an object pronoun that stands for a person
 * (a form in ه is one when the same form in ها is a listed verb too: `يقاطعه`/`يقاطعها`, not `نبه`).
 */
function personObject(verb: Tok): boolean {
  const form = lookup(verb, VERB_KEYS)?.form;
  if (form === undefined || SAID_IT_KEYS.has(form)) return false;
  return /(?:ها|هم)$/.test(form) || (form.endsWith('ه') && VERB_KEYS.has(`${form}ا`));
}

/** A verb's prepositional complement (`عن`، `إلى`، `على`) written with its own letters, not the key's (على and the name علي share one). */
const COMPLEMENT_WORDS = new Set(['عن', 'إلى', 'الى', 'على']);

/**
 * `رئيس الوزراء عن القرار`: a speaker phrase run on into the verb's complement is cut before it, when
 * a definite word precedes the preposition (`مصدر مطلع على المفاوضات` keeps its adjective's complement).
 */
function withoutComplement(speaker: string): string {
  const words = speaker.split(' ');
  // `المبعوث الأممي إلى سوريا`: an envoy's title takes إلى as its own complement.
  const envoy = words.some((w) => ENVOY_KEYS.has(key(w).replace(/^ال/, '')));
  for (let k = 2; k < words.length; k++) {
    const w = words[k] as string;
    if (COMPLEMENT_WORDS.has(w) && !(envoy && (w === 'إلى' || w === 'الى')) && (words[k - 1] as string).startsWith('ال')) return words.slice(0, k).join(' ');
  }
  return speaker;
}

/** Titles whose complement is إلى (an envoy to a country). */
const ENVOY_KEYS = keySet(['مبعوث', 'مبعوثة', 'سفير', 'سفيرة', 'مندوب', 'مندوبة', 'موفد', 'ممثل', 'ممثلة', 'وفد']);

/**
 * `وقالت وزارة الدفاع` after `وزارة الدفاع البريطانية`، `أوكسفام` after `منظمة أوكسفام الدولية`: an
 * organization speaker is named by the one longer organization name of the text that holds its words in
 * a row (several such names: the text does not say which one).
 */
function fullOrganizationName(who: string, organizations: readonly { readonly name: string; readonly key: string }[]): string | null {
  const k = key(who);
  if (!organizations.some((o) => o.key === k)) return null;
  const words = ` ${k} `;
  let found: { readonly name: string; readonly key: string } | null = null;
  for (const o of organizations) {
    if (o.key.length <= k.length || !` ${o.key} `.includes(words)) continue;
    if (found !== null && found.key !== o.key) return null;
    found = o;
  }
  return found?.name ?? null;
}

/** A preposition with a pronoun for the one spoken to: `يرد عليه`، `قال له`. */
const TO_HIM_KEYS = keySet(['عليه', 'عليها', 'له', 'لها', 'إليه', 'إليها']);

/** The reporting verb `cue` has a pronoun for the one it answers or addresses right after it. */
function answersSomeone(ctx: Context, cue: Tok): boolean {
  const next = ctx.toks[cue.index + 1];
  return next !== undefined && /^ +$/.test(next.gap) && TO_HIM_KEYS.has(next.key);
}

/** `فيرد عليه رفيقه سيروان:`: after the addressee's pronoun, a relation word with its pronoun, then one plain word closed by a colon or comma: that name; else null. */
function companionName(ctx: Context, cue: Tok): string | null {
  const relation = ctx.toks[cue.index + 2];
  const name = ctx.toks[cue.index + 3];
  const after = ctx.toks[cue.index + 4];
  if (relation === undefined || name === undefined || !/^ +$/.test(relation.gap) || !/^ +$/.test(name.gap) || !/(?:ه|ها)$/.test(relation.key) || !describesSomeone(relation.text)) return null;
  if (name.kind !== 'word' || isDefinite(name.key) || /^[وفبل]/.test(name.key) || !/^\s*[:،,]/.test(ctx.text.slice(name.end, (after ?? name).start + 1))) return null;
  return name.text;
}

/** How many tokens after a و-verb its own complementizer may come (`وأكد البيان أن`). */
const OWN_CLAUSE_REACH = 6;

/**
 * `قال فيه إن «…»، وأكد البيان أن «…»`: a و-verb after a quote whose clause goes on to its own إن/أن or colon
 * reports something else (the next quote); it is no post-posed cue of the quote before it. (Translated
 * prose writes `"…" ، وقال X محامي Y.` for a post-posed cue: no complementizer there.)
 */
function opensOwnClause(ctx: Context, verb: Tok): boolean {
  if (!verb.text.startsWith('و')) return false;
  for (let k = verb.index + 1; k < ctx.toks.length && k <= verb.index + OWN_CLAUSE_REACH; k++) {
    const t = ctx.toks[k] as Tok;
    if (/[.!؟?\n]/.test(t.gap) || RELATIVE_OR_HE_KEYS.has(t.key)) return false;
    if (/:/.test(t.gap) || COMPLEMENTIZERS.has(t.key)) return true;
  }
  return false;
}

/** Words that end an unread subject phrase: prepositions opening the verb's complement. */
const PHRASE_END_KEYS = keySet(['في', 'على', 'عن', 'إلى', 'خلال', 'أمام', 'مع', 'بعد', 'قبل']);

/** How many words an unread subject phrase may have. */
const UNREAD_WORDS = 5;

/**
 * `وقد كشفت اثنين من التحقيقات … ان «…»`، `وقال ثلاثة من الشهود`: a count of people or bodies (a number
 * word, then من) as the verb's subject is given as written, up to its complement, punctuation or a
 * complementizer: a description of whoever spoke. (Any unread phrase so given cost the fixture folder
 * 19 wrong speakers for 2 right: see docs/evaluation/analyze.md, session 12.)
 */
function unreadPhrase(ctx: Context, cue: Tok): string | null {
  const count = ctx.toks[cue.index + 1];
  if (count === undefined || (lookup(count, NUMBER_WORD_KEYS) === null && count.kind !== 'number') || ctx.toks[cue.index + 2]?.key !== 'من') return null;
  let end = -1;
  for (let k = cue.index + 1; k < ctx.toks.length && k <= cue.index + UNREAD_WORDS; k++) {
    const t = ctx.toks[k] as Tok;
    if (!/^ +$/.test(t.gap) || COMPLEMENTIZERS.has(t.key) || PHRASE_END_KEYS.has(t.key) || lookup(t, VERB_KEYS) !== null) break;
    end = k;
  }
  return end < 0 ? null : ctx.text.slice((ctx.toks[cue.index + 1] as Tok).start, (ctx.toks[end] as Tok).end);
}

/** A quote's cue and speaker read without a cue before it; `unread`: a subject is written but names no one; `verb`: the post-posed verb. */
interface Attribution {
  readonly cue: string | null;
  readonly speaker: string | null;
  readonly unread?: boolean;
  readonly verb?: Tok;
}

/** `test`, read once per speaker phrase of a text (the same phrases are asked again and again). */
function oncePerPhrase(test: (who: string) => boolean): (who: string) => boolean {
  const memo = new Map<string, boolean>();
  return (who) => {
    let v = memo.get(who);
    if (v === undefined) memo.set(who, (v = test(who)));
    return v;
  };
}

/**
 * `بريطانيا` read as the gazetteer's `المملكة المتحدة`، `الأسوشيتد بريس` as `أسوشيتد برس`: a place or
 * organization speaker is named as this text writes it (the nearest mention before the quote with that
 * canonical name, else the first after it); the story merges the spellings (see merge-quotes.ts).
 */
function asWritten(text: string, mentions: readonly EntityMention[], who: string, at: number): string {
  let found: EntityMention | undefined;
  for (const m of mentions) {
    // (`مكتب الأمم المتحدة … (أوتشا)`: an acronym glossed in brackets is not how the text names the body.)
    if (m.type === 'person' || m.name !== who || /\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start))) continue;
    if (m.start >= at && found !== undefined) break;
    found = m;
  }
  return found === undefined ? who : found.form;
}

export function analyzeQuotes(text: string, toks: readonly Tok[], entities: EntityAnalysis, options: FindQuotesOptions = {}): QuoteMention[] {
  const o = { ...DEFAULT_QUOTE_OPTIONS, ...options };
  const ctx: Context = { text, toks, mentions: withGivenNameMentions(toks, entities.mentions), titles: entities.titles, sentences: options.sentences ?? splitSentences(text), learned: [], subjectMemo: new Map(), statementMemo: new Map() };
  const isName = (s: MarkedSpan): boolean =>
    someStartingIn(entities.mentions, s.innerStart - 2, s.innerStart + 2, (m) => m.start <= s.innerStart + 1 && m.end >= s.innerEnd - 1);
  const spans = quoteSpans(text).filter((s) => tokensWithin(toks, s.innerStart, s.innerEnd) >= o.minWords && !isName(s) && !namedTitle(ctx, s) && !addressedOutlet(ctx, s) && !outletName(ctx, s));
  const out: QuoteMention[] = [];
  const speakers: Spoken[] = [];
  // Built on the first carry-over asked (many texts never need one).
  let subjectList: Spoken[] | null = null;
  let actorList: Spoken[] | null = null;
  let issuerList: Spoken[] | null = null;
  /**
   * Carry-over (وأضاف:) goes to the nearest previous speaker: whoever was last quoted or was last the
   * named subject of a reporting verb (reported speech included), whichever comes later.
   */
  /**
   * `تسألها زبونة: "…"، فتجيب منية: "…، وهذا مرجان طبرقة الأصلي"`: a phrase the text writes only inside
   * quotes is someone's words, never the narrative naming a speaker.
   */
  const onlyQuoted = (who: string): boolean => {
    let at = text.indexOf(who);
    if (at < 0) return false;
    for (; at >= 0; at = text.indexOf(who, at + 1)) {
      const p = at;
      if (!spans.some((s) => s.innerStart <= p && p < s.innerEnd)) return false;
    }
    return true;
  };
  /** See `implausibleSpeaker`: a phrase no speaker can be. */
  const implausible = oncePerPhrase((who) => implausibleSpeaker(ctx, who) !== null || onlyQuoted(who));
  const lastSpeaker = (at: number, gender: Gender = null, statement = false): string | null => {
    const fits = (sp: Spoken): boolean => sp.start < at && agrees(sp.gender, gender) && (!statement || sp.statement) && !implausible(sp.speaker);
    /** The last fitting item of `list` (sorted by start) starting after `best`, else `best`. */
    const later = (list: readonly Spoken[], best: Spoken | null): Spoken | null => {
      for (let k = firstFrom(list, at) - 1; k >= 0 && (best === null || (list[k] as Spoken).start > best.start); k--) if (fits(list[k] as Spoken)) return list[k] as Spoken;
      return best;
    };
    let best: Spoken | null = null;
    for (let k = speakers.length - 1; k >= 0 && best === null; k--) if (fits(speakers[k] as Spoken)) best = speakers[k] as Spoken;
    best = later((subjectList ??= explicitSubjects(ctx)), best);
    if (statement) best = later((issuerList ??= statementIssuers(ctx)), best);
    // The subject of a later sentence (`يقف أبو محمود القباني خلف نول …. يقول:`) is nearer than an earlier speaker.
    if (!statement) best = later((actorList ??= sentenceActors(ctx)), best);
    // Someone else introduced in a sentence in between: which of the two speaks, the text does not say.
    if (best !== null && !statement && introducedBetween(ctx, best.start, at, best.speaker, gender)) return null;
    return best?.speaker ?? null;
  };
  const verbSpeaker = (cue: Tok, sentence: Sentence, until?: number): string | null => {
    if (until !== undefined) {
      const relayed = relayedSource(ctx, cue, until) ?? relayedByNoun(ctx, cue, until);
      if (relayed !== null) return relayed;
      // `ونقلت عنه الصحيفة قوله`: the one the pronoun refers to, not the outlet relaying.
      const pronoun = relayedPronoun(ctx, cue, until);
      if (pronoun !== null) return lastSpeaker(cue.start, pronoun);
    }
    const issuer = resumptiveIssuer(ctx, cue, sentence);
    if (issuer !== null) return issuer;
    // `وجاء في حيثيات الحكم أن «…»`: the court that ruled.
    const inDocument = IN_DOCUMENT_VERB_KEYS.has(cue.forms[cue.forms.length - 1]?.form ?? '');
    // `جاء في X`: the document is named after في.
    const inNamedDocument = inDocument && ctx.toks[cue.index + 1]?.key === 'في';
    if (inNamedDocument && reasoningWord(ctx.toks[cue.index + 2])) {
      const court = rulingCourt(ctx, cue.start);
      if (court !== null) return court;
    }
    const before = preverbalSubject(ctx, cue, sentence);
    if (before !== null) return before;
    // `وقال التقرير`، `وجاء في الدراسة`، `وأضافت هذه المصادر`: the issuer, or the sources' first description.
    const referred = referredSource(ctx, cue.index + (inNamedDocument ? 2 : 1));
    if (referred !== null) return referred;
    // `قال الرجل وهو …`: a bare description refers back, whatever a subject reading finds after it.
    if (bareDescription(ctx, cue)) return referent(cue);
    // `وتابع المسؤول ذاته`: the one just quoted.
    if (sameOneAfter(ctx, cue)) return lastSpeaker(cue.start, cueGender(cue));
    const explicit = explicitSubject(ctx, cue);
    // `أما X فيلخص الوضع بكلمات قليلة:`، `أما وزارة الكهرباء فعزت النقص إلى «…»`: the ف-verb answering an
    // أما topic has the topic as subject (what follows is its object), unless a person is named after it.
    const answering = cue.text.startsWith('ف') ? topicBefore(ctx, sentence, cue) : null;
    if (answering !== null && (explicit === null || !ctx.mentions.some((m) => m.type === 'person' && m.name === explicit))) return answering;
    if (isStatement(explicit)) return lastSpeaker(cue.start, null, true) ?? lastSpeaker(cue.start) ?? explicit;
    if (explicit !== null) return explicit;
    if (anaphoricPerson(ctx, cue)) return referent(cue);
    const nested = clauseSubject(ctx, cue, sentence);
    if (nested !== null) return nested;
    // `وذكرت الوزارة أنها …، ودعت الزوار إلى «…»`: a و-verb of the same gender as an earlier reporting verb of
    // its sentence shares that verb's subject; the noun phrase after it is its object.
    const nounPhraseNext = startsNounPhrase(ctx, ctx.toks[cue.index + 1]);
    const shared = nounPhraseNext ? coordinated(cue, sentence, true) : null;
    if (shared !== null) return shared;
    // `ذكرت قوة الإطفاء العامة في بيان أن`: the words before the statement name its issuer, known or not.
    const issuing = nounPhraseNext ? issuerBeforeStatement(ctx, cue) : null;
    if (issuing !== null) return issuing;
    // `قالت الشركة المالكة للفندق، مجموعة X، إنها`: the name set off by commas after the description.
    const apposed = nounPhraseNext ? apposedName(ctx, cue) : null;
    if (apposed !== null) return apposed;
    // A subject is written after the verb but names no one we can read: say nothing rather than guess.
    if (nounPhraseNext && !inDocument) return unreadPhrase(ctx, cue) ?? loneDescription(ctx, cue, cue.start);
    if (writtenOn(ctx, cue)) return null;
    const gender = cueGender(cue);
    // A verb in a relative clause (`…، الذي قال`) is its antecedent's: never carried over.
    if (afterRelative(ctx, cue)) return relativeAntecedent(ctx, sentence, cue);
    // `شاب يقول: «…»`: a present-tense verb right after an indefinite speaker head describes that head (an asyndetic relative clause).
    const described = indefiniteAntecedent(ctx, cue);
    if (described !== undefined) return described;
    const answered = topicBefore(ctx, sentence, cue) ?? addresseeBefore(ctx, sentence, cue);
    if (answered !== null) return answered;
    if (matterTopic(ctx, sentence, cue)) return lastSpeaker(cue.start, gender);
    if (gender === 'p') return coordinated(cue, sentence) ?? pluralSubjectBefore(ctx, sentence, cue);
    if (definiteDescriptionOpens(ctx, sentence, cue)) {
      const known = lastSpeaker(cue.start, gender);
      if (known !== null) return known;
    }
    const inSentence = coordinated(cue, sentence) ?? openerActor(ctx, sentence, cue, gender) ?? frontedDescription(ctx, sentence, cue) ?? documentBefore(ctx, sentence, cue) ?? appositionOpener(ctx, sentence, cue) ?? subjectBefore(ctx, sentence, cue.start, gender);
    if (inSentence !== null) return inSentence;
    // Someone this sentence names before the verb, whom no rule read, is likelier its subject than the last speaker.
    // `يقف X يعد الحمولات، ثم يقول:`: the person the sentence opens on, its actor, goes on to speak.
    if (unreadActorBefore(ctx, sentence, cue)) return ownActor(sentence, cue, gender);
    // `وكانت الوزارة قد أعلنت أن «…»`: the subject written before قد, never someone carried over.
    const kana = pluperfectKana(ctx, cue, sentence);
    return kana !== undefined ? (subjectAfterKana(ctx, kana, cue) ?? bareBodyBeforeQad(ctx, cue)) : lastSpeaker(cue.start, gender);
  };
  /** Whom the description after `verb` refers back to: the relative a kin word names (الأب → والده X), else the last speaker of the verb's gender. */
  const referent = (verb: Tok, at: number = verb.start): string | null => {
    const d = ctx.toks[verb.index + 1];
    const tied = d === undefined ? null : (kinReferent(ctx, d) ?? childReferent(ctx, d) ?? introducedUnnamed(ctx, d));
    if (tied !== null) return tied;
    // `تقاطعها البائعة: «…»`: the verb's object pronoun stands for the one spoken to, the last speaker; the description is someone else.
    return d !== undefined && personObject(verb) ? d.text : lastSpeaker(at, cueGender(verb));
  };
  /** `يبتسم الأب: «…»`: a description before a colon, after a verb of gesture, speaks. */
  const colonDescription = (span: MarkedSpan, sentence: Sentence): Attribution | null => {
    const found = describedColon(ctx, sentence, span);
    return found === null ? null : { cue: null, speaker: kinReferent(ctx, found.description) ?? lastSpeaker(found.verb.start, cueGender(found.verb)) };
  };
  /** `أما X، …، فيختصر المشهد: «…»`: see `ammaColon`. */
  const topicColon = (span: MarkedSpan, sentence: Sentence): Attribution | null => {
    const topic = ammaColon(ctx, sentence, span.open);
    return topic === null ? null : { cue: null, speaker: topic };
  };
  /**
   * `تطفئ X المصباح وتغطي المنسج. «…».`: a sentence that is nothing but a quote, right after a sentence
   * whose actor is a person and which holds no quote of its own, is that person's words.
   */
  const sceneQuote = (span: MarkedSpan, sentence: Sentence): Attribution | null => {
    const outside = text.slice(sentence.start, span.open) + text.slice(span.close, sentence.end);
    const before = ctx.sentences[sentence.index - 1];
    if (!/^[\s.،,!؟?]*$/.test(outside) || before === undefined || spans.some((s) => s.open >= before.start && s.open < before.end)) return null;
    const actor = findStartingIn((actorList ??= sentenceActors(ctx)), before.start, before.end);
    return actor === undefined ? null : { cue: null, speaker: actor.speaker };
  };
  /**
   * `انتقد القاضي، السير X، الرجال المدانين. "…"`: a sentence that is nothing but a quote, right after a
   * sentence holding no quote whose reporting verb has a named subject, is that subject's words.
   */
  const reporterBefore = (span: MarkedSpan, sentence: Sentence): Attribution | null => {
    const outside = text.slice(sentence.start, span.open) + text.slice(span.close, sentence.end);
    const before = ctx.sentences[sentence.index - 1];
    if (!/^[\s.،,!؟?]*$/.test(outside) || before === undefined || spans.some((s) => s.open >= before.start && s.open < before.end)) return null;
    const subjects = (subjectList ??= explicitSubjects(ctx)).filter((x) => x.start >= before.start && x.start < before.end);
    const speakersThere = new Set(subjects.map((x) => x.speaker));
    return speakersThere.size === 1 ? { cue: null, speaker: (subjects[0] as Spoken).speaker } : null;
  };
  /**
   * `يرفع محمد، ابن التسع سنوات، يده: "…"`: a quote after a colon closing a sentence whose actor (a person
   * it names as its verb's subject, see `sentenceActors`) comes before the colon is that person's.
   */
  const colonActor = (span: MarkedSpan, sentence: Sentence): Attribution | null => {
    if (!/:\s*$/.test(text.slice(sentence.start, span.open))) return null;
    const actor = findStartingIn((actorList ??= sentenceActors(ctx)), sentence.start, span.open);
    // (A person the text names, not a phrase the fronted-adverbial reading took for one: `يحسب كلفة الرحلة:`.)
    if (actor === undefined || !ctx.mentions.some((m) => m.type === 'person' && m.name === actor.speaker)) return null;
    return { cue: null, speaker: actor.speaker };
  };
  /**
   * `توني بلير ، رئيس وزراء المملكة المتحدة ، دعا الوضع "…".`: a quote with no cue in a sentence that opens on
   * a name set off by commas with its apposition, then a verb (see `appositionOpener`), is that person's words:
   * the sentence is about what the person said or called something.
   */
  const apposedOpener = (span: MarkedSpan, sentence: Sentence): Attribution | null => {
    // (The quote closes its sentence, at most three words after the verb: the verb's object, then what it was called.)
    if (!/^[\s.!؟?]*$/.test(text.slice(span.close, sentence.end))) return null;
    const first = firstFrom(toks, sentence.start);
    const open = firstFrom(toks, span.open);
    // (`يعمل في "بيت الحلويات"`: after a preposition the marks hold a place's or a shop's name.)
    if (NAME_IN_MARKS_AFTER_KEYS.has(toks[open - 1]?.key ?? '')) return null;
    for (let k = Math.max(first + 2, open - 4); k < open && k - first <= APPOSITION_REACH; k++) {
      const who = appositionOpener(ctx, sentence, toks[k] as Tok);
      if (who !== null) return { cue: null, speaker: who };
    }
    return null;
  };
  /**
   * `بالإضافة إلى الذكر بأن العمال … "…"`، `مع التأكيد على أن "…"`: a verbal noun of saying with no agent of its
   * own, whose complementizer opens the clause holding the quote, reports the words of whoever the text is
   * quoting: the last speaker.
   */
  const sayingNoun = (span: MarkedSpan, sentence: Sentence): Attribution | null => {
    const open = firstFrom(toks, span.open);
    for (let k = open - 1; k >= 0 && (toks[k] as Tok).start >= sentence.start && open - k <= SAYING_NOUN_REACH; k--) {
      const t = toks[k] as Tok;
      if (!AGENTLESS_SAYING_KEYS.has(t.key)) continue;
      for (let c = k + 1; c < open && c <= k + 3; c++) {
        if (!COMPLEMENTIZERS.has((toks[c] as Tok).key)) continue;
        const who = lastSpeaker(span.open);
        return who === null ? null : { cue: t.text, speaker: who };
      }
    }
    return null;
  };
  /** The actor of the verb's own sentence (see `sentenceActors`), named before the verb, of its gender. */
  const ownActor = (sentence: Sentence, cue: Tok, gender: Gender): string | null => {
    const actor = findStartingIn((actorList ??= sentenceActors(ctx)), sentence.start, cue.start);
    if (actor !== undefined) return agrees(actor.gender, gender) ? actor.speaker : null;
    // `يحمل الرجل الستيني رخصة …، ويقول:`: a sentence opening on a present verb whose subject is a life
    // description refers back to the person the scene is about; the و-verb shares that subject.
    const opener = describedOpener(sentence, cue);
    if (opener !== null) return referent(opener, cue.start);
    // `إلى جانبه تجلس X، …، وتقاطعه:`: a و-verb shares the subject of the verb before it, the one person the sentence named.
    return cue.text.startsWith('و') ? soleSubjectBefore(ctx, sentence, cue) : null;
  };
  /** A present verb among the first words of `sentence`, before `cue`, followed by a life description (`يحمل الرجل الستيني`). */
  const describedOpener = (sentence: Sentence, cue: Tok): Tok | null => {
    if (!cue.text.startsWith('و')) return null;
    const first = firstFrom(toks, sentence.start);
    for (let k = first; k < cue.index && k <= first + 2; k++) {
      const t = toks[k] as Tok;
      if (/^[يت]../.test(t.key) && anaphoricPerson(ctx, t)) return t;
    }
    return null;
  };
  /** `وقال X ... إن ...، وأكد أن "…"`: a و-verb coordinated with an earlier reporting verb of its sentence shares its subject. */
  const coordinated = (cue: Tok, sentence: Sentence, agreeing = false): string | null => {
    if (!cue.text.startsWith('و')) return null;
    const earlier = cueBefore(ctx, sentence.start, cue.start, 60);
    // (`agreeing`: only an earlier verb of the same gender as `cue`.)
    if (earlier === null || earlier.participle || (agreeing && cueGender(earlier.tok) !== cueGender(cue))) return null;
    return preverbalSubject(ctx, earlier.tok, sentence) ?? subjectAt(ctx, earlier.tok.index + 1, cue.start);
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
  const continued = (span: MarkedSpan, sentence: Sentence): Attribution | null => {
    if (previous === null || previous.speaker === null) return null;
    // The sentence where the previous quote ends (a quote may run over several sentences).
    const ended = containing(ctx.sentences, Math.max(previous.sentence.start, previous.close - 1)) ?? previous.sentence;
    if (ended.index !== sentence.index - 1) return null;
    const outside = text.slice(sentence.start, span.open) + text.slice(span.close, sentence.end);
    if (!/^[\s.،,:؛!؟?]*$/.test(outside)) return null;
    const tail = text.slice(previous.close, ended.end);
    if (!/^[\s.،,:؛!؟?"»”]*$/.test(tail) && !postposedTail(previous.close, tail)) return null;
    return { cue: null, speaker: previous.speaker };
  };
  /** `«…»، يقول الحربي.`: what follows a quote is only its post-posed cue (a reporting verb first, a few words, no other quote). */
  const postposedTail = (close: number, tail: string): boolean => {
    const first = ctx.toks[firstFrom(ctx.toks, close)];
    return first !== undefined && /^[\s،,]+$/.test(text.slice(close, first.start)) && lookup(first, VERB_KEYS) !== null && !/[«"“]/.test(tail) && tail.trim().split(/\s+/).length <= 6;
  };
  /** `أكدت X أن "…"، وأن "…"`: a second أن/إن clause joined by و to a quoted one in its sentence is the same speaker's. */
  const secondComplement = (span: MarkedSpan, sentence: Sentence): Attribution | null => {
    if (previous === null || previous.speaker === null || previous.close > span.open || previous.close < sentence.start) return null;
    if (/^[\s،,]*و(?:أن|إن|ان)\s*$/u.test(text.slice(previous.close, span.open))) return { cue: null, speaker: previous.speaker };
    return sameClauseRun(previous.close, span.open) ? { cue: null, speaker: previous.speaker } : null;
  };
  /**
   * `ذكر X أن البحارة كانوا "…" داخل المياه وأن البحارة "…"`، `بأن هناك "…" كانت "…"`: with no cue of its own,
   * a quote a few words after a quote of its sentence (no quote mark, no clause break in between) is more of
   * the same speaker's words.
   */
  const sameClauseRun = (close: number, open: number): boolean => {
    const between = text.slice(close, open);
    return !/[.!؟?؛:\n«»"“”]/u.test(between) && tokensWithin(toks, close, open) <= SAME_RUN_WORDS;
  };
  /**
   * `* وكالة رويترز - "…"`: a list item naming its source, a dash, then the quote (reports listed by
   * source). The words between the bullet and the dash are the speaker.
   */
  const listedSource = (span: MarkedSpan): Attribution | null => {
    const lineStart = text.lastIndexOf('\n', span.open - 1) + 1;
    const item = LIST_SOURCE.exec(text.slice(lineStart, span.open));
    if (item === null) return null;
    const words = (item[1] as string).trim();
    const at = lineStart + (item.index + item[0].indexOf(words));
    const m = findStartingIn(ctx.mentions, at, at + 1, (x) => x.end === at + words.length && x.type !== 'place');
    return { cue: null, speaker: m?.name ?? words };
  };
  /**
   * `"…" - جيمس.`، `" … " _ " بولين ".`: a line that is only a quote signed after a dash with one to three
   * words (in marks or not) is those words' (a name the entity pass read there, else the words).
   */
  const signedQuote = (span: MarkedSpan): Attribution | null => {
    const { start: lineStart, end: lineEnd } = spanLine(text, span);
    if (!/^\s*$/.test(text.slice(lineStart, span.open))) return null;
    const sign = SIGNATURE.exec(text.slice(span.close, lineEnd));
    if (sign === null) return null;
    const words = sign[1] as string;
    const at = span.close + sign[0].indexOf(words);
    const m = findStartingIn(ctx.mentions, at, at + 1, (x) => x.type === 'person' && x.end <= at + words.length);
    if (m !== undefined) return { cue: null, speaker: m.name };
    const signature = ctx.toks.slice(firstFrom(ctx.toks, at), firstFrom(ctx.toks, at + words.length));
    return signature.some((t) => t.kind !== 'word' || isStop(t) || lookup(t, VERB_KEYS) !== null) ? null : { cue: null, speaker: words };
  };
  /**
   * `والسيدة نورث تقول :` then a paragraph opening with the quote: the paragraph ending in a colon
   * introduces it, and the two are read as one sentence (its cue and speaker are in the first).
   */
  const colonParagraph = (own: Sentence, span: MarkedSpan): Sentence | null => {
    const before = ctx.sentences[own.index - 1];
    if (before === undefined || !/^\s*$/.test(text.slice(own.start, span.open))) return null;
    const gap = text.slice(before.start, own.start);
    if (!/:\s*\n\s*$/.test(gap)) return null;
    return { ...before, end: own.end, text: text.slice(before.start, own.end) };
  };
  /** `السفير الأميركي: «…»` on a line of its own: see `headlineSpeaker`. */
  const headline = (span: MarkedSpan): Attribution | null => {
    const who = headlineSpeaker(ctx, span);
    return who === null ? null : { cue: null, speaker: who };
  };
  for (const span of spans) {
    // (A quote's second half after a line break opens at the break, between two sentences: the sentence it opens.)
    const own = containing(ctx.sentences, span.open) ?? containing(ctx.sentences, span.innerStart) ?? { index: 0, paragraph: 0, start: 0, end: text.length, text };
    const sentence = colonParagraph(own, span) ?? own;
    // `«القصب عمرنا كله. أبويا زرعه»، يقول …`: a quote holding a full stop ends in a later sentence, where a post-posed cue follows it.
    const closing = containing(ctx.sentences, span.close - 1);
    const through: Sentence = closing === undefined || closing.end <= sentence.end ? sentence : { ...sentence, end: closing.end };
    const sameSentence: boolean = previous !== null && previous.sentence === sentence;
    const from = Math.max(sentence.start, sameSentence && previous !== null ? previous.close : 0);
    const relay = relayingVerb(ctx, from, span.open);
    const cue = relay === null ? cueBefore(ctx, from, span.open, o.cueWindow) : { tok: relay, participle: false };
    const sameSpeaker = sameSentence && previous !== null ? previous.speaker : null;
    let speaker: string | null;
    let cueText: string | null;
    // A reporting verb with no subject written (or a description referring back): see `solePersonBefore`.
    let subjectless: Tok | null = null;
    // The post-posed verb (`«…»، تقول`), whose gender the speaker keeps for later carry-overs.
    let postVerb: Tok | null = null;
    if (cue !== null) {
      cueText = cue.tok.text;
      const naming = cue.participle && lookup(cue.tok, NAMING_CUE_KEYS) !== null;
      // `الذي وصفه الفيتوري بأنه «…»`: a naming cue with its own subject written after it.
      const named = naming ? namingSubject(ctx, cue.tok, span.open) : null;
      const going = cue.participle ? goingVerb(ctx, cue.tok) : null;
      if (named !== null) speaker = named;
      else if (going !== null) {
        // `ومضى الرئيس لاتهام الحكومة بعدم «…»`: the going verb's subject.
        const toward = ctx.toks[cue.tok.index - 1];
        const limit = toward !== undefined && toward.index > going.index && !cue.tok.text.startsWith('ل') ? toward.start : cue.tok.start;
        speaker = going.index + 1 < cue.tok.index ? goingSubject(ctx, going, limit) : lastSpeaker(going.start, cueGender(going));
      } else if (cue.participle) {
        // The participle agrees with its verb: `انتقدوا` (plural) is not the verb of `منتقداً` (singular).
        const found = cueBefore(ctx, sentence.start, cue.tok.start, 40);
        // (A naming cue's final ه is its object pronoun, not a feminine ending: `وصفه` says nothing of gender.)
        const verb = found !== null && (naming || agrees(cueGender(found.tok), cueGender(cue.tok))) ? found : null;
        const unread = verb !== null && !verb.participle && explicitSubject(ctx, verb.tok) === null && startsNounPhrase(ctx, ctx.toks[verb.tok.index + 1]);
        speaker = unread ? sameSpeaker :
          sameSpeaker ??
          (verb !== null && !verb.participle ? verbSpeaker(verb.tok, sentence) : null) ??
          subjectBefore(ctx, sentence, cue.tok.start, cueGender(cue.tok)) ??
          describedName(ctx, sentence, cue.tok.start) ??
          lastSpeaker(cue.tok.start, cueGender(cue.tok));
      } else {
        speaker = verbSpeaker(cue.tok, sentence, span.open);
        if (explicitSubject(ctx, cue.tok) === null && (anaphoricPerson(ctx, cue.tok) || !startsNounPhrase(ctx, ctx.toks[cue.tok.index + 1]))) subjectless = cue.tok;
        // `«…»، يقول X، فيرد عليه رفيقه Y: «…»`: whoever is answered (the pronoun after the verb) is not the one answering.
        if (speaker !== null && previous !== null && speaker === previous.speaker && answersSomeone(ctx, cue.tok)) speaker = companionName(ctx, cue.tok);
        // `يقول: «…»، ثم يضيف ضاحكاً: «…»`: a verb with no subject of its own after a quote in the same sentence goes on with its speaker.
        if (speaker === null && sameSpeaker !== null && explicitSubject(ctx, cue.tok) === null && !startsNounPhrase(ctx, ctx.toks[cue.tok.index + 1])) speaker = sameSpeaker;
      }
    } else {
      const post: Attribution | null =
        postposed(ctx, span, through) ?? preposed(ctx, from, span.open) ?? listedSource(span) ?? signedQuote(span) ?? continued(span, sentence) ?? colonSpeaker(ctx, sentence, span) ?? headline(span) ?? secondComplement(span, sentence) ?? colonDescription(span, sentence) ?? topicColon(span, sentence) ?? sceneQuote(span, sentence) ?? reporterBefore(span, sentence) ?? colonActor(span, sentence) ?? apposedOpener(span, sentence) ?? sayingNoun(span, sentence);
      if (post === null) continue;
      cueText = post.cue;
      const back = post.verb !== undefined && ((post.speaker === null && anaphoricPerson(ctx, post.verb)) || bareDescription(ctx, post.verb)) ? post.verb : null;
      // (A post-posed verb with no subject agrees with whom it goes back to: `«…»، يقول` is not the last woman's.)
      postVerb = post.verb ?? null;
      if (post.verb !== undefined && (back !== null || (post.speaker === null && post.unread !== true))) subjectless = post.verb;
      speaker = back !== null ? referent(back, span.open) : post.unread === true ? (post.verb === undefined ? null : loneDescription(ctx, post.verb, span.open)) : (post.speaker ?? lastSpeaker(span.open, post.verb === undefined ? null : cueGender(post.verb)));
      // `ووفق البيان فإن «…»`، `«…»، بحسب البيان`: a statement named by one word speaks for whoever issued it.
      if (speaker !== null && !speaker.includes(' ') && isStatement(speaker)) speaker = lastSpeaker(span.open, null, true) ?? speaker;
    }
    if (cue !== null && !cue.participle && explicitSubject(ctx, cue.tok) === null) {
      const post = postposed(ctx, span, through);
      if (post?.speaker != null && !(post.verb !== undefined && opensOwnClause(ctx, post.verb))) {
        speaker = post.speaker;
        cueText = post.cue;
      }
    }
    // A phrase no speaker can be (`بأسى`، `مهامه`، `القرار`): the speaker the text goes on with, if any.
    if (speaker !== null && implausible(speaker)) speaker = lastSpeaker(span.open, cue === null ? null : cueGender(cue.tok));
    // `وقال متحدث باسم الشرطة …. "…"، وأضاف المتحدث.`: a bare definite title is the unnamed description it introduced.
    if (speaker !== null && bareTitle(speaker)) speaker = introducedDescription(ctx, speaker, span.open);
    if (speaker === null && subjectless !== null && cueGender(subjectless) !== 'p') speaker = solePersonBefore(ctx, span.open, cueGender(subjectless), speakers);
    // No speaker found: not a quote we can attribute (a quoted term, or a construction we do not read).
    if (speaker === null || isAddressee(speaker)) continue;
    // `وقالت المحكمة في حيثيات حكمها`: the court that ruled.
    if (bareCourt(speaker)) speaker = rulingCourt(ctx, span.open) ?? speaker;
    speaker = withoutAddressee(withoutComplement(speaker));
    out.push({ kind: 'quote-mention', start: span.innerStart, end: span.innerEnd, text: trimQuote(text.slice(span.innerStart, span.innerEnd)), mode: 'verbatim', speaker, cue: cueText });
    speakers.push({ start: span.open, speaker, gender: cue !== null ? cueGender(cue.tok) : postVerb === null ? null : cueGender(postVerb), statement: aboutStatement(ctx, span.open) });
    previous = { close: span.close, sentence, speaker };
  }
  if (o.reported) out.push(...reportedSpeech(ctx, spans, verbSpeaker));
  // A one-word speaker is named by the full name it is part of (a longer phrase was cut on purpose: `دعا X السكان`).
  const names = out.length === 0 ? [] : fullNames([...entities.mentions.filter((m) => m.type === 'person').map((m) => m.name), ...ctx.learned.map((l) => l.name)]);
  // A description, title or kunya the text ties to a named person is that person (`سائحة تدعى X`، `X، أو «أبو سامر»`).
  const describes = oncePerPhrase(describesSomeone);
  const named = (q: QuoteMention): string | null => (q.speaker !== null && describes(q.speaker) ? namedReferent(ctx, q.speaker, q.start) : null);
  const organizations = out.length === 0 ? [] : entities.mentions.filter((m) => m.type === 'organization').map((m) => ({ name: m.name, key: key(m.name) }));
  const orgName = (who: string): string | null => fullOrganizationName(who, organizations);
  // `قال بيلهام` after `روجر بلهام`: a one-word speaker no full name holds as written, up to a long vowel.
  const variantName = (who: string): string | null => (who.includes(' ') ? null : fullNameBySurname(key(who), names, key));
  const written = (who: string, at: number): string => asWritten(text, entities.mentions, who, at);
  return out.map((q) => (q.speaker === null ? q : { ...q, speaker: written(named(q) ?? fullNameOf(q.speaker, names, 1) ?? variantName(q.speaker) ?? orgName(q.speaker) ?? q.speaker, q.start) })).sort((a, b) => a.start - b.start);
}

/** Quotes of a clean text with their speakers, offsets `[start, end)` of the quoted text. */
export function findQuotes(text: string, options: FindQuotesOptions = {}): QuoteMention[] {
  const toks = tokenView(text);
  const entities = analyzeEntities(text, toks, options.known === undefined ? {} : { known: options.known });
  return analyzeQuotes(text, toks, entities, options);
}
