/**
 * Persons named with no title before them: a given name from the list and the name words after it
 * (`جلست خديجة المسماري التي`، `بائعة الخبز سعاد حمدان`، `منصور العتيبي، رئيس الجمعية`), a kunya
 * (`أم يوسف`، `أبو سمير الحلبي`), a compound given name (`نور الدين بوزيد`), and a lone given name
 * right after a reporting verb (`قالت ليلى إن`). A name that starts inside a facility's or a
 * place's name (`شارع محمد الخامس`، `مستشفى فهد`) is not a person.
 */
import { ABSTRACT_NOUN_KEYS, COMPLEMENTIZERS, COMPOUND_HEAD_KEYS, DEFINITE_GIVEN_KEYS, GIVEN_KEYS, HE_SHE_KEYS, isStop, KUNYA_KEYS, LOCATIVE_KEYS, KUNYA_NAME_KEYS, NAME_JOINER_KEYS, NASAB_KEYS, OCCUPATION_KEYS, ORG_CUE_KEYS, TEMPORAL_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { articleWritten, circumstantial, givenNameNotTitle, looksImperfect, objectAfterName, mannerWord, nameRun, plainWord, possessiveNoun, pronounObject } from './names.js';
import { isPlaceAdjective } from './gazetteer.js';
import { FACILITY_KEYS, inFacilityName } from './named-things.js';
import { isStopword } from '../text/index.js';
import { FOREIGN_GIVEN_NAMES } from './data/given-names.js';
import { hasTanween, isDefinite, isNisba, joined, keySet, lookup, lookupAfterConjunction, startAfter, withoutMarks, type Form, type Tok } from './tokens.js';

/**
 * Nouns of places, buildings and works named after a person: the name after them is theirs. The facilities
 * (named-things.ts), and places, families and reigns that speak of the person too (`قصر الملك`، `عهد الملك`).
 */
const NAMED_AFTER_KEYS: ReadonlySet<string> = new Set([...FACILITY_KEYS, ...keySet([
  'مرفأ', 'كنيسة', 'دير', 'مقام', 'ضريح', 'قصر', 'دار', 'قرية', 'بلدة', 'مخيم', 'سوق', 'مزرعة', 'وقف',
  'خان', 'تل', 'عين', 'بئر', 'جبل', 'وادي', 'كفر', 'بني', 'أولاد', 'آل', 'عائلة', 'أسرة', 'قبيلة', 'عشيرة', 'سيدي', 'عهد', 'حكم', 'نظام', 'زمن', 'عصر',
])]);

/** `t` read without its و/ف, as `nameRun` expects a name's first word. */
function bare(t: Tok, f: Form): Tok {
  if (f.letters === 0) return t;
  const start = startAfter(t, f.letters);
  return { ...t, key: f.form, text: t.text.slice(start - t.start), start, forms: [{ form: f.form, compact: f.compact, letters: 0 }] };
}

/**
 * The name run at `i` with its first word read bare: token range and clean offsets. The word before stays
 * in view (`يفرغ X بن Y حقيبة غوص`: the scene's verb tells the run's last word from the verb's object),
 * unless `alone` (a name with عبد, whose object `compoundName` reads).
 */
function runAt(toks: readonly Tok[], i: number, f: Form, alone = false): { to: number; start: number; end: number } | null {
  const before = i > 0 && !alone ? 1 : 0;
  const view = toks.slice(i - before, i + 8);
  view[before] = bare(toks[i] as Tok, f);
  const run = nameRun(view, before);
  if (run === null) return null;
  return { to: i - before + run.to, start: (view[before] as Tok).start, end: (view[run.to - 1] as Tok).end };
}

const namedAfter = (before: Tok | undefined, t: Tok): boolean =>
  before !== undefined && joined(t) && before.forms.some((f) => NAMED_AFTER_KEYS.has(f.form) || ORG_CUE_KEYS.has(f.form));

/** A boundary after a lone name: punctuation, a stopword (إن، أن، في، أمام), an adverb of place, a manner word or ل. */
const closes = (t: Tok | undefined): boolean => t === undefined || !joined(t) || isStop(t) || /^ل/.test(t.key) || LOCATIVE_KEYS.has(t.key) || mannerWord(t);

/**
 * `جاء أحمد متأخراً`: a last word ending in the accusative alef (its tanween unwritten) of five
 * letters or more is a circumstantial adjective, not a surname; the run is cut before it.
 */
function trimmed(run: { to: number; start: number; end: number } | null, toks: readonly Tok[], i: number, min: number): (NameSpan & { readonly to: number }) | null {
  if (run === null) return null;
  let to = run.to;
  // `بين أدم وثمريت`: a word carrying the conjunction و starts another noun, not the name's next word.
  for (let k = i + 1; k < to; k++) {
    const w = (toks[k] as Tok).key;
    if (/^و/.test(w) && !KUNYA_NAME_KEYS.has(w) && !NAME_JOINER_KEYS.has(w)) to = k;
  }
  // `موسى يستطيع`، `محمد ليعيش`، `شفيق رفض`: an unlisted word with a verb's prefix (ي، ت، ل), or of
  // three letters (the past verb فعل) right after the given name, is no name word.
  for (let k = i + 1; k < to; k++) {
    const u = toks[k] as Tok;
    if (isDefinite(u.key) || KUNYA_NAME_KEYS.has(u.key) || NAME_JOINER_KEYS.has(u.key)) continue;
    // (`محمود عبد الراضي يعد الحمولات`: after a definite name word, a three-letter ي/ت word is a present verb too.)
    const afterDefinite = isDefinite((toks[k - 1] as Tok).key) && /^[يت]/.test(u.key) && u.key.length === 3;
    // (`تكون فاطمة مسا قد ملأت`: no verb stands right before قد, which opens the predicate after its subject.)
    const beforeQad = toks[k + 1]?.key === 'قد' && joined(toks[k + 1] as Tok);
    if ((/^[يتل]/.test(u.key) && u.key.length >= 4) || (k === i + 1 && u.key.length === 3 && !beforeQad) || afterDefinite) to = k;
  }
  while (to - i > 1 && /ا$/.test((toks[to - 1] as Tok).key) && (toks[to - 1] as Tok).key.length >= 5) to--;
  // `قيس سعيد مذكرة تفاهم`: three plain words with no boundary after them end in the verb's object.
  const after = toks[to];
  const plain = toks.slice(i, to).every((u) => !isDefinite(u.key) && !NAME_JOINER_KEYS.has(u.key));
  // (`تجمع آمنة محمد صالح الحطب`: a third word that is a given name itself, before a definite object, is the grandfather's.)
  // (`زينب محمد علي فقدت زوجها`: so is one before a past verb, which opens the predicate.)
  const grandfather = to - i === 3 && KUNYA_NAME_KEYS.has((toks[i + 2] as Tok).key) && after !== undefined && (articleWritten(after) || pastVerbAfterName(after));
  if (to - i >= 3 && plain && after !== undefined && joined(after) && !closes(after) && !grandfather) to = i + 2;
  // `شفيق رفض`: a plain unlisted second word is a surname only when a boundary closes the name.
  const second = toks[i + 1];
  if (to - i === 2 && second !== undefined && !isDefinite(second.key) && !NAME_JOINER_KEYS.has(second.key) && !KUNYA_NAME_KEYS.has(second.key) && !closes(toks[to]) && lookup(toks[to] as Tok, VERB_KEYS) === null) to = i + 1;
  if (to - i < min) return null;
  return { start: run.start, end: to === run.to ? run.end : (toks[to - 1] as Tok).end, to };
}

/** `فقدت`، `قالت`: a plain word of four or five letters ending in the feminine past ت (no pronoun, no article). */
const pastVerbAfterName = (t: Tok): boolean => joined(t) && !isDefinite(t.key) && /^[^بلكي][^ا]{2,3}ت$/.test(t.key) && t.kind === 'word';

/** Foreign given names (`توني`، `كريستوفر`): their family names are read as transliterated (see `foreignName`). */
export const FOREIGN_GIVEN_KEYS = keySet(FOREIGN_GIVEN_NAMES);

/** Words after which a name takes the preposition ل (`وفقا لروجر X`، `نقلا عن`… `طبقا لـ`). */
const ACCORDING_KEYS = keySet(['وفقا', 'طبقا', 'تبعا', 'استنادا', 'بالنسبة', 'نسبة']);

/** `وفقا لروجر X`: a foreign given name with the preposition ل right after a word of attribution. */
function foreignAfterAccording(t: Tok, before: Tok | undefined): Form | null {
  if (before === undefined || !joined(t) || !t.key.startsWith('ل') || !ACCORDING_KEYS.has(before.key)) return null;
  return t.forms.find((f) => f.letters === 1 && FOREIGN_GIVEN_KEYS.has(f.form)) ?? null;
}

/** `يقول`، `يعمل`: a present verb of four or five letters in ي (foreign family names may start with ت: `تيلور`). */
const presentVerbInYa = (t: Tok): boolean => /^ي/.test(t.key) && t.key.length <= 5 && !isDefinite(t.key);

/**
 * Past verbs news tells of a person right after the name (`ابنها أنتوني قتل في الهجوم`، `توفي`، `أصيب`): three
 * letters after a foreign given name read as a family name (`هول`), so these end the name instead.
 */
const EVENT_VERB_KEYS = keySet(['قتل', 'توفي', 'أصيب', 'اعتقل', 'نجا', 'مات', 'جرح', 'فر', 'هرب', 'عاد', 'وصل', 'غادر', 'سافر', 'عاش', 'اختفى', 'اختطف', 'أعدم', 'سجن', 'فاز', 'خسر', 'ظهر', 'كان', 'أصبح']);

/**
 * `توني هول،`، `ديفيد جيل المتحدث`، `بوجدان ستيليا`: after a foreign given name the next plain words are
 * family names, as transliterated (three letters, a final ـيا), where an Arabic given name's would be
 * read as a verb or an accusative (`trimmed`). The run still ends at a word with و, a verb, and after
 * three plain words with no boundary (the verb's object).
 */
function foreignName(run: { to: number; start: number; end: number } | null, toks: readonly Tok[], i: number): NameSpan | null {
  if (run === null || run.to - i < 2) return null;
  let to = run.to;
  for (let k = i + 1; k < to; k++) {
    const u = toks[k] as Tok;
    // (`كريستينا أبو الغار`: the definite complement of a joiner, أبو/بن/عبد, is the name's.)
    const complement = isDefinite(u.key) && NAME_JOINER_KEYS.has((toks[k - 1] as Tok).key);
    if ((/^و/.test(u.key) && !KUNYA_NAME_KEYS.has(u.key)) || lookup(u, VERB_KEYS) !== null || EVENT_VERB_KEYS.has(u.key) || presentVerbInYa(u) || (isDefinite(u.key) && !complement)) to = k;
  }
  // (Before a noun in construct, the verb's object the run was cut before, a last word in ا is the name's: `ميهرا قرار اللجنة`.)
  while (to - i > 1 && /ا$/.test((toks[to - 1] as Tok).key) && !/يا$/.test((toks[to - 1] as Tok).key) && (toks[to - 1] as Tok).key.length >= 5 && !objectAfterName(toks, to)) to--;
  const after = toks[to];
  if (to - i >= 3 && after !== undefined && joined(after) && !closes(after)) to = i + 2;
  // (`ابنها أنتوني قتل في الهجوم`: the listed given name alone is the person the verb tells of)
  if (to - i === 1 && after !== undefined && EVENT_VERB_KEYS.has(after.key)) return { start: run.start, end: (toks[i] as Tok).end };
  if (to - i < 2) return null;
  return { start: run.start, end: to === run.to ? run.end : (toks[to - 1] as Tok).end };
}

/**
 * `يتفحص عبد القادر أسنان كبش أبيض`: after a compound given name, two plain words or more with no
 * boundary after them are the verb's object, not family names (`trimmed` reads the same of plain names).
 */
function compoundName(span: (NameSpan & { readonly to: number }) | null, toks: readonly Tok[], i: number): (NameSpan & { readonly to: number }) | null {
  if (span === null || span.to - i < 4) return span;
  const rest = toks.slice(i + 2, span.to);
  const after = toks[span.to];
  if (rest.some((u) => isDefinite(u.key) || NAME_JOINER_KEYS.has(u.key)) || after === undefined || closes(after) || lookup(after, VERB_KEYS) !== null) return span;
  // `يرتب عبد الله صو أكياس الأرز`: before a definite genitive only the last plain word is the object's
  // head (an indefinite noun in construct); the word before it is the family name.
  if (articleWritten(after) && span.to - i === 4) return { start: span.start, end: (toks[span.to - 2] as Tok).end, to: span.to - 1 };
  return { start: span.start, end: (toks[i + 1] as Tok).end, to: i + 2 };
}

/**
 * The person an occupation or a life description introduces (`الصياد جمال الحلاب`، `الطالبة الجامعية
 * رهف الزعبي`): they are common nouns first, so the name must be strong — two to four name words
 * closed by a boundary — after at most two definite adjectives.
 */
export function describedAt(toks: readonly Tok[], i: number): NameSpan | null {
  const t = toks[i] as Tok;
  if (lookupAfterConjunction(t, OCCUPATION_KEYS) === null) return null;
  // (`وتعكس المرآة المقعرة أشعة الشمس`: المرآة "the mirror" folds to المرأة "the woman", who is written with أ.)
  if (/مرآ/.test(withoutMarks(t.text))) return null;
  let j = i + 1;
  while (j < i + 3) {
    const u = toks[j];
    if (u === undefined || !joined(u) || !isDefinite(u.key) || isStop(u) || lookup(u, TITLE_KEYS) !== null) break;
    j++;
  }
  const first = toks[j];
  // `والفلاح يبيع بأسعار`: a word with an imperfect verb's prefix that is no listed name starts the predicate.
  if (first === undefined || !joined(first) || looksImperfect(first) || prepositionFirst(first)) return null;
  const f = first.forms[0] as Form;
  const run = runAt(toks, j, f);
  if (run === null || run.to - j < 2) return null;
  const span = trimmed(run, toks, j, 2) ?? twoWordsBeforeScene(toks, j, run.to);
  if (span === null) return null;
  const after = toks[span.to];
  return after === undefined || closes(after) || lookup(after, VERB_KEYS) !== null || sceneContinues(toks, j, span.to) ? span : null;
}

/**
 * `قضاء الطفل لساعات طويلة`، `الطفل لأن الأطفال`: after a description, a word with ل or ب written on a stopword
 * or on a noun of four letters or more, no listed name, opens a prepositional phrase, not the person's name.
 */
function prepositionFirst(t: Tok): boolean {
  // (Not بو…/لو…: Maghrebi family names open so, `بوعمر`، `بوزيد`, and foreign given names, `لوران`.)
  if (!/^[لب]/.test(t.key) || /^[لب]و/.test(t.key) || GIVEN_KEYS.has(t.key) || FOREIGN_GIVEN_KEYS.has(t.key)) return false;
  return t.forms.some((f) => f.letters === 1 && (isStopword(f.form) || f.form.length >= 4));
}

/** The first two words of a run after a description, when the scene goes on right after them (`sceneContinues`). */
function twoWordsBeforeScene(toks: readonly Tok[], j: number, to: number): (NameSpan & { readonly to: number }) | null {
  if (to < j + 2 || !sceneContinues(toks, j, j + 2)) return null;
  const words = toks.slice(j, j + 2);
  if (words.some((u) => u.kind !== 'word' || isStop(u) || /^و/.test(u.key) || looksImperfect(u))) return null;
  return { start: (words[0] as Tok).start, end: (words[1] as Tok).end, to: j + 2 };
}

/**
 * `يفرغ الصياد X Y شباكه`، `كانت السائحة X Y تلتقط صوراً`: after a description, a name of two words or
 * more is closed too by the verb's object carrying the pronoun ه (his net: no name word carries a pronoun)
 * or by a present verb (the description's own predicate), when no word of the run is one.
 */
function sceneContinues(toks: readonly Tok[], from: number, to: number): boolean {
  const after = toks[to];
  if (after === undefined || !joined(after) || !(pronounObject(after) || looksImperfect(after))) return false;
  // (`بائع اسمه سامر بضاعته`: a run holding a noun with a pronoun is no name.)
  return !toks.slice(from, to).some(pronounObject);
}

export interface NameSpan {
  readonly start: number;
  readonly end: number;
}

/** `الآن` ("now", also typed `الان`) folds to the key of the given name `ألان` / `آلان` (Alan, Alain): written with the article, it is the adverb. */
const nowAdverb = (t: Tok): boolean => /^[وف]?ال[آا]ن$/.test(withoutMarks(t.text));

/** The person named at token `i` by a given name, a kunya or a compound given name, if any (`sidi`: read after a leading سيدي). */
export function givenNameAt(toks: readonly Tok[], i: number, sidi = false): NameSpan | null {
  const t = toks[i] as Tok;
  const before = toks[i - 1];
  if (t.kind !== 'word' || (lookup(t, TITLE_KEYS) !== null && !givenNameNotTitle(toks, i)) || nowAdverb(t)) return null;
  // (`مطار الأمير نايف الدولي`: a titled name in a facility's genitive is the facility's, named-things.ts.)
  if (inFacilityName(toks, i)) return null;
  if (!sidi && namedAfter(before, t)) {
    // `ويقول سيدي محمد ولد الشيخ`، `يفتح سيدي أحمد …`: after a reporting verb or in a scene's subject slot (a
    // present verb, a clause's opening verb), سيدي opens a Maghrebi compound given name, not a shrine's.
    const verb = toks[i - 2];
    if (before?.key !== 'سيدي' || verb === undefined || !joined(before) || !verbBefore(verb)) return null;
    const name = givenNameAt(toks, i, true);
    return name === null ? null : { start: before.start, end: name.end };
  }
  // `د. أميرة حنا`: a bare title word that is a given name before a name word opens the person's name.
  if (givenNameNotTitle(toks, i)) {
    const named = trimmed(runAt(toks, i, t.forms[0] as Form), toks, i, 2);
    if (named !== null) return named;
  }
  const led = definiteLedName(toks, i);
  if (led !== null) return led;
  // `ولد بوبكر`، `بن عمر`: a given name after a joiner is a father's or family name inside a name.
  if (before !== undefined && joined(t) && NAME_JOINER_KEYS.has(before.key)) return sidiNasab(toks, i);
  const next = toks[i + 1];
  const kunya = lookupAfterConjunction(t, KUNYA_KEYS);
  if (kunya !== null) {
    // `أم يوسف`، `أبو سمير الحلبي`: the kunya word and a given name (a common word too) after it.
    if (next === undefined || !joined(next) || !next.forms.some((f) => f.letters === 0 && KUNYA_NAME_KEYS.has(f.form))) return null;
    const rest = nameRun(toks, i + 1);
    if (rest === null) return null;
    return { start: startAfter(t, kunya.letters), end: (toks[rest.to - 1] as Tok).end };
  }
  const given = lookupAfterConjunction(t, GIVEN_KEYS) ?? lookupAfterConjunction(t, DEFINITE_GIVEN_KEYS);
  // `نضال العمري،`، `صالح التركي إن`: a given name that is also a common word, before a definite
  // family nisba and a boundary (an indefinite adjective never precedes a definite one).
  if (given === null && !isStop(t)) {
    const common = lookupAfterConjunction(t, KUNYA_NAME_KEYS);
    const after = toks[i + 2];
    // A common word with no proclitic, only a space after the word before it:
    if (common !== null && common.letters === 0 && before !== undefined && joined(t)) {
      // `«…»، تقول هدى، مضيفة`، `تقول آمنة وهي …`: one right after a reporting verb, closed by punctuation, إن/أن or وهو/وهي, is its subject.
      if (lookup(before, VERB_KEYS) !== null && (next === undefined || !joined(next) || COMPLEMENTIZERS.has(next.key) || HE_SHE_KEYS.has(next.key))) return { start: t.start, end: t.end };
      // `يحمل حسن كيسه`: one right after a present verb, before a noun carrying the pronoun ه (the verb's object, "his"), is its subject.
      if (looksImperfect(before) && next !== undefined && joined(next) && pronounObject(next)) return { start: t.start, end: t.end };
      if (verbBefore(before) && next !== undefined && joined(next)) {
        // `تجمع آمنة محمد صالح الحطب`: right after a verb, before a listed given name (the father's), one opens the
        // person's name when the name has no definite word (`يبيع نبيل قاسم الخضار`: the definite word may be the
        // verb's object, and the common word then is no name's).
        if (GIVEN_KEYS.has(next.key)) {
          const named = trimmed(runAt(toks, i, common), toks, i, 2);
          if (named !== null && toks.slice(i, named.to).every((u) => !isDefinite(u.key))) return named;
        }
        // `يدسّ سعيد عبد الله X الحطب`: right after a verb, before a compound name (عبد and a divine name) that opens a
        // person's name, one is that person's given name (the father's is the compound).
        if (next.key === 'عبد') {
          const compound = givenNameAt(toks, i + 1);
          if (compound !== null && compound.end >= (toks[i + 2]?.end ?? Infinity)) return { start: t.start, end: compound.end };
        }
      }
    }
    // `تنتظر والدتها آمنة الطيب مع …`: right after a relation carrying its pronoun (والدتها، زوجته), the slot of
    // the relation's name, a common-word given name and a definite family name closed by a boundary are one.
    if (common !== null && common.letters === 0 && before !== undefined && joined(t) && possessiveNoun(before) && next !== undefined && joined(next) && articleWritten(next)
      && !TITLE_KEYS.has(next.key) && !OCCUPATION_KEYS.has(next.key) && !TEMPORAL_KEYS.has(next.key) && !isStop(next) && !isPlaceAdjective(next.key) && closes(after)) {
      return { start: t.start, end: next.end };
    }
    // `رمضان أبو زيد`، `سيف بن راشد`: a common-word given name before a kunya or a nasab (بن، ولد) and a given name is the person's given name.
    if (common !== null && common.letters <= 1 && next !== undefined && joined(next) && (KUNYA_KEYS.has(next.key) || NASAB_KEYS.has(next.key)) && after !== undefined && joined(after) && KUNYA_NAME_KEYS.has(after.key)) {
      const rest = nameRun(toks, i + 2);
      if (rest !== null) return { start: startAfter(t, common.letters), end: (toks[rest.to - 1] as Tok).end };
    }
    if (common !== null && next !== undefined && joined(next) && articleWritten(next) && /ي$/.test(next.key) && next.key.length >= 5 && !TITLE_KEYS.has(next.key)
      && (closes(after) || (after !== undefined && lookup(after, VERB_KEYS) !== null))) {
      return { start: startAfter(t, common.letters), end: next.end };
    }
  }
  const foreign = given === null ? foreignAfterAccording(t, before) : FOREIGN_GIVEN_KEYS.has(given.form) ? given : null;
  if (foreign !== null) {
    const named = foreignName(runAt(toks, i, foreign), toks, i);
    if (named !== null) return named;
  }
  const head = given ?? lookupAfterConjunction(t, COMPOUND_HEAD_KEYS);
  if (head === null) return null;
  // `عبد الكريم محمد سعيد`: عبد and a definite divine name start a name.
  if (head.form === 'عبد') return next !== undefined && joined(next) && articleWritten(next) ? compoundName(trimmed(runAt(toks, i, head, true), toks, i, 2), toks, i) : null;
  // `نور الدين`، `فتح الله`: a compound head names someone only with its second word.
  if (given === null && (next === undefined || !joined(next) || !/^(الدين|الله|الاسلام|الرحمن)$/.test(next.key))) return null;
  const run = runAt(toks, i, head);
  if (run === null) return null;
  const named = run.to - i >= 2 ? trimmed(run, toks, i, 2) : null;
  if (named !== null) return named;
  // `قالت ليلى إن`، `في السوق، يقف عثمان أمام دكانه`، `يجلس كرار، طالب …`: a lone given name closed by a
  // boundary right after a reporting verb, the verb opening a clause, or a present verb (its subject).
  if (given === null) return null;
  const lone = { start: run.start, end: (toks[i] as Tok).end };
  // (`ترد سلمى ضاحكة`: a participle of the pattern فاعلة after the name is circumstantial, a boundary too.)
  // (`يحمل سالم كيسه`: a noun carrying the pronoun ه after the name is the verb's object, and closes the name too.)
  if (before !== undefined && joined(t) && verbBefore(before) && (closes(next) || circumstantial(next?.key ?? '') || (next !== undefined && looksImperfect(before) && pronounObject(next)))) return lone;
  // `مجدي، الذي أمضى عقداً في الدوحة، عاد`: a lone given name opening its sentence, set off by a comma, is its topic.
  if ((before === undefined || /[.!؟?\n]/.test(t.gap)) && next !== undefined && /[،,]/.test(next.gap)) return lone;
  return null;
}

/**
 * `يضحك الطيب حامد، وهو …`: right after a present verb, a definite word no list knows (no title, trade,
 * time word or nisba) and then a given name closed by a comma are one name, the definite word its given
 * name (الطيب، الصادق) and the listed one the father's. Null otherwise; the span starts before `i`.
 */
function definiteLedName(toks: readonly Tok[], i: number): NameSpan | null {
  const t = toks[i] as Tok;
  const lead = toks[i - 1];
  const verb = toks[i - 2];
  const next = toks[i + 1];
  if (lead === undefined || verb === undefined || !joined(t) || !joined(lead) || !KUNYA_NAME_KEYS.has(t.key) || !looksImperfect(verb)) return null;
  if (isStop(lead) || TEMPORAL_KEYS.has(lead.key) || OCCUPATION_KEYS.has(lead.key) || lookup(lead, TITLE_KEYS) !== null || DEFINITE_GIVEN_KEYS.has(lead.key)) return null;
  if (articleWritten(lead)) return !isNisba(lead.key) && (next === undefined || /[،,]/.test(next.gap)) ? { start: lead.start, end: t.end } : null;
  // `يجلس أوسو علي قرب دكانه`: a plain word no list knows before the father's listed name, the two closed by a
  // boundary (punctuation, a stopword, an adverb of place); not an adverb in the accusative, a verb or a noun with a pronoun.
  if (KUNYA_NAME_KEYS.has(lead.key) || /^[وفبلك]/.test(lead.key) || /ا$/.test(lead.key) || hasTanween(lead) || looksImperfect(lead) || pronounObject(lead) || lead.kind !== 'word') return null;
  return closes(next) ? { start: lead.start, end: t.end } : null;
}

/**
 * `يقضي سيدي ولد أحمد سالم نهاره`: in a verb's subject slot, سيدي then ولد or بن and a given name is one
 * Mauritanian name (سيدي the given name, the nasab after it). Null otherwise; the span starts at سيدي.
 */
function sidiNasab(toks: readonly Tok[], i: number): NameSpan | null {
  const t = toks[i] as Tok;
  const joiner = toks[i - 1];
  const sidi = toks[i - 2];
  const verb = toks[i - 3];
  if (joiner === undefined || sidi === undefined || verb === undefined || !NASAB_KEYS.has(joiner.key) || sidi.key !== 'سيدي') return null;
  if (!joined(joiner) || !joined(sidi) || !verbBefore(verb)) return null;
  const given = lookupAfterConjunction(t, KUNYA_NAME_KEYS);
  const run = given === null ? null : runAt(toks, i, given, true);
  return run === null ? null : { start: sidi.start, end: run.end };
}

/** A reporting verb, a present verb or a word opening a clause: the slot of a scene's or a quote's subject. */
const verbBefore = (before: Tok): boolean => lookup(before, VERB_KEYS) !== null || looksImperfect(before) || opensClause(before);

/** A word opening a sentence or a clause after a comma: in news the verb of a verbal sentence, when it is no particle, noun with the article, or title. */
function opensClause(t: Tok): boolean {
  return /[،,.:؛!؟?\n]/.test(t.gap) && t.kind === 'word' && !isStop(t) && !isDefinite(t.key) && lookup(t, TITLE_KEYS) === null && !/^ل/.test(t.key);
}

/** `يرصّ`، `تشدّ`: a present verb of a doubled root, three letters with the shadda written. */
const doubledPresent = (t: Tok): boolean => t.key.length === 3 && /^[يت][^\s]{2}$/.test(t.key) && /\u0651/.test(t.text) && !isDefinite(t.key);

/**
 * `تجلس شيخة الحارثية منذ …`، `يقف مبخوت العامري قرب …`: right after a present verb (the scene's verb,
 * whose subject follows it), a plain word no list knows and a definite family nisba (…ي، …ية) closed by a
 * boundary or the next verb are a name. An indefinite noun is never followed by a definite adjective, so
 * the pair is a name or a construct; the construct's head is kept out by the guards (no particle,
 * proclitic, pronoun, tanween or accusative alef; no title, trade, institution or time word; `nameRun`
 * takes both words; a و-word is no conjunction there, the verb's subject not named yet: `يرصّ وسيم العياري`) and its genitive by the nisba's (no place adjective, abstract noun or title).
 */

export function unlistedNameAfterVerb(toks: readonly Tok[], i: number): NameSpan | null {
  const verb = toks[i - 1];
  const t = toks[i] as Tok;
  const nisba = toks[i + 1];
  if (verb === undefined || nisba === undefined || !joined(t) || !joined(nisba) || !(looksImperfect(verb) || doubledPresent(verb))) return null;
  return unlistedNameAt(toks, i, t, nisba);
}

/** `unlistedNameAfterVerb` past its quick tests, apart from the loop asking it at every token. */
function unlistedNameAt(toks: readonly Tok[], i: number, t: Tok, nisba: Tok): NameSpan | null {
  if (t.key.length < 3 || !plainWord(t)) return null;
  if (looksImperfect(t) || pronounObject(t) || KUNYA_NAME_KEYS.has(t.key) || TEMPORAL_KEYS.has(t.key) || lookup(t, TITLE_KEYS) !== null || lookup(t, OCCUPATION_KEYS) !== null || lookup(t, ORG_CUE_KEYS) !== null || NAMED_AFTER_KEYS.has(t.key)) return null;
  // (`محطات التحلية`، `حصصهم المائية`، `علاقاتك الزوجية`، `حياتك الزوجية`: a feminine plural, or a noun with a pronoun
  // (ك after the ت of ة or ات), heads a construct.)
  if (/(ات|تك|هم|هن|ها|كم|نا)$/.test(t.key)) return null;
  // (`غاز الطهي`، `سوء التغذية`، `عيد الأضحى`: a short word in ي, the verbal noun تفعلة and a final ى are no nisba.)
  if (nisba.key.length < 6 || /^الت..يه$/.test(nisba.key) || /ى$/.test(nisba.text)) return null;
  if (!articleWritten(nisba) || !isNisba(nisba.key) || ABSTRACT_NOUN_KEYS.has(nisba.key) || TITLE_KEYS.has(nisba.key) || isPlaceAdjective(nisba.key)) return null;
  const run = nameRun(toks, i);
  if (run === null || run.to < i + 2) return null;
  const after = toks[i + 2];
  return closes(after) || (after !== undefined && (looksImperfect(after) || lookup(after, VERB_KEYS) !== null)) ? { start: t.start, end: nisba.end } : null;
}

