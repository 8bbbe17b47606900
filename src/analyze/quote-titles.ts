/**
 * A title phrase resolved to the person it names in the article (`الوزير` → the last `وزير X`).
 */
import { key } from '../text/index.js';
import { isDefinite, isNisba, keySet, lookup, type Tok } from './tokens.js';
import type { TitlePhrase } from './types.js';
import { type Context, findLastStartingIn, findStartingIn, startingIn } from './quote-context.js';
import { firstFrom } from './search.js';
import { COMPLEMENTIZERS, isStop, OCCUPATION_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { presentShaped } from './names.js';

/** Bodies named two ways in titles: رئيس الحكومة = رئيس الوزراء. */
const ORGAN_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  [key('الحكومة'), [key('وزراء')]],
  [key('الوزراء'), [key('حكومة')]],
  [key('البلاد'), [key('جمهورية'), key('دولة')]],
  // `رئيس البلدية` = رئيس المجلس (الشعبي) البلدي
  [key('البلدية'), [key('بلدي')]],
]);

/** The person a bare title (الوزير، الرئيس الفرنسي) refers to: the last one named with that title before `offset`. */
export function resolveTitle(ctx: Context, phrase: TitlePhrase): string | null {
  if (phrase.person !== null) return phrase.person;
  const phraseKey = key(phrase.text);
  const words = phraseKey.split(' ');
  const last = words[words.length - 1] as string;
  // (`البلدية` ends like a nisba but is a body.)
  const nationality = words.length >= 2 && isNisba(last) && !ORGAN_SYNONYMS.has(last) ? last : null;
  const bare = words.length === 1 || (words.length === 2 && nationality !== null);
  // `طارق الحسيني، محافظ البنك المركزي`: a title set off after a name names that person.
  const earlier = ctx.titles.filter((t) => t.end <= phrase.start).map((t) => (t.person === null ? { ...t, person: appositiveOwner(ctx, t) } : t)).filter((t) => t.person !== null);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const t = earlier[i] as TitlePhrase;
    if (bare ? t.head === phrase.head && (nationality === null || key(t.text).split(' ').includes(nationality)) : key(t.text).startsWith(phraseKey)) return t.person;
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
  const holder = bodyHolder(ctx, phrase, words);
  if (holder !== null) return holder;
  if (bare && nationality === null) {
    // `وزيرة السياحة … قالت الوزيرة`: the nearest earlier title with that head, though it names no one.
    const unnamed = findLastStartingIn(ctx.titles, 0, phrase.start, (t) => t.end <= phrase.start && t.head === phrase.head && t.person === null && key(t.text).split(' ').length >= 2);
    if (unnamed !== undefined) return unnamed.text;
  }
  return null;
}

/** Stopwords a title's chain may hold before its holder's name (`رئيس الجمعية التعاونية في الوادي X`). */
const IN_TITLE_STOPS = keySet(['في', 'لدى']);

/** How many words after an indefinite body word (`رئيس اتحاد …`) the name of its holder may start. */
const HOLDER_REACH = 9;

/**
 * `رئيس الاتحاد`، `رئيس الجمعية`، `رئيس النادي المستقيل`: the person the text named earlier with the same
 * title word over the same body written indefinite (`رئيس اتحاد مزارعي الدلتا حامد أوهاج`), the first
 * person named after it in its clause (no verb, complementizer or punctuation but a comma between), by
 * the entity pass or by a subject reading.
 * Read on the words, whatever title phrase the entity pass made of them; the nearest such title wins.
 */
function bodyHolder(ctx: Context, phrase: TitlePhrase, words: readonly string[]): string | null {
  const body = words[1];
  if (body === undefined || !isDefinite(body) || body.length < 5) return null;
  const bodies = new Set([body.slice(2), ...(ORGAN_SYNONYMS.get(body) ?? [])]);
  const head = words[0] as string;
  for (let k = firstFrom(ctx.toks, phrase.start) - 2; k >= 0; k--) {
    const t = ctx.toks[k] as Tok;
    const b = ctx.toks[k + 1] as Tok;
    if (!bodies.has(b.key) || !/^ +$/.test(b.gap) || !t.forms.some((f) => f.letters <= 1 && f.form === head)) continue;
    for (let j = k + 2; j < ctx.toks.length && j <= k + 1 + HOLDER_REACH; j++) {
      const u = ctx.toks[j] as Tok;
      if (u.start >= phrase.start || !/^[\s،,]*$/.test(u.gap) || COMPLEMENTIZERS.has(u.key) || lookup(u, VERB_KEYS) !== null) break;
      // `رئيس نقابة المعلمين قد التقى الوزير X`: the clause goes on past the title; X holds another.
      if ((isStop(u) && !IN_TITLE_STOPS.has(u.key)) || presentShaped(u.key)) break;
      // (A name the subject readings learned there counts too: `حامد أوهاج` is in no list.)
      const m = findStartingIn(ctx.mentions, u.start, u.end, (x) => x.type === 'person')?.name ?? ctx.learned.find((l) => l.start >= t.start && l.start <= u.start && ctx.text.startsWith(l.name, u.start))?.name;
      if (m !== undefined) return m;
    }
  }
  return null;
}

/** The person named right before a title with only a comma between (`X، محافظ البنك المركزي`). */
function appositiveOwner(ctx: Context, t: TitlePhrase): string | null {
  const m = findLastStartingIn(ctx.mentions, t.start - 60, t.start, (x) => x.end <= t.start);
  return m !== undefined && m.type === 'person' && /^\s*[،,]\s*$/.test(ctx.text.slice(m.end, t.start)) ? m.name : null;
}

