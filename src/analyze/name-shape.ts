/**
 * A last look at each person mention: words that cannot stand in a person's name by their shape,
 * whatever rule proposed them. Rules that let a name no list knows start in a slot (after a verb,
 * a title, a description) also take the slot's other fillers: on real news text (TAC 2011 and EASC,
 * read by hand) `يحمل`، `يغادر الجولة`، `تقديراً`، `بتغير المناخ`، `لمخاطر صحية` came out as people, and
 * `أحمدي نجاد يبتسم` as a name. A mention whose first word is such a word is no person; one whose
 * later word is is cut before it. Listed given names and kunya names are never judged.
 */
import { isStop, KUNYA_KEYS, KUNYA_NAME_KEYS, NAME_JOINER_KEYS } from './lexicon.js';
import { key } from '../text/index.js';
import { foreignShaped } from './foreign-word.js';
import { completedNasab, DEFINITE_VERBAL_NOUN, pluralNoun } from './noun-shapes.js';
import { hasTanween, isDefinite, keySet, latinWord, tokenView, withoutMarks, type Tok } from './tokens.js';
import type { EntityMention, QuoteMention, TitlePhrase } from './types.js';

/**
 * Present-tense verbs of the common patterns (key form): يفعل، يفاعل، يفتعل، يتفعّل، ينفعل، يستفعل. A
 * second letter و/ا/ي begins transliterated names (يوكو، ياسين) and is left alone. Not judged: the
 * future (ستـ begins ستريك، ستيفن) and the past plural in ـوا (فرنسوا).
 */
const PRESENT_VERB = /^(?:ي[^اوي](?:..|ا..|ت..)|يت...|ين...|يست...)$/;
/**
 * Closed-class words (pronouns with their particles, conjunctions, adverbs of time and place) the
 * stopword list lacks: never a word of a name, alone or beside others (`لأن الأطفال`).
 */
const FUNCTION_WORD_KEYS = keySet([
  'فهو', 'فهي', 'أننا', 'أنهم', 'إننا', 'إنهم', 'لأن', 'لأنه', 'لأنها', 'لأننا', 'لأنهم', 'بحيث', 'بينما', 'معا', 'حينما', 'بعدما', 'قبلما',
  'جانب', 'بجانب', 'عقب', 'ريثما', 'لكنه', 'لكنها',
]);

/**
 * Verb forms of other tenses, as written (marks removed): the future of a present in ت (`ستتناول`; only
 * ستتـ, since other words opening ستـ may be names: ستيفن، ستانلي), the past of تفعّل with its final ى
 * (`تلقى`، `تبنى`، `تحدى`; not `تركي`, written with ي, nor `تقوى`), and the past plural أفعلوا (`أدخلوا`).
 */
const OTHER_VERB = /^(?:ستت[^اوي]..+|ت[^اوي]{2}ى|[أا][^اوي]{3}وا)$/u;

/** ب/ل before a verbal noun or participle (`بتغير`، `بمعركة`، `لمخاطر`). */
const PREPOSED_NOUN = /^[بل][تم]...+$/;
/** ل fused with the article (`للمناخ`); `بال`/`كال` also begin names (بالمر، كالفن). */
const PREPOSED_ARTICLE = /^لل/;
/** A title's "person" opening with ب/ل (`لمهرجان جرش`) is a complement that goes on describing the title holder. */
const PREPOSITIONAL = /^[بل]/u;

/** A listed given or kunya name, joiner or kunya word (`فاطمة`، `بن`، `أبو`): never judged. */
const listed = (t: Tok): boolean => KUNYA_NAME_KEYS.has(t.key) || NAME_JOINER_KEYS.has(t.key) || KUNYA_KEYS.has(t.key);

/**
 * Whether `t`, a word of a person mention of `words` words, cannot be a word of a person's name (see
 * the file comment). A stopword alone is no name (`فهي`، `بحيث`); beside other words it may be one
 * (`حسب الله`، `غير بيدرسن`، `لي كه تشيانغ`); the closed-class words the list lacks never are.
 */
function notANameWord(t: Tok, words: number): boolean {
  if (t.kind !== 'word') return true;
  if (listed(t)) return false;
  return (words === 1 && isStop(t)) || FUNCTION_WORD_KEYS.has(t.key) || PREPOSED_HAMZA.test(withoutMarks(t.text)) || latinWord(t) || hasTanween(t) || PRESENT_VERB.test(t.key) || OTHER_VERB.test(withoutMarks(t.text)) || PREPOSED_NOUN.test(t.key) || PREPOSED_ARTICLE.test(t.key);
}

