/**
 * A lone family name as a reporting verb's subject: `«…»، قال بيلهام.`، `وادعى لوكوود بأن …`، `وأضاف
 * هاريسون لرويترز إن …`. Wire reports name a speaker again by the family name alone, often one no list
 * knows; right after a verb of saying and closed at once (punctuation, إن/أن, the addressee with ل), a
 * word that is no common noun of that slot (an official, a source, a report, a witness …) is the one
 * who speaks.
 */
import type { Span } from '../core/index.js';
import { matchGazetteer } from './gazetteer.js';
import { COMPLEMENTIZERS, GIVEN_KEYS, KUNYA_NAME_KEYS, maqsuraVerbAsNoun, MEDIA_KEYS, OCCUPATION_KEYS, VERB_KEYS } from './lexicon.js';
import { isNameWord, looksImperfect, mannerWord } from './names.js';
import { isDefinite, joined, keySet, latinWord, lookup, type Tok } from './tokens.js';

/**
 * What says something besides a person, as a saying verb's indefinite subject (`قال تقرير إن`). Feminine
 * nouns, plurals in ـات/ـاء, participle plurals in م…ون/ين and nouns with a pronoun (`دراسة`، `بيانات`، `أنباء`،
 * `مسؤولين`، `بعضهم`) need no entry: `loneSurname` refuses their shapes.
 */
const SAYING_THING_KEYS = keySet([
  'تقرير', 'استطلاع', 'تحقيق', 'مسح', 'إعلان', 'قرار', 'خبر', 'مقال', 'تسجيل', 'شريط', 'فيديو', 'حساب', 'تحليل',
  'أرقام', 'تقارير', 'آخر', 'آخرون', 'كثيرون',
  // what reports besides a medium (`MEDIA_KEYS`: `ونقل موقع "…" عن`، `ذكر تلفزيون …`)
  'برنامج', 'حزب',
]);

/** A preposition with the pronoun نا (`عنا`، `لنا`، `معنا`): never a name. */
const PREPOSITION_US = /^(?:عنا|منا|معنا|لنا|بنا|فينا|علينا|عندنا|لدينا)$/;
/** ب + a verbal noun of the patterns افتعال، انفعال، استفعال (`باهتمام`، `باستغراب`): a manner, no name. */
const MANNER_VERBAL_NOUN = /^ب(?:ا.ت.ا.|ان..ا.|است..ا.)$/;
/** The sound plural of a فاعل participle (`ناقلون`، `سائقين`): people of a trade, no name. */
const AGENT_PLURAL = /^.ا..(?:ون|ين)$/;

/**
 * Closes the subject at once: punctuation, the end, إن/أن, or the addressee with ل: ل with the article
 * (`للصحفيين`), written apart (`لـ«الخبر»`), before a medium's word or a listed body (`لرويترز`). Any other
 * word in ل may be the family name going on (`جون لويس`), and `صديق له` is a noun and its complement.
 */
function closes(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (t === undefined || !joined(t)) return true;
  if (COMPLEMENTIZERS.has(t.key)) return true;
  if (!t.key.startsWith('ل')) return false;
  if (t.key.startsWith('لل') || t.text.startsWith('لـ') || t.forms.some((f) => f.letters === 1 && MEDIA_KEYS.has(f.form))) return true;
  const body = matchGazetteer(toks, j);
  return body !== null && body.type === 'organization' && body.start > t.start;
}

/** A word that may be a family name no list knows in the subject slot. */
function loneSurname(t: Tok): boolean {
  const k = t.key;
  // (`أو ما يدعى ontogeny.`: a word in Latin letters is a term; Arabic text writes a person's name in Arabic letters.)
  if (t.kind !== 'word' || k.length < 3 || isDefinite(k) || latinWord(t) || !isNameWord(t, 0, undefined)) return false;
  if (PREPOSITION_US.test(k) || MANNER_VERBAL_NOUN.test(k) || AGENT_PLURAL.test(k)) return false;
  if (SAYING_THING_KEYS.has(k) || MEDIA_KEYS.has(k) || OCCUPATION_KEYS.has(k) || mannerWord(t) || looksImperfect(t) || KUNYA_NAME_KEYS.has(k) || GIVEN_KEYS.has(k)) return false;
  // A feminine noun (`دراسة`: ة is ه in key form), a sound plural of a participle (`محققون`، `مسعفين`), a broken plural in
  // ـاء (`خبراء`), a feminine plural or a noun with a pronoun: no family name.
  // So is an adverb or a state in the accusative, its tanween unwritten (`وأفاد راسخا`), and a broken plural فواعل (`صواعق`).
  return !/^م.{2,}(ون|ين)$/.test(k) && !/(اء|ات|ه|ها|هم|هما)$/.test(k) && !/^ل/.test(k) && !(k.length >= 5 && k.endsWith('ا')) && !/^.وا..$/.test(k);
}

/**
 * Lone family names right after a saying verb and closed at once (see the file comment); no gazetteer name.
 * `verbs`: in text order, the tokens whose spelling may be a reporting verb (`START.verb` of triggers.ts).
 */
export function loneSubjects(text: string, toks: readonly Tok[], verbs: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const v of verbs) {
    const i = v + 1;
    const verb = toks[v] as Tok;
    const t = toks[i];
    // (`وقال راي كوبر إن`: راي is a given name, not the verb رأى, in a text that writes ى.)
    if (t === undefined || !joined(t) || !closes(toks, i + 1) || !loneSurname(t) || maqsuraVerbAsNoun(text, verb)) continue;
    // (a verb of two letters after a proclitic, `فرد`، `ورد`, is as often a noun or another verb)
    const said = lookup(verb, VERB_KEYS);
    if (said === null || said.form.length < 3 || matchGazetteer(toks, i) !== null) continue;
    out.push({ start: t.start, end: t.end });
  }
  return out;
}