/**
 * `مدير فرع الوزارة بالمنطقة، المهندس فهد الغامدي،`: a title naming no one, followed after a comma
 * by a title phrase that names a person, is that person.
 */
export function appositive(ctx: Context, phrase: TitlePhrase): string | null {
  for (const next of startingIn(ctx.titles, phrase.end, phrase.end + 120)) {
    const between = ctx.text.slice(phrase.end, next.start);
    if (/[:«"“.؛\n]/.test(between)) return null;
    if (next.person !== null) return /[،,]\s*$/.test(between) ? next.person : null;
  }
  return null;
}

/** `سائحة تدعى X`، `بائع اسمه X`: a naming word after a description, then the name. */
const NAMING_AFTER = /^\s+(?:[يت]دعى|[يت]سمى|اسمه|اسمها)\s+$/u;
/** `X، وهي سائحة …`، `X، أو «أبو سامر»`، `X (أبو سامر)`: what stands between a name and a description or alias set off after it. */
const SET_OFF_AFTER_NAME = /^\s*(?:[،,]\s*(?:وهي|وهو|أو)?|\()\s*[«"“]?\s*$/u;
/** How many of a speaker phrase's occurrences before its quote (the nearest first) are read for the person they are tied to. */
const REFERENT_OCCURRENCES = 4;

/** How many words a name after a naming word may take. */
const NAMED_WORDS = 3;

/**
 * The person the text ties a description, title or kunya speaker to (`السائحة`، `سائحة ألمانية`، `أبو
 * سامر`، `والده`), or null: at the speaker's nearest occurrences before `before` (or its indefinite form's,
 * for a definite description), the person named right before it and set off from it (`ماريا كوفالينكو،
 * وهي سائحة أوكرانية`، `محمود دلول، أو "أبو سامر"`), the name a naming word introduces after it (`سائحة
 * ألمانية تدعى آنا مولر`), or the person set off by commas right after it (`والده، الحاج إدريس حسن،`).
 */
export function namedReferent(ctx: Context, speaker: string, before: number): string | null {
  const written = [speaker, speaker.split(' ').map((w) => w.replace(/^ال(?=..)/u, '')).join(' ')];
  let best: { at: number; name: string } | null = null;
  for (const form of new Set(written)) {
    let seen = 0;
    for (let at = ctx.text.lastIndexOf(form, before); at >= 0 && (best === null || at > best.at) && seen < REFERENT_OCCURRENCES; at = at === 0 ? -1 : ctx.text.lastIndexOf(form, at - 1)) {
      seen++;
      if (!wordAt(ctx.text, at, at + form.length)) continue;
      const name = nameBefore(ctx, at) ?? nameAfterNaming(ctx, at + form.length) ?? nameSetOffAfter(ctx, at + form.length);
      if (name !== null && name !== speaker) {
        best = { at, name };
        break;
      }
    }
  }
  return best?.name ?? null;
}

/** `[from, to)` is whole words of `text`. */
const wordAt = (text: string, from: number, to: number): boolean => !/[\p{L}\p{M}]/u.test(text.charAt(from - 1)) && !/[\p{L}\p{M}]/u.test(text.charAt(to));

/** The person named right before `at`, set off from what follows by a comma (with وهي/وهو/أو) or a parenthesis. */
function nameBefore(ctx: Context, at: number): string | null {
  const m = findLastStartingIn(ctx.mentions, at - 80, at, (x) => x.end <= at);
  return m !== undefined && m.type === 'person' && SET_OFF_AFTER_NAME.test(ctx.text.slice(m.end, at)) ? m.name : null;
}

/** `والده، الحاج إدريس حسن، من فوق الدفة`: a person (a title phrase's, or a mention) set off by commas right after `end`. */
function nameSetOffAfter(ctx: Context, end: number): string | null {
  const comma = /^\s*[،,]\s*/u.exec(ctx.text.slice(end, end + 4));
  if (comma === null) return null;
  let at = end + comma[0].length;
  const title = findStartingIn(ctx.titles, at, at + 1);
  // (`الحاج X`، `الدكتور X`: an honorific the title reading did not take stands before the name.)
  const first = ctx.toks[firstFrom(ctx.toks, at)];
  if (title === undefined && first !== undefined && first.start === at && (lookup(first, TITLE_KEYS) !== null || lookup(first, OCCUPATION_KEYS) !== null)) at = (ctx.toks[first.index + 1] ?? first).start;
  const person = title?.person ?? findStartingIn(ctx.mentions, at, at + 1, (x) => x.type === 'person')?.name ?? null;
  const close = title?.person != null ? title.end : findStartingIn(ctx.mentions, at, at + 1)?.end;
  return person !== null && close !== undefined && /^\s*[،,:]/u.test(ctx.text.slice(close, close + 3)) ? person : null;
}

/** The name a naming word right after `end` introduces: a person mention, else up to three words before a boundary,, a verb-shaped word or a stopword. */
function nameAfterNaming(ctx: Context, end: number): string | null {
  const k = firstFrom(ctx.toks, end);
  const naming = ctx.toks[k];
  const first = ctx.toks[k + 1];
  if (naming === undefined || first === undefined || !NAMING_AFTER.test(ctx.text.slice(end, first.start))) return null;
  const m = findStartingIn(ctx.mentions, first.start, first.end, (x) => x.type === 'person');
  if (m !== undefined) return m.name;
  let last = first;
  for (let j = k + 2; j < ctx.toks.length && j - k - 1 < NAMED_WORDS; j++) {
    const t = ctx.toks[j] as Tok;
    if (!t.spaced || t.kind !== 'word' || isStop(t) || presentShaped(t.key)) break;
    last = t;
  }
  return ctx.text.slice(first.start, last.end);
}