/** An indefinite feminine noun or adjective as written (`محطة`، `جديدة`), no listed name (`فاطمة`، `حمزة`). */
const indefiniteFeminine = (t: Tok): boolean => t.kind === 'word' && t.text.endsWith('ة') && !isDefinite(t.key) && !listed(t);

/** `محطة جديدة`: a feminine noun and its adjective, neither a listed name, open a common noun phrase (`افتتح الوزير محطة جديدة`). */
const commonNounPhrase = (first: Tok, second: Tok): boolean => indefiniteFeminine(first) && indefiniteFeminine(second);

/**
 * `مهنة التصميم`، `اتجاهات الإصلاح`: a feminine noun or a feminine plural of six letters or more in construct
 * with a verbal noun, no name.
 */
const actionPhrase = (first: Tok, second: Tok): boolean =>
  (indefiniteFeminine(first) || (first.kind === 'word' && first.key.length >= 6 && first.key.endsWith('ات') && !listed(first))) && DEFINITE_VERBAL_NOUN.test(second.key);

/**
 * `رائد أبو السعود محطة`: after a word with the article, an indefinite feminine noun is the verb's
 * object, not the name's end; Maghrebi family names in بو/بن are names (`نور الدين بوخالفة`، `بنسودة`).
 */
const commonNounAfter = (previous: Tok, t: Tok): boolean => isDefinite(previous.key) && indefiniteFeminine(t) && !/^(?:بو|بن)/.test(t.key);

/** `يهب`، `يقف`، `يصل`: a present verb of a hollow, assimilated or doubled root, three letters (session 16). */
const SHORT_PRESENT = /^ي[^اوي]{2}$/;
/** `ويرفعها`، `فتحمله`: و/ف + a present verb carrying an object pronoun, as written: the next clause (session 16). */
const CLAUSE_WITH_OBJECT = /^[وف][يت][^اوي]{2,3}(?:ها|هما|هم|هن|ه)$/u;

/**
 * `بأهلية`، `لإخراج`، `كأساس`: ب/ل/ك written on a hamza-initial word is a preposition and its noun (session 16),
 * as ف so written is a conjunction (names.ts); no name begins so, and a name's own ل or ب is peeled before
 * a mention starts (`لأحمد` is mentioned as أحمد).
 */
const PREPOSED_HAMZA = /^[وف]?[بلك][أإآ]/u;

/**
 * A word after a name's first word that opens the predicate (session 16): a three-letter present verb
 * (`الإله X يهب لنجدة`), or و/ف + a present verb with its object pronoun (`X ويرفعها`). No name word is
 * either; the longer present verbs are `PRESENT_VERB`'s.
 */
const predicateAfter = (t: Tok): boolean => t.kind === 'word' && !listed(t) && (SHORT_PRESENT.test(t.key) || CLAUSE_WITH_OBJECT.test(withoutMarks(t.text)));

/**
 * `الفلكي الصيني X نظرية`، `العالم X Y طريقة`: a transliterated word no list knows, then an indefinite Arabic feminine noun
 * (ة): no European or East Asian name ends in one, so the noun is the verb's object (session 16). After a
 * listed given name an Arab family name in ة stays (`ميشال سماحة`).
 */
const objectAfterForeign = (previous: Tok, t: Tok): boolean => indefiniteFeminine(t) && !listed(previous) && foreignShaped(previous);

/**
 * The person mentions that keep a name's shape, cut before their first word that cannot be a name's
 * (and before a joiner left dangling: `عبد`، `بن`); a mention cut to nothing is dropped, and so is a
 * mention that stands for a full name (a surname, `الجولة` for `يغادر الجولة`) when that name does not
 * keep its shape whole, and a mention of one joiner alone (`عبد` for `عبد الله العلي`). Other types are
 * kept as they are.
 */
export function personShaped(mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'person') out.push(m);
    else if (loneJoiner(m.form)) continue;
    else if (m.name === m.form) {
      const shaped = cutToShape(m);
      if (shaped !== null) out.push(shaped);
    } else if (shapedName(m.name) === m.name) out.push(m);
  }
  return out;
}

