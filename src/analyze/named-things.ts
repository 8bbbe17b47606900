/**
 * What a naming verb names when it names no person (used by entities.ts `nameAfterVerb`). The passive
 * naming verbs (`يسمى`، `تسمى`، `يدعى`، `تدعى`) name people in news (`سائحة تدعى X`), and name things in
 * encyclopedic prose: `تسمى أنثاه لبؤة`، `يسمى بيته عرين` ("its female is called …"). There the word right
 * after the verb carries a possessive pronoun, so it is the verb's subject, the thing named; no name
 * carries a pronoun. And `يسمى PC-DOS`، `ما يدعى ontogeny`: a name written in Latin letters after the verb
 * is a term or a product; Arabic text writes a person's name in Arabic letters.
 */
import { possessiveNoun, pronounObject } from './names.js';
import type { Tok } from './tokens.js';

/** `أنثاه`، `مستواه`، `معناه`: a noun of five letters or more with the pronoun ه after its alef (`شاه` is a name). */
const pronounAfterAlef = (t: Tok): boolean => t.key.length >= 5 && /[^ل]اه$/.test(t.text);

/** A word in Latin letters. */
const LATIN = /^[A-Za-z]/;

/** The naming verb's next word `next` is the thing named, not a person's name (see the file comment). */
export const namedThing = (next: Tok): boolean => next.kind === 'word' && (possessiveNoun(next) || pronounObject(next) || pronounAfterAlef(next) || LATIN.test(next.text));
