/**
 * Names of things that read like a person's (session 16): what a naming verb names when it names no person
 * (`namedThing`, used by entities.ts `nameAfterVerb`), and a facility named after a titled person
 * (`facilityNamedAfter`, `inFacilityName`, below). The passive
 * naming verbs (`يسمى`، `تسمى`، `يدعى`، `تدعى`) name people in news (`سائحة تدعى X`), and name things in
 * encyclopedic prose: `تسمى أنثاه لبؤة`، `يسمى بيته عرين` ("its female is called …"). There the word right
 * after the verb carries a possessive pronoun, so it is the verb's subject, the thing named; no name
 * carries a pronoun. And `يسمى PC-DOS`، `ما يدعى ontogeny`: a name written in Latin letters after the verb
 * is a term or a product; Arabic text writes a person's name in Arabic letters. And `ما يسمى بعلم الزلازل`:
 * ب + a noun (the ب of "called by the name of") introduces a term; a person is named without it (`رجل يدعى
 * بسام`: a listed name opening with ب is the name).
 */
import { GIVEN_KEYS, TITLE_KEYS } from './lexicon.js';
import { possessiveNoun, pronounObject } from './names.js';
import { joined, keySet, latinWord, lookup, type Tok } from './tokens.js';

/** `أنثاه`، `مستواه`، `معناه`: a noun of five letters or more with the pronoun ه after its alef (`شاه` is a name). */
const pronounAfterAlef = (t: Tok): boolean => t.key.length >= 5 && /[^ل]اه$/.test(t.text);

/** `يسمى بعلم X`: ب + a noun no list names (the ب of "called by the name of" a term; GIVEN_KEYS holds the foreign given names too). */
const namingBa = (t: Tok): boolean => t.key.startsWith('ب') && !GIVEN_KEYS.has(t.key) && t.forms.some((f) => f.letters === 1 && f.form.length >= 3);

/** The naming verb's next word `next` is the thing named, not a person's name (see the file comment). */
export const namedThing = (next: Tok): boolean => next.kind === 'word' && (possessiveNoun(next) || pronounObject(next) || pronounAfterAlef(next) || latinWord(next) || namingBa(next));

/**
 * Facilities, works and prizes named after a titled person (`شارع الملك فيصل`، `مطار الملكة علياء الدولي`،
 * `مستشفى الأمير حمزة`، `جائزة الملك فيصل`): the indefinite noun and the titled name in its genitive are one
 * name, of a place or a body, and the person is not spoken of. Not `عهد`/`قصر`/`ضريح` (`في عهد الملك فيصل`,
 * `قصر الملك` speak of the king).
 */
export const FACILITY_KEYS = keySet([
  'شارع', 'ميدان', 'ساحة', 'جسر', 'سد', 'مطار', 'ميناء', 'محطة', 'طريق', 'نفق', 'مسجد', 'جامع', 'مستشفى', 'مستوصف',
  'مدرسة', 'ثانوية', 'معهد', 'كلية', 'جامعة', 'مكتبة', 'متحف', 'قاعة', 'ملعب', 'استاد', 'نادي', 'فندق', 'برج', 'مدينة',
  'حي', 'ضاحية', 'حديقة', 'منتزه', 'جائزة', 'كأس', 'بطولة', 'مسابقة', 'دوار',
]);

/** The title at token `i` opens the genitive of a facility's noun right before it (see `FACILITY_KEYS`). */
export function facilityNamedAfter(toks: readonly Tok[], i: number): boolean {
  const before = toks[i - 1];
  return before !== undefined && joined(toks[i] as Tok) && before.forms.some((f) => FACILITY_KEYS.has(f.form));
}

/** The name at token `i` follows a title in a facility's genitive (`مطار الملكة X`، `بمدينة الملك X`): the facility's, no person. */
export function inFacilityName(toks: readonly Tok[], i: number): boolean {
  const title = toks[i - 1];
  return title !== undefined && joined(toks[i] as Tok) && lookup(title, TITLE_KEYS) !== null && facilityNamedAfter(toks, i - 1);
}