/** `عبد`، `أبو`، `بن` alone: half of a name, never one. */
const loneJoiner = (form: string): boolean => {
  const toks = tokenView(form);
  // (Two joiners can be a name: `أبو دي`, the short form of خالد أبو دي.)
  return toks.length === 1 && (NAME_JOINER_KEYS.has((toks[0] as Tok).key) || KUNYA_KEYS.has((toks[0] as Tok).key));
};

/** A name as `personShaped` would show it written alone: cut, or null when it is no name. */
function shapedName(name: string): string | null {
  if (loneJoiner(name)) return null;
  return cutToShape({ kind: 'entity-mention', text: name, type: 'person', form: name, name, source: 'title', start: 0, end: name.length })?.name ?? null;
}

/** `m` cut before its first word that cannot be a name's, again until what is left keeps the shape; null for nothing left. */
function cutToShape(mention: EntityMention): EntityMention | null {
  let m = mention;
  for (;;) {
    const toks = tokenView(m.text);
    let keep = toks.findIndex((t, i) => notANameWord(t, toks.length) || (i > 0 && (commonNounAfter(toks[i - 1] as Tok, t) || predicateAfter(t) || objectAfterForeign(toks[i - 1] as Tok, t) || pluralNoun(t, completedNasab(toks, 0, i)))));
    if (keep !== 0 && toks.length >= 2 && (commonNounPhrase(toks[0] as Tok, toks[1] as Tok) || actionPhrase(toks[0] as Tok, toks[1] as Tok))) keep = 0;
    if (keep < 0) return m;
    while (keep > 0 && NAME_JOINER_KEYS.has((toks[keep - 1] as Tok).key)) keep--;
    if (keep === 0) return null;
    const text = m.text.slice(0, (toks[keep - 1] as Tok).end);
    // Cut at the end only, so the form (its start perhaps restored: للحلف → الحلف) loses the same tail.
    const form = m.form.slice(0, m.form.length - (m.text.length - text.length));
    m = { ...m, text, form, name: form, end: m.start + text.length };
  }
}

/** A title phrase that names a "person": the title's own words, that person as written, and as a name's shape leaves it. */
export interface TitleReading {
  readonly title: string;
  readonly person: string;
  readonly shaped: string | null;
}

/** The title phrases that end on their person, each read once for `titledSpeakers` and `titleHolders`. */
export function titleReadings(titles: readonly TitlePhrase[]): TitleReading[] {
  return titles.flatMap((t) =>
    t.person === null || !t.text.endsWith(t.person) ? [] : [{ title: t.text.slice(0, t.text.length - t.person.length), person: t.person, shaped: shapedName(t.person) }],
  );
}

/**
 * Speakers taken from a title phrase's person that has no name's shape (`افتتح وزير المياه والري محطة
 * جديدة`: the title's "person" is the verb's object) are the title itself (`وزير المياه والري`), or the
 * whole phrase when that "person" is a ب/ل complement of it (`مسؤول في اللجنة العليا لمهرجان جرش`).
 */
export function titledSpeakers(quotes: readonly QuoteMention[], titles: readonly TitleReading[]): QuoteMention[] {
  const instead = new Map<string, string>();
  for (const t of titles) {
    if (t.shaped !== null) continue;
    const title = PREPOSITIONAL.test(t.person) ? t.title + t.person : t.title.replace(/[\s،,]+$/u, '');
    if (title !== '') instead.set(t.person, title);
  }
  if (instead.size === 0) return [...quotes];
  return quotes.map((q) => {
    const title = q.speaker === null ? undefined : instead.get(q.speaker);
    return title === undefined ? q : { ...q, speaker: title };
  });
}

/**
 * The person a description names across a story's documents: `وزير المياه والري` in one report is
 * `رائد أبو السعود` when another writes `وزير المياه والري الأردني رائد أبو السعود` and no other title
 * phrase of the story opening with those words names someone else. Descriptions of one word
 * (`الوزير`) are never resolved so: too many people hold them. A person run on into the next word
 * (`رائد أبو السعود محطة`) holds the title as cut.
 */
export function titleHolders(titles: readonly TitleReading[]): (description: string) => string | null {
  const held = titles.flatMap((t) => (t.shaped === null ? [] : [{ words: key(t.title).split(/\s+/).filter(Boolean), person: t.shaped }]));
  return (description) => {
    const words = key(description).split(/\s+/).filter(Boolean);
    if (words.length < 2) return null;
    const people = new Set(held.filter((h) => words.every((w, i) => h.words[i] === w)).map((h) => h.person));
    return people.size === 1 ? ([...people][0] as string) : null;
  };
}
