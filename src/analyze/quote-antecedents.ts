/**
 * Speakers found before a quote when its cue names none: the subject earlier in the sentence, the
 * person addressed, a plural description, and the lists carry-over searches (who spoke last).
 */
import type { Sentence } from '../core/index.js';
import { key } from '../text/index.js';
import { afterComma, FACT, hasTanween, isDefinite, keySet, lookup, spellingFact, type Tok } from './tokens.js';
import { GIVEN_KEYS, HE_SHE_KEYS, isStop, KUNYA_NAME_KEYS, reportingVerb, SINGULAR_RELATIVE_KEYS, SPEAKER_HEAD_KEYS, SUBJECT_STOP_KEYS, TEMPORAL_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { articleWritten, looksImperfect, nameRun, presentShaped, verbShaped } from './names.js';
import { containing, firstFrom } from './search.js';
import { aboutStatement, agrees, COMPLEMENTIZERS, type Context, cueGender, findLastStartingIn, findStartingIn, type Gender, isStatement, phraseGender, prefixedWithLam, someStartingIn, type Spoken, startingIn } from './quote-context.js';
import { resolveTitle } from './quote-titles.js';
import { description, documentAuthor, kunyaName, spellOutPronoun, subjectAt, subjectOrPhrase } from './quote-speaker-phrase.js';
import { explicitSubject, pluperfectSubject, relayedSource } from './quote-subject.js';
import { MASDAR_BEFORE_KEYS, notReporting } from './quote-cues.js';
import { NAMING_KEYS } from './triggers.js';
import { lifeDescription } from './quote-kin.js';
import { quoteSpans, type MarkedSpan } from './quote-marks.js';
import { titleEndingAt } from './quote-object.js';
import type { TitlePhrase } from './types.js';

/**
 * A speaker head in the accusative with its tanween alef (`مسؤولاً`، `سكاناً`), not a particle that
 * happens to spell a head and an alef (`أما` is not `أمّاً`).
 */
const accusativeHead = (t: Tok): boolean => /ا$/.test(t.key) && !isStop(t) && !TOPIC_KEYS.has(t.key) && SPEAKER_HEAD_KEYS.has(t.key.slice(0, -1));

/** A speaker head as written or in the accusative. */
const speakerHeadAt = (t: Tok): boolean => lookup(t, SPEAKER_HEAD_KEYS) !== null || accusativeHead(t);

const AUXILIARY_KEYS = keySet(['قد', 'كانت', 'كان', 'لقد']);

/** Only auxiliaries (قد، كانت) between `end` and the verb at `verb`: a place standing for its government (وكانت أنقرة قد ذكرت). */
function rightBefore(ctx: Context, end: number, verb: number): boolean {
  const first = firstFrom(ctx.toks, end);
  let last = first;
  while (last < ctx.toks.length && (ctx.toks[last] as Tok).end <= verb) last++;
  const between = ctx.toks.slice(first, last);
  return between.length <= 2 && between.every((t) => AUXILIARY_KEYS.has(t.key)) && !/[،,.:]/.test(ctx.text.slice(end, verb));
}

/** `الهادي العياري، رئيس جمعية الحرفيين`: the person named right before a comma at `start` (a mention, or two name words or more). */
function ownerBefore(ctx: Context, start: number): string | null {
  if (!/[،,]\s*$/.test(ctx.text.slice(Math.max(0, start - 3), start))) return apposedOwner(ctx, start);
  const end = firstFrom(ctx.toks, start);
  const last = ctx.toks[end - 1];
  if (last === undefined) return null;
  const m = findStartingIn(ctx.mentions, last.start - 60, last.end, (x) => x.type === 'person' && x.end === last.end);
  if (m !== undefined) return m.name;
  for (let s = Math.max(0, end - 4); s <= end - 2; s++) {
    const run = nameRun(ctx.toks, s);
    if (run !== null && run.to === end && !isStop(ctx.toks[s] as Tok) && lookup(ctx.toks[s] as Tok, TITLE_KEYS) === null) return ctx.text.slice((ctx.toks[s] as Tok).start, last.end);
  }
  return null;
}

/**
 * `د. سلمى حنا الطبيبة النفسية`: a definite title naming no one written right after a person the entity pass
 * named (a space between, no comma) is that person's apposition.
 */
function apposedOwner(ctx: Context, start: number): string | null {
  const k = firstFrom(ctx.toks, start);
  const at = ctx.toks[k];
  const last = ctx.toks[k - 1];
  if (at === undefined || last === undefined || at.start !== start || !/^ +$/.test(at.gap) || !articleWritten(at)) return null;
  return findStartingIn(ctx.mentions, last.start - 60, last.end, (x) => x.type === 'person' && x.end === last.end)?.name ?? null;
}

/** `وكانت دراسة أعدّها البنك الدولي قد حذّرت`: a document named before the verb speaks for its author. */
export function documentBefore(ctx: Context, sentence: Sentence, cue: Tok): string | null {
  for (let k = firstFrom(ctx.toks, sentence.start); k < cue.index; k++) {
    const author = documentAuthor(ctx, ctx.toks[k] as Tok);
    if (author !== null) return author;
  }
  return null;
}

/** The subject named earlier in the sentence, before offset `before`. */
export function subjectBefore(ctx: Context, sentence: Sentence, before: number, gender: Gender = null): string | null {
  let best: { end: number; speaker: string } | null = null;
  // (`واكتفى المتحدث باسم الوزارة بالقول:`: a title phrase that ran on into the cue ends before it.)
  const titles = startingIn(ctx.titles, sentence.start, before).map((p) => (p.end > before && p.person === null ? cutAt(ctx, p, before) : p));
  for (const p of titles) {
    if (p.end <= before && (best === null || p.end > best.end) && agrees(phraseGender(p.text), gender) && !insideAside(ctx, sentence.start, p.start, p.end, before)) {
      const who = resolveTitle(ctx, p) ?? ownerBefore(ctx, p.start);
      best = { end: p.end, speaker: who ?? spellOutPronoun(ctx, p.text, p.start) };
    }
  }
  for (const m of startingIn(ctx.mentions, sentence.start, before)) {
    if (m.end > before || (best !== null && m.end <= best.end)) continue;
    // `سعيد ناصر، الذي يترأس حزب المعارضة، قال`: a name inside a relative or وهو clause set off by commas is not the subject.
    if (insideAside(ctx, sentence.start, m.start, m.end, before)) continue;
    if (titles.some((p) => p.start <= m.start && m.end <= p.end)) continue;
    if (m.type !== 'person' && prefixedWithLam(ctx.text, m.start)) continue;
    if (m.type !== 'person' && objectOfPreposition(ctx, m.start)) continue;
    if (m.type === 'place' && !rightBefore(ctx, m.end, before)) continue;
    if (m.type === 'organization' && !agrees(phraseGender(m.form), gender)) continue;
    // A person whose name runs on from a word before it (`نبيل قاسم الخضار` read as `قاسم الخضار`) was read wrong: no guess.
    if (m.type === 'person' && cutBefore(ctx, m.start)) return null;
    best = { end: m.end, speaker: m.name };
  }
  return best?.speaker ?? null;
}

/** `title` ending with the last token before `before` (the title itself when none of it is left). */
function cutAt(ctx: Context, title: TitlePhrase, before: number): TitlePhrase {
  const last = ctx.toks[firstFrom(ctx.toks, before) - 1];
  if (last === undefined || last.end <= title.start) return title;
  return titleEndingAt(ctx, title, last.end);
}

/** A comma, then a relative pronoun or وهو/وهي/وهم opening an aside (`، الذي يترأس …،`، `، وهي منظمة …،`). */
const ASIDE_OPENING = /[،,]\s*(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|وهو|وهي|وهم|وهما)\s[^،,]*$/u;

/**
 * The phrase `[start, end)` lies inside an aside set off by commas before `before`: a comma and a relative
 * pronoun or وهو/وهي before it (in its sentence, no comma between), and a comma after it before `before`.
 */
function insideAside(ctx: Context, sentenceStart: number, start: number, end: number, before: number): boolean {
  const opening = ctx.text.slice(sentenceStart, start);
  return ASIDE_OPENING.test(opening) && /[،,]/.test(ctx.text.slice(end, before));
}

/**
 * Adverbs of place a subject never follows (`خارج 10 داوننغ ستريت`). (Not في/من/إلى: they also join the
 * words of one organization's name, `رابطة الأساتذة في الجامعة اللبنانية`.)
 */
const PLACE_PREPOSITION_KEYS = keySet(['خارج', 'داخل', 'أمام', 'قرب', 'بالقرب', 'لدى', 'نحو', 'حول', 'خلف', 'وراء', 'قبالة', 'عند']);

/** The mention at `start` follows a preposition (a number may stand between: `خارج 10 داوننغ ستريت`). */
function objectOfPreposition(ctx: Context, start: number): boolean {
  let k = firstFrom(ctx.toks, start) - 1;
  if ((ctx.toks[k] as Tok | undefined)?.kind === 'number') k--;
  const t = ctx.toks[k];
  return t !== undefined && /^ +$/.test((ctx.toks[k + 1] as Tok).gap) && PLACE_PREPOSITION_KEYS.has(t.key);
}

/** The name word right before `start` (only a space between, no title, article or stopword) runs into the token at `start`. */
function cutBefore(ctx: Context, start: number): boolean {
  const k = firstFrom(ctx.toks, start);
  const at = ctx.toks[k];
  const prev = ctx.toks[k - 1];
  if (at === undefined || prev === undefined || at.start !== start || !at.spaced || articleWritten(prev) || isStop(prev) || lookup(prev, TITLE_KEYS) !== null) return false;
  const run = nameRun(ctx.toks, k - 1);
  return run !== null && run.to > k;
}

/**
 * `لكن سكاناً في حي المزة قالوا إن`: a plural verb with no subject after it takes a plural speaker
 * description before it in its sentence (the accusative alef of tanween allowed), never a carried-over person.
 */
export function pluralSubjectBefore(ctx: Context, sentence: Sentence, verb: Tok): string | null {
  for (let k = verb.index - 1; k >= 0 && verb.index - k <= 8; k--) {
    const t = ctx.toks[k] as Tok;
    if (t.start < sentence.start) break;
    if (speakerHeadAt(t)) return description(ctx, k);
  }
  return null;
}

const ADDRESSEE_KEYS = keySet(['إلى', 'مع', 'سألنا', 'سألت', 'سأل']);

/**
 * `تحدثت «القدس العربي» إلى سعاد أبو عمرة، وهي …، فقالت:`: a ف-verb with no written subject
 * answers; its speaker is the person spoken to (after إلى/مع) earlier in the sentence.
 */
export function addresseeBefore(ctx: Context, sentence: Sentence, cue: Tok): string | null {
  if (!cue.text.startsWith('ف')) return null;
  for (let k = cue.index - 1; k >= 0; k--) {
    const u = ctx.toks[k] as Tok;
    if (u.start < sentence.start) break;
    if (lookup(u, ADDRESSEE_KEYS) === null) continue;
    const next = ctx.toks[k + 1];
    if (next === undefined) continue;
    const m = findStartingIn(ctx.mentions, next.start, next.end, (x) => x.type === 'person');
    if (m !== undefined) return m.name;
    const run = nameRun(ctx.toks, k + 1);
    if (run !== null && run.to - run.from >= 2 && /^ +$/.test(next.gap)) return ctx.text.slice(next.start, (ctx.toks[run.to - 1] as Tok).end);
    // `وسألت «الشروق» مسؤولاً في الوزارة …، فأجاب`: an unnamed person asked, after the asker, before any comma.
    for (let j = k + 1; j < cue.index && j - k <= 6; j++) {
      const u2 = ctx.toks[j] as Tok;
      if (j > k + 1 && /[،,.:]/.test(u2.gap)) break;
      if (speakerHeadAt(u2)) return description(ctx, j);
    }
  }
  return null;
}

/**
 * `ويشاطره الرأي محمد الحسنات، وهو دليل سياحي، قائلاً`: a name of two words or more set off by a
 * comma and وهو/وهي before a participle is the sentence's subject, though no list knows it.
 */
export function describedName(ctx: Context, sentence: Sentence, before: number): string | null {
  for (let k = firstFrom(ctx.toks, sentence.start); k < ctx.toks.length && (ctx.toks[k] as Tok).end <= before; k++) {
    const run = nameRun(ctx.toks, k);
    const next = run === null ? undefined : ctx.toks[run.to];
    if (run === null || run.to - run.from < 2 || next === undefined || !afterComma(next) || !HE_SHE_KEYS.has(next.key)) continue;
    const prev = ctx.toks[k - 1];
    if (prev !== undefined && (isStop(prev) || SUBJECT_STOP_KEYS.has(prev.key))) continue;
    return ctx.text.slice((ctx.toks[k] as Tok).start, (ctx.toks[run.to - 1] as Tok).end);
  }
  return null;
}

/** How many tokens an apposition between commas may have (`، التي قتل ابنها في الهجوم ،`). */
const APPOSITION_WORDS = 12;

/**
 * `ماري ويليامز ، التي قتل ابنها في الهجوم ، قالت :`، `جون ماكلين، 45 عاما، قال`: a verb with no و or ف
 * whose sentence opens on a name no list knows (two to four words, a given name first) set off by a
 * comma, with an apposition closed by a comma right before the verb: that name is its subject.
 */
export function appositionOpener(ctx: Context, sentence: Sentence, cue: Tok): string | null {
  if (/^[وف]/.test(cue.text) || !/[،,]\s*$/.test(cue.gap)) return null;
  const first = firstFrom(ctx.toks, sentence.start);
  const t = ctx.toks[first];
  if (t === undefined || lookup(t, GIVEN_KEYS) === null) return null;
  const run = nameRun(ctx.toks, first);
  const after = run === null ? undefined : ctx.toks[run.to];
  if (run === null || run.from !== first || run.to - run.from < 2 || after === undefined || !afterComma(after) || cue.index - run.to > APPOSITION_WORDS) return null;
  return ctx.text.slice(t.start, (ctx.toks[run.to - 1] as Tok).end);
}

/** Words opening a picture's credit line (`صورة : X`، `تصوير: X`): the person named there took the picture. */
const CREDIT_KEYS = keySet(['صورة', 'الصورة', 'تصوير', 'الصور', 'صور']);

/** `صورة : فلان`: a credit line names who took a picture, no actor of the story. */
function creditLine(ctx: Context, s: Sentence): boolean {
  const first = ctx.toks[firstFrom(ctx.toks, s.start)];
  const second = first === undefined ? undefined : ctx.toks[first.index + 1];
  return first !== undefined && second !== undefined && CREDIT_KEYS.has(first.key) && /^\s*:\s*$/.test(second.gap);
}

/**
 * Who a sentence is about when it opens with a verb and a named subject (`زار الرئيس قيس سعيد …`):
 * the speaker of a following subjectless `وقال` when no one has spoken yet.
 */
export function sentenceActors(ctx: Context): Spoken[] {
  const out: Spoken[] = [];
  for (const s of ctx.sentences) {
    if (creditLine(ctx, s)) continue;
    const actor = sentenceActor(ctx, s);
    if (actor !== null) out.push(actor);
  }
  return out;
}

/**
 * `وقدّرت بلدية X في بيان …`، `وأصدرت نقابة X بياناً …`: the body or person named first in a sentence
 * that gives a statement (within its first three words) issued it, whatever the sentence's verb; a
 * later `وأضاف البيان` speaks for it.
 */
export function statementIssuers(ctx: Context): Spoken[] {
  const out: Spoken[] = [];
  for (const s of ctx.sentences) {
    if (!aboutStatement(ctx, s.start)) continue;
    const k = firstFrom(ctx.toks, s.start);
    for (let j = k; j <= k + 2 && j < ctx.toks.length; j++) {
      const t = ctx.toks[j] as Tok;
      if (t.start >= s.end) break;
      const m = findStartingIn(ctx.mentions, t.start, t.end, (x) => x.type === 'person' || x.type === 'organization');
      if (m === undefined) continue;
      out.push({ start: t.start, speaker: m.type === 'person' ? m.name : m.form, gender: null, statement: true });
      break;
    }
  }
  return out;
}

/** The person named first, second or third in a sentence (before or after its opening verb), or after a fronted adverbial and a verb; null if none. */
function sentenceActor(ctx: Context, s: Sentence): Spoken | null {
  const k = firstFrom(ctx.toks, s.start);
  const topic = ammaTopic(ctx, s, k);
  if (topic !== null) return { start: s.start, speaker: topic, gender: null, statement: false };
  // A sentence may also open with its subject (`مجدي، الذي …، عاد`).
  for (let j = k; j <= k + 2 && j < ctx.toks.length; j++) {
    const t = ctx.toks[j] as Tok;
    if (t.start >= s.end) break;
    const title = findStartingIn(ctx.titles, t.start, t.end);
    const who = title !== undefined ? title.person : (findStartingIn(ctx.mentions, t.start, t.end, (m) => m.type === 'person')?.name ?? null);
    if (who !== null) return { start: t.start, speaker: who, gender: title === undefined ? null : phraseGender(title.text), statement: false };
  }
  const last = ctx.toks[firstFrom(ctx.toks, s.end) - 1];
  const fronted = last === undefined ? null : frontedActor(ctx, s, last);
  if (fronted !== null) return { start: s.start, speaker: fronted, gender: null, statement: false };
  const described = circumstantialTopic(ctx, s);
  if (described !== null) return { start: s.start, speaker: described, gender: null, statement: false };
  // `على السطح الخشبي تجلس أم مينا`: a scene verb after an adverbial with no comma, then the person.
  const first = ctx.toks[Math.min(k + SCENE_VERB_REACH, ctx.toks.length - 1)];
  const scene = (first === undefined ? null : sceneSubject(ctx, s, Math.min(first.end, s.end))) ?? namedByNamingWord(ctx, s);
  return scene === null ? null : { start: s.start, speaker: scene, gender: null, statement: false };
}

/** `يرتب بائع شاب اسمه سامر بضاعته`: the person a naming word (اسمه، تدعى) introduces is the one the sentence is about. */
function namedByNamingWord(ctx: Context, s: Sentence): string | null {
  for (const m of startingIn(ctx.mentions, s.start, s.end)) {
    const before = ctx.toks[firstFrom(ctx.toks, m.start) - 1];
    if (m.type === 'person' && before !== undefined && before.start >= s.start && lookup(before, NAMING_KEYS) !== null) return m.name;
  }
  return null;
}

/** How many words a scene sentence's adverbial may run before its verb and subject (`على السطح الخشبي تجلس X`). */
const SCENE_VERB_REACH = 8;

/** The first person of sentence `s` before `limit` named right after a present or feminine past verb, not after a preposition. */
function sceneSubject(ctx: Context, s: Sentence, limit: number): string | null {
  for (const m of startingIn(ctx.mentions, s.start, limit)) {
    if (m.type !== 'person') continue;
    const before = ctx.toks[firstFrom(ctx.toks, m.start) - 1];
    if (before === undefined || before.start < s.start || !/^ +$/.test(ctx.text.slice(before.end, m.start))) continue;
    if (presentShaped(before.key) && !isStop(before) && !isDefinite(before.key)) return m.name;
  }
  return null;
}

/**
 * `يدور الرجال حول الدلال X وهو يقود تيساً`: a person the sentence goes on to describe with وهو/وهي
 * (a circumstantial clause) is the one the scene is about, wherever the sentence names them.
 */
function circumstantialTopic(ctx: Context, s: Sentence): string | null {
  let found: string | null = null;
  for (let j = firstFrom(ctx.toks, s.start); j < ctx.toks.length && (ctx.toks[j] as Tok).start < s.end; j++) {
    const t = ctx.toks[j] as Tok;
    if (!HE_SHE_KEYS.has(t.key) || j === 0) continue;
    const before = ctx.toks[j - 1] as Tok;
    const m = findLastStartingIn(ctx.mentions, s.start, before.start + 1, (x) => x.type === 'person' && x.end === before.end);
    if (m === undefined) continue;
    if (found !== null && found !== m.name) return null;
    found = m.name;
  }
  return found;
}

/**
 * `أما ياسين، وهو طالب …، فيعمل …`: the person a sentence opening with أما sets out as its topic — a
 * person mention, or a listed given name (with any name words after it) closed by a comma.
 */
function ammaTopic(ctx: Context, s: Sentence, k: number): string | null {
  const t = ctx.toks[k + 1];
  if (!TOPIC_KEYS.has(ctx.toks[k]?.key ?? '') || t === undefined || t.start >= s.end) return null;
  const m = findStartingIn(ctx.mentions, t.start, t.end, (x) => x.type === 'person');
  if (m !== undefined) return m.name;
  const run = nameRun(ctx.toks, k + 1);
  const after = run === null ? undefined : ctx.toks[run.to];
  if (run === null || !GIVEN_KEYS.has(t.key) || after === undefined || !/[،,]/.test(after.gap)) return unlistedTopicName(ctx, t);
  return ctx.text.slice(t.start, (ctx.toks[run.to - 1] as Tok).end);
}

/**
 * `أما لين الأحمد، طالبة الأدب، فلم تزر أهلها`: after أما, a plain word and a definite one set off by a
 * comma are a name no list knows (a common noun would be definite itself, or in construct with no comma
 * after its genitive: `أما سكان القرية فيقولون`).
 */
function unlistedTopicName(ctx: Context, t: Tok): string | null {
  const family = ctx.toks[t.index + 1];
  const after = ctx.toks[t.index + 2];
  // (A topic takes no preposition: its first letter is the word's own, ل and ب included.)
  if (t.kind !== 'word' || isDefinite(t.key) || isStop(t) || hasTanween(t) || lookup(t, SPEAKER_HEAD_KEYS) !== null || lookup(t, TITLE_KEYS) !== null || family === undefined || !family.spaced || !isDefinite(family.key)) return null;
  if (after === undefined || !afterComma(after)) return null;
  const name = ctx.text.slice(t.start, family.end);
  ctx.learned.push({ start: t.start, name });
  return name;
}

/**
 * `واستقبل الرئيس X وفد البنك الدولي، وقال`: a subjectless و-verb after a comma shares the subject of
 * the verb opening its sentence, not the object named last before it.
 */
export function openerActor(ctx: Context, sentence: Sentence, cue: Tok, gender: Gender): string | null {
  if (!cue.text.startsWith('و')) return null;
  const actor = sentenceActor(ctx, sentence);
  if (actor !== null) return actor.start < cue.start && agrees(actor.gender, gender) ? actor.speaker : null;
  return frontedActor(ctx, sentence, cue);
}

/**
 * `وداخل القاعة، جلست خديجة المسماري التي …، وقالت`: after a fronted adverbial closed by a comma,
 * a verb and a name of two words or more that no list knows.
 */
function frontedActor(ctx: Context, sentence: Sentence, cue: Tok): string | null {
  // A sentence opening on a quote mark is someone's words: its commas set off no adverbial of the narrative.
  if (/^\s*[«"“]/.test(ctx.text.slice(sentence.start, sentence.end))) return null;
  const k = firstFrom(ctx.toks, sentence.start);
  // `وفي مخيم X، أكبر مخيمات المحافظة، قالت النازحة Y`: a two-word phrase closed by a comma may be the
  // adverbial's apposition; an actor after the next comma is preferred to it.
  let apposed: string | null = null;
  // The adverbial may itself hold an apposition (`في سوق الماشية بعين ولمان، جنوب سطيف، يتفحص عبد القادر`): the verb follows its last comma.
  for (let j = k + 1, commas = 0; j <= k + 12 && j + 1 < cue.index && commas < 2; j++) {
    if (!/[،,]/.test((ctx.toks[j] as Tok).gap)) continue;
    commas++;
    const verb = ctx.toks[j] as Tok;
    const first = ctx.toks[j + 1] as Tok;
    if (commas === 1 && j > k + 11) return null;
    // (`، وهي أم لخمسة`: وهو/وهي open a circumstantial clause about someone named before, not a verb and its subject.)
    if (!/^ +$/.test(first.gap) || COMPLEMENTIZERS.has(verb.key) || SUBJECT_STOP_KEYS.has(verb.key) || HE_SHE_KEYS.has(verb.key) || articleWritten(verb)) continue;
    // (`، حين تتجاوز الحرارة`: a conjunction of time or a particle opens a clause, and its verb is no name.)
    if ((isStop(verb) || TEMPORAL_KEYS.has(verb.key)) && looksImperfect(first)) continue;
    const kunya = kunyaName(ctx, first, j + 1);
    if (kunya !== null) return kunya;
    // (`قالت النازحة X Y`: a definite life description, then the person it introduces.)
    const introduced = lifeDescription(first) ? ctx.toks[j + 2] : undefined;
    const m = findStartingIn(ctx.mentions, first.start, first.end, (x) => x.type === 'person') ?? (introduced === undefined ? undefined : findStartingIn(ctx.mentions, introduced.start, introduced.end, (x) => x.type === 'person'));
    if (m !== undefined) return m.name;
    // `وفي السوق، تقف بائعة الخبز زينب الساعدي …`: a described person (a description, the name it introduces) after the verb.
    const described = describedActor(ctx, first, cue.start);
    if (described !== null) return described;
    const run = nameRun(ctx.toks, j + 1);
    if (run === null || run.to - run.from < 2 || run.to >= cue.index) continue;
    // `رصّت آمنة أكياس الكركدي`: two plain words run on into more words are a name and the verb's object.
    const second = ctx.toks[j + 2] as Tok;
    const after = ctx.toks[run.to] as Tok;
    if (run.to - run.from === 2 && !articleWritten(second) && after.spaced && !isStop(after)) return apposed ?? (lookup(first, KUNYA_NAME_KEYS) !== null ? first.text : null);
    const found = ctx.text.slice(first.start, (ctx.toks[run.to - 1] as Tok).end);
    if (commas === 1 && run.to - run.from === 2 && /[،,]/.test(after.gap) && lookup(first, KUNYA_NAME_KEYS) === null) {
      apposed = found;
      continue;
    }
    return found;
  }
  return apposed;
}

/** A speaker head opening a description at `t`, read as a subject (`بائعة الخبز فاطمة علي` → فاطمة علي), or null. */
function describedActor(ctx: Context, t: Tok, limit: number): string | null {
  if (lookup(t, SPEAKER_HEAD_KEYS) === null || isStatementHead(t)) return null;
  const who = subjectAt(ctx, t.index, limit);
  return who !== null && who.includes(' ') ? who : null;
}

const isStatementHead = (t: Tok): boolean => lookup(t, STATEMENT_HEAD_KEYS) !== null;

const TOPIC_KEYS = keySet(['أما']);
/** How far (in tokens) before its ف-verb an أما topic may stand, a relative clause between (`أما X، الذي يعمل … منذ ثلاثة عقود، فـ`). */
const TOPIC_REACH = 16;

/**
 * `أما الدليل X، الذي …، فيختصر المشهد بجملة واحدة: «…»`: a quote after a colon in a sentence opened by
 * an أما topic and answered by a ف-word is the topic's, whatever the verb.
 */
export function ammaColon(ctx: Context, sentence: Sentence, open: number): string | null {
  if (!/:\s*[«"“]?\s*$/.test(ctx.text.slice(sentence.start, open))) return null;
  const k = firstFrom(ctx.toks, sentence.start);
  if (!TOPIC_KEYS.has(ctx.toks[k]?.key ?? '')) return null;
  for (let j = k + 2; j < ctx.toks.length && (ctx.toks[j] as Tok).start < open && j - k <= TOPIC_REACH; j++) {
    const u = ctx.toks[j] as Tok;
    if (/^ف/.test(u.text) && u.key.length >= 4) return topic(ctx, k, u.start);
  }
  return null;
}

/** `أما سلوى كريم، فقالت:`: a topic fronted by أما is the subject of the ف-verb that answers it. */
export function topicBefore(ctx: Context, sentence: Sentence, cue: Tok): string | null {
  if (cue.text.startsWith('ف')) {
    for (let k = cue.index - 1; k >= 0 && cue.index - k <= TOPIC_REACH; k--) {
      const u = ctx.toks[k] as Tok;
      if (u.start < sentence.start) break;
      if (TOPIC_KEYS.has(u.key)) return topic(ctx, k, cue.start);
    }
    return null;
  }
  // `أما الناشر جورج خوري فاشتكى …، وقال:`: a و-verb after a comma in a sentence opened by أما.
  const first = ctx.toks[firstFrom(ctx.toks, sentence.start)];
  if (!cue.text.startsWith('و') || !/[،,]\s*$/.test(cue.gap) || first === undefined || !TOPIC_KEYS.has(first.key)) return null;
  for (let k = first.index + 1; k < cue.index && k - first.index <= 8; k++) {
    const u = ctx.toks[k] as Tok;
    if (k > first.index + 1 && (u.text.startsWith('ف') || /[،,]/.test(u.gap))) return topic(ctx, first.index, u.start);
  }
  return null;
}

/** Words opening a topic that is a matter, not a person (`أما في ما يتصل بسوريا`، `أما بالنسبة إلى الأسعار`، `أما عن`). */
const MATTER_OPENING_KEYS = keySet(['في', 'فيما', 'بالنسبة', 'عن', 'على', 'ما']);

/**
 * `أما في ما يتصل بسوريا، فكرر أنّه «…»`: the sentence opens with a أما topic that is a matter, so its
 * ف-verb has no subject of its own: the speaker goes on from before.
 */
export function matterTopic(ctx: Context, sentence: Sentence, cue: Tok): boolean {
  const first = ctx.toks[firstFrom(ctx.toks, sentence.start)];
  const next = first === undefined ? undefined : ctx.toks[first.index + 1];
  return cue.text.startsWith('ف') && first !== undefined && next !== undefined && TOPIC_KEYS.has(first.key) && next.index < cue.index && MATTER_OPENING_KEYS.has(next.key);
}

/** The topic after أما (token `k`), ending before `limit`; a name set off by commas at its end is the topic's name. */
function topic(ctx: Context, k: number, limit: number): string | null {
  return setOffName(ctx, k, limit) ?? subjectOrPhrase(ctx, k + 1, limit);
}

/** `أما مدير الشركة التي …، خالد المري، فيرى`: the name between the last two commas before `limit`. */
function setOffName(ctx: Context, k: number, limit: number): string | null {
  const end = firstFrom(ctx.toks, limit);
  const last = ctx.toks[end - 1];
  if (last === undefined || last.index <= k || !/^[\s]*[،,]\s*$/.test(ctx.text.slice(last.end, limit))) return null;
  for (let s = end - 1; s > k + 1 && end - s <= 4; s--) {
    const u = ctx.toks[s] as Tok;
    if (!/[،,]/.test(u.gap)) continue;
    const m = findStartingIn(ctx.mentions, u.start, u.end, (x) => x.type === 'person' && x.end === last.end);
    if (m !== undefined) return m.name;
    const run = nameRun(ctx.toks, s);
    return run !== null && run.to === end && run.to - run.from >= 2 && !articleWritten(u) ? ctx.text.slice(u.start, last.end) : null;
  }
  return null;
}

const OPENING_CONJUNCTION_KEYS = keySet(['لكن', 'ولكن', 'غير', 'بيد', 'إلا', 'أن', 'ثم']);

/**
 * `لكن موظفة في أحد المصارف، طلبت عدم نشر اسمها، قالت …`: a verb with no conjunction, past the
 * sentence's start, has its subject before it: an unnamed speaker opening the sentence.
 */
export function frontedDescription(ctx: Context, sentence: Sentence, cue: Tok): string | null {
  let k = firstFrom(ctx.toks, sentence.start);
  while (k < cue.index && OPENING_CONJUNCTION_KEYS.has((ctx.toks[k] as Tok).key)) k++;
  const head = ctx.toks[k];
  if (head === undefined || k >= cue.index - 1) return null;
  const isHead = speakerHeadAt(head);
  return isHead ? description(ctx, k) : null;
}

/**
 * `سائق الأجرة الذي يعمل على الخط … يقول`: a sentence opening on a description made definite by its
 * genitive, then a relative clause, speaks of someone the text has met already (a new person comes in
 * indefinite: `سائق أجرة يعمل …`); the description refers back.
 */
export function definiteDescriptionOpens(ctx: Context, sentence: Sentence, cue: Tok): boolean {
  let k = firstFrom(ctx.toks, sentence.start);
  while (k < cue.index && OPENING_CONJUNCTION_KEYS.has((ctx.toks[k] as Tok).key)) k++;
  const head = ctx.toks[k];
  const genitive = ctx.toks[k + 1];
  const relative = ctx.toks[k + 2];
  if (head === undefined || genitive === undefined || relative === undefined || k + 2 >= cue.index) return false;
  return speakerHeadAt(head) && !isDefinite(head.key) && /^ +$/.test(genitive.gap) && articleWritten(genitive) && /^ +$/.test(relative.gap) && SINGULAR_RELATIVE_KEYS.has(relative.key);
}

/** Every reporting verb with a named subject (relayed sources read through), by offset: who spoke last, quoted or not. */
export function explicitSubjects(ctx: Context): Spoken[] {
  const out: Spoken[] = [];
  // A verb inside quote marks is the speaker's own words (`«حملت الصغار …»`), not the narrative's.
  const spans = quoteSpans(ctx.text);
  let s = 0;
  for (const t of ctx.toks) {
    while (s < spans.length && (spans[s] as MarkedSpan).innerEnd <= t.start) s++;
    const quoted = s < spans.length && (spans[s] as MarkedSpan).innerStart <= t.start;
    if (!quoted && reportingVerb(t) && !MASDAR_BEFORE_KEYS.has(ctx.toks[t.index - 1]?.key ?? '') && !notReporting(ctx, t)) {
      const sentence = containing(ctx.sentences, t.start);
      const who = sentence === undefined ? explicitSubject(ctx, t) : (relayedSource(ctx, t, sentence.end) ?? explicitSubject(ctx, t) ?? pluperfectSubject(ctx, t, sentence));
      // `ذكر X أنه إذا …، فإن البلاد تتوقع بريطانيا …`: a verb inside what an earlier speaker of its sentence reports is not the narrative's speaker.
      const reporter = sentence === undefined ? undefined : out.findLast((o) => o.start >= sentence.start && o.start < t.start);
      const inside = reporter !== undefined && complementizerBetween(ctx, reporter.start, t.index);
      if (who !== null && !isStatement(who) && !inside) out.push({ start: t.start, speaker: who, gender: cueGender(t), statement: aboutStatement(ctx, t.start) });
    }
    // `يظهر وداع X قائلاً لابنه`: a saying participle right after a person names who speaks, whatever the verb.
    const said = quoted ? null : speakerBeforeParticiple(ctx, t);
    if (said !== null) out.push({ start: t.start, speaker: said, gender: cueGender(t), statement: false });
    const met = spellingFact(t, FACT.meetingVerb, meetingVerb) ? interviewee(ctx, t) : null;
    if (met !== null) out.push({ start: t.start, speaker: met, gender: null, statement: false });
  }
  // (Stable: for a verb of both kinds, its subject stays before the person met.)
  return out.sort((a, b) => a.start - b.start);
}

/** Participles of saying that follow the one speaking (`قائلاً`، `قائلة`): not the naming ones (`واصفاً`). */
const SAYING_PARTICIPLE_KEYS = keySet(['قائلا', 'قائلة', 'قائلين', 'مضيفا', 'مضيفة']);
/** Asked of every token outside quote marks (`explicitSubjects`): once per spelling. */
const sayingParticiple = (t: Tok): boolean => lookup(t, SAYING_PARTICIPLE_KEYS) !== null;

/** A person the entity pass named ending right before a saying participle (spaces only between), else null. */
function speakerBeforeParticiple(ctx: Context, t: Tok): string | null {
  if (!spellingFact(t, FACT.sayingParticiple, sayingParticiple) || !/^ +$/.test(t.gap)) return null;
  const prev = ctx.toks[t.index - 1];
  if (prev === undefined) return null;
  const m = findLastStartingIn(ctx.mentions, prev.start - 60, prev.end, (x) => x.type === 'person' && x.end === prev.end);
  // (`هاجم النائب X الوزير Y قائلاً`: a person after another in the same clause is the verb's object; the participle is the subject's.)
  const clause = Math.max(ctx.text.lastIndexOf('\n', t.start), ...['.', '،', ',', '؛', ':'].map((c) => ctx.text.lastIndexOf(c, t.start)));
  const before = (at: number): boolean => someStartingIn(ctx.mentions, clause + 1, at, (x) => x.type === 'person' && x.end <= at);
  if (m !== undefined) return before(m.start) ? null : m.name;
  // A name no list knows, opening on a given name and running up to the participle (`محمد صديق خان قائلاً`).
  for (let k = Math.max(0, t.index - 4); k <= t.index - 2; k++) {
    const first = ctx.toks[k] as Tok;
    if (lookup(first, GIVEN_KEYS) === null || /^[وفبل]/.test(first.text)) continue;
    const run = nameRun(ctx.toks, k);
    if (run !== null && run.from === k && run.to === t.index) return before(first.start) ? null : ctx.text.slice(first.start, prev.end);
  }
  return null;
}

/** A complementizer (أن، إن، بأن …) among the tokens after offset `from` and before token `to`. */
function complementizerBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = to - 1; k >= 0 && (ctx.toks[k] as Tok).start > from; k--) if (COMPLEMENTIZERS.has((ctx.toks[k] as Tok).key)) return true;
  return false;
}

/** Verbs of an outlet meeting or asking someone (`التقت «النهار» بالصياد X`): that person will speak. */
const MEETING_KEYS = keySet(['التقت', 'التقى', 'التقينا', 'التقيت', 'قابلت', 'قابل', 'قابلنا', 'حاورت', 'حاور', 'حاورنا', 'تحدثت', 'تحدث', 'تحدثنا', 'سألت', 'سأل', 'سألنا', 'زارت', 'زار', 'زرنا', 'رافقت', 'رافقنا']);
/** Asked of every token (`explicitSubjects`): once per spelling. */
const meetingVerb = (t: Tok): boolean => lookup(t, MEETING_KEYS) !== null;

/** The person met: after an optional outlet in marks, بـ/إلى/مع (or nothing), an optional definite noun (بالصياد), a name. */
function interviewee(ctx: Context, verb: Tok): string | null {
  let k = verb.index + 1;
  const outlet = /^\s*[«"“][^»"”\n]{1,40}[»"”]/u.exec(ctx.text.slice(verb.end, verb.end + 48));
  if (outlet !== null) k = firstFrom(ctx.toks, verb.end + outlet[0].length);
  const t = ctx.toks[k];
  if (t === undefined) return null;
  let at = k;
  if (t.key === 'الي' || t.key === 'مع') at = k + 1;
  else if (t.text.startsWith('ب') && t.forms.some((f) => f.letters > 0 && isDefinite(f.form))) at = k + 1;
  const u = ctx.toks[at];
  if (u === undefined || !/^ +$/.test(u.gap)) return null;
  const m = findStartingIn(ctx.mentions, u.start, u.end, (x) => x.type === 'person');
  if (m !== undefined) return m.name;
  // `التقينا القبطان X`: a title phrase naming the person met, or a definite word (a title the lists lack, a trade) before a name.
  const title = findStartingIn(ctx.titles, u.start, u.end);
  if (title !== undefined && title.person !== null) return title.person;
  const next = ctx.toks[at + 1];
  if (at === k && articleWritten(u) && next !== undefined && /^ +$/.test(next.gap) && !articleWritten(next)) {
    const named = nameRun(ctx.toks, at + 1);
    if (named !== null && named.to - named.from >= 2) return ctx.text.slice(next.start, (ctx.toks[named.to - 1] as Tok).end);
  }
  const kunya = kunyaName(ctx, u, at);
  if (kunya !== null) return kunya;
  const run = nameRun(ctx.toks, at);
  return run !== null && run.to - run.from >= 2 && !articleWritten(u) ? ctx.text.slice(u.start, (ctx.toks[run.to - 1] as Tok).end) : null;
}

const RELATIVE_KEYS = keySet(['الذي', 'التي', 'الذين']);

/** `مع مصطفى كمال، الذي قال:`: a verb in a relative clause has the person the relative pronoun follows. */
export const afterRelative = (ctx: Context, cue: Tok): boolean => RELATIVE_KEYS.has(ctx.toks[cue.index - 1]?.key ?? '');

export function relativeAntecedent(ctx: Context, sentence: Sentence, cue: Tok): string | null {
  const rel = ctx.toks[cue.index - 1];
  if (rel === undefined || rel.start < sentence.start || !RELATIVE_KEYS.has(rel.key)) return null;
  const m = findLastStartingIn(ctx.mentions, rel.start - 60, rel.start, (x) => x.end <= rel.start);
  if (m !== undefined) return m.type === 'person' && /^\s*[،,]?\s*$/.test(ctx.text.slice(m.end, rel.start)) ? m.name : null;
  // A name no list knows, after a preposition (`مع مصطفى كمال، الذي`).
  for (let k = Math.max(0, rel.index - 3); k <= rel.index - 2; k++) {
    const run = nameRun(ctx.toks, k);
    const before = ctx.toks[k - 1];
    if (run === null || run.to !== rel.index || before === undefined || before.start < sentence.start || articleWritten(ctx.toks[k] as Tok)) continue;
    return ctx.text.slice((ctx.toks[k] as Tok).start, (ctx.toks[run.to - 1] as Tok).end);
  }
  return null;
}

export const PREPOSITION_BEFORE_KEYS = keySet(['في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'أمام', 'خلال', 'لدى', 'عند', 'حول', 'بعد', 'قبل']);

/**
 * A person-like noun phrase in the sentence before `cue` that no rule read: an unnamed speaker head
 * or a name of two words or more, not the object of a preposition. A subjectless verb after one is
 * not carried over to an earlier sentence's speaker (its subject is most likely that phrase).
 */
export function unreadActorBefore(ctx: Context, sentence: Sentence, cue: Tok): boolean {
  for (let k = firstFrom(ctx.toks, sentence.start); k < cue.index; k++) {
    const t = ctx.toks[k] as Tok;
    const before = ctx.toks[k - 1];
    if (before !== undefined && before.start >= sentence.start && PREPOSITION_BEFORE_KEYS.has(before.key)) continue;
    if (someStartingIn(ctx.mentions, t.start - 80, t.end, (m) => m.start <= t.start && m.end > t.start && m.type !== 'person')) continue;
    // An unnamed speaker head (`مسؤولاً` with its accusative alef), not a document or a counted noun (`312 بلاغاً`).
    const head = lookup(t, SPEAKER_HEAD_KEYS)?.form ?? (accusativeHead(t) ? t.key.slice(0, -1) : null);
    if (head !== null && !STATEMENT_HEAD_KEYS.has(head) && before?.kind !== 'number') return true;
    if (articleWritten(t) || isStop(t) || !t.spaced) continue;
    // (`يقلب الأوراق بأطراف أصابعه ويضيف:`: a present verb and its object, not a name, open a scene whose actor is carried over.)
    if (looksImperfect(t)) continue;
    const run = nameRun(ctx.toks, k);
    if (run !== null && run.to - run.from >= 2 && run.to <= cue.index && ctx.toks.slice(run.from, run.to).every((u) => !VERB_KEYS.has(u.key))) return true;
  }
  return false;
}

const STATEMENT_HEAD_KEYS = keySet(['بيان', 'البيان', 'بلاغ', 'البلاغ', 'أحد', 'إحدى']);

/**
 * The first person the sentence names before `cue` (a person mention, or the person a title phrase
 * names), not as a preposition's object: in a verbal sentence the subject comes before the objects.
 */
export function soleSubjectBefore(ctx: Context, sentence: Sentence, cue: Tok): string | null {
  const named = [
    ...startingIn(ctx.mentions, sentence.start, cue.start).filter((m) => m.type === 'person').map((m) => ({ start: m.start, name: m.name, titled: false })),
    ...startingIn(ctx.titles, sentence.start, cue.start).flatMap((t) => (t.person === null ? [] : [{ start: t.start, name: t.person, titled: true }])),
  ].sort((a, b) => a.start - b.start);
  for (const n of named) {
    const before = ctx.toks[firstFrom(ctx.toks, n.start) - 1];
    if (before !== undefined && before.start >= sentence.start && PREPOSITION_BEFORE_KEYS.has(before.key)) continue;
    // A name right after a verb (`تجلس X`) or under a title; after another word (`يبيع نبيل قاسم`) its reading is in doubt.
    const afterVerb = before !== undefined && verbShaped(before.key);
    return n.titled || afterVerb ? n.name : null;
  }
  return null;
}

/**
 * Whether a whole sentence between the one holding `from` (where the carried-over speaker spoke or
 * was named) and the one holding `to` introduces another person: a person named there for the first
 * time, not as the object of a preposition. A subjectless verb after it is more likely that person's
 * than the earlier speaker's, and which one the text does not say: carry-over abstains (unless the verb's
 * gender agrees with one of them only).
 */
export function introducedBetween(ctx: Context, from: number, to: number, speaker: string, gender: Gender = null): boolean {
  const first = containing(ctx.sentences, from);
  const last = containing(ctx.sentences, to);
  if (first === undefined || last === undefined || last.index - first.index < 2) return false;
  const own = key(speaker).split(' ');
  const ownLast = own[own.length - 1] ?? '';
  for (const m of startingIn(ctx.mentions, first.end, last.start)) {
    if (m.type !== 'person') continue;
    const words = key(m.name).split(' ');
    if (words.includes(ownLast) || own.includes(words[words.length - 1] ?? '')) continue;
    // The phrase naming the person starts at its title, if any (`مع المحامي X`).
    const title = ctx.titles.find((p) => p.start <= m.start && p.end >= m.end);
    const before = ctx.toks[firstFrom(ctx.toks, title?.start ?? m.start) - 1];
    if (before !== undefined && PREPOSITION_BEFORE_KEYS.has(before.key)) continue;
    // `وأضافت` after `ورأى النائب X`: agreement tells the two apart.
    if (title !== undefined && !agrees(phraseGender(title.text), gender)) continue;
    const k = key(m.name);
    if (ctx.mentions.some((x) => x.type === 'person' && x.start < m.start && key(x.name) === k && x.start < from)) continue;
    return true;
  }
  return false;
}
