/**
 * A lone foreign name after a locating preposition (`تفتيش الممتلكات في ديوسبري،`، `من بيستون في ليدز`):
 * a word no list knows, shaped like a transliteration (foreign-word.ts), standing alone after في/من/إلى
 * and closing its phrase, is a place. A reader who has never heard of the town reads it so: an Arabic
 * noun after في has an Arabic pattern, and one standing alone there is a place the writer expects the
 * reader to take as a name.
 */
import { GIVEN_KEYS, plainUnlisted } from './lexicon.js';
import { foreignShaped } from './foreign-word.js';
import { matchGazetteer } from './gazetteer.js';
import { closesAfter, locatingWord } from './place-apposition.js';
import type { PlaceMention } from './place-cues.js';
import type { EntityType, Span } from '../core/index.js';
import { firstFrom } from './search.js';
import { joined, keySet, lookup, type Tok } from './tokens.js';

/**
 * What closes a lone name: punctuation or the end, a function word or preposition, a time word, or و going
 * on to the next item. (Not a number: `من إجمالي 7 ملايين` is a noun and its complement.)
 */
const closesLone = (t: Tok | undefined): boolean => t === undefined || closesAfter(t) || t.key.startsWith('و');

/** The token at `i` is a lone foreign place after the word before it, one the spelling mask says may be a locating preposition. */
function lonePlaceAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  const before = toks[i - 1];
  // (most words after في carry the article, which `plainUnlisted` asks first: asked before the shape, worked out once per spelling)
  if (before === undefined || !joined(t) || !plainUnlisted(t) || !locatingWord(before) || !foreignShaped(t)) return false;
  // (a listed given name after من is whom something came from: `رسالة من جون`)
  if (GIVEN_KEYS.has(t.key)) return false;
  // (a name the gazetteer reads is its own: found there, and left out where it reads none, `المدمرة يو اس اس فلوريدا`)
  return closesLone(toks[i + 1]) && matchGazetteer(toks, i) === null;
}

/** Words that name a storm (`إعصار مكونو`، `العاصفة كاترينا`): the name after one is the storm's, no place. */
const STORM_KEYS = keySet(['إعصار', 'الإعصار', 'عاصفة', 'العاصفة', 'إعصارا']);

/**
 * Lone foreign places after a locating preposition, by start. A word the text names otherwise is none: a
 * storm (`من مكونو` after `إعصار مكونو`), or a word of a person or body found in the text (`found`: `حصة في
 * سامسونغ` after `شركة سامسونغ`، `رسالة من هاركر` after `جون هاركر`). `locating`: in text order, the tokens whose spelling may
 * be a locating preposition (`START.locating` of triggers.ts); only the word after each is read.
 */
export function lonePlaces(toks: readonly Tok[], found: readonly (Span & { readonly type: EntityType })[], locating: readonly number[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const l of locating) {
    const i = l + 1;
    if (i < toks.length && lonePlaceAt(toks, i)) out.push({ start: (toks[i] as Tok).start, end: (toks[i] as Tok).end, words: [(toks[i] as Tok).key] });
  }
  if (out.length === 0) return out;
  const named = new Set<string>();
  for (let i = 1; i < toks.length; i++) if (lookup(toks[i - 1] as Tok, STORM_KEYS) !== null) named.add((toks[i] as Tok).key);
  for (const o of found) if (o.type !== 'place') for (let k = firstFrom(toks, o.start); k < toks.length && (toks[k] as Tok).end <= o.end; k++) for (const f of (toks[k] as Tok).forms) named.add(f.form);
  return named.size === 0 ? out : out.filter((p) => !named.has(p.words[0] as string));
}
