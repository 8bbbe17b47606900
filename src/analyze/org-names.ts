/**
 * Royal titles inside an organization's name: `جامعة السلطان قابوس`، `مستشفى الملك فيصل`،
 * `جامعة الملك عبد العزيز`; and a scholar's `ابن X` (`مستشفى ابن سينا`، `جامعة ابن خلدون`). The
 * title and the name it carries belong to the organization, and the name is no person of the story.
 */
import { isStop, KUNYA_NAME_KEYS, NAME_JOINER_KEYS, ORG_CUE_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { hasTanween, isDefinite, joined, keySet, type Tok } from './tokens.js';

/** (And their feminine forms: `مطار الملكة علياء`، `جامعة الأميرة نورة`; session 18.) */
const ROYAL_TITLE_KEYS = keySet(['السلطان', 'الملك', 'الأمير', 'الشيخ', 'الإمام', 'الملكة', 'الأميرة', 'الشيخة']);
const SON_OF_KEYS = keySet(['ابن']);

/** A plain name word: no article, no proclitic cue, no stopword, title, verb or feminine noun ending. */
function plainName(t: Tok | undefined): t is Tok {
  if (t === undefined || t.kind !== 'word' || !joined(t) || t.key.length < 2) return false;
  if (isDefinite(t.key) || isStop(t) || TITLE_KEYS.has(t.key) || VERB_KEYS.has(t.key) || ORG_CUE_KEYS.has(t.key)) return false;
  // (`مستشفى الأمير حمزة`: a listed given name in ة is a name, other ة-words a noun.)
  return (!t.key.endsWith('ه') || KUNYA_NAME_KEYS.has(t.key)) && !hasTanween(t);
}

/** Index one past `TITLE NAME` (NAME: one word, or a joiner and its complement) at `j`, or null. */
export function nameHeadAfterTitle(toks: readonly Tok[], j: number): number | null {
  const title = toks[j];
  if (title === undefined) return null;
  if (SON_OF_KEYS.has(title.key)) return plainName(toks[j + 1]) ? j + 2 : null;
  if (!ROYAL_TITLE_KEYS.has(title.key)) return null;
  const first = toks[j + 1];
  if (first === undefined || !joined(first)) return null;
  if (NAME_JOINER_KEYS.has(first.key)) {
    const complement = toks[j + 2];
    return complement !== undefined && joined(complement) && complement.kind === 'word' && !isStop(complement) ? j + 3 : null;
  }
  return plainName(first) ? j + 2 : null;
}
