/**
 * States named by their form of government: `الجمهورية العربية اليمنية`، `المملكة المتوكلية اليمنية`،
 * `للجمهورية الإسلامية`، `جمهورية الدومينيكان`. A republic, kingdom, emirate or sultanate with the adjectives
 * that say which (definite nisbas, `المتحدة`) or the name it governs is a state, a place: former and
 * formal state names are many more than a list holds.
 */
import { isPlaceAdjective, matchGazetteer } from './gazetteer.js';
import { joined, keySet, startAfter, type Form, type Tok } from './tokens.js';
import type { PlaceMention } from './place-cues.js';

/** Forms of government, indefinite (followed by the name) and definite (followed by adjectives). */
const INDEFINITE_FORM_KEYS = keySet(['جمهورية', 'مملكة', 'إمارة', 'سلطنة', 'إمبراطورية']);
const DEFINITE_FORM_KEYS: ReadonlySet<string> = new Set([...INDEFINITE_FORM_KEYS].map((k) => `ال${k}`));
/** Every form a state's name opens with (`entityStarts` gates the scan with it). */
export const STATE_FORM_KEYS: ReadonlySet<string> = new Set([...DEFINITE_FORM_KEYS, ...INDEFINITE_FORM_KEYS]);
/** Adjectives of a state's form besides nisbas. */
const STATE_ADJECTIVE_KEYS = keySet(['المتحدة', 'الاتحادية', 'الموحدة', 'الديمقراطية', 'الشعبية', 'العربية', 'الإسلامية', 'الهاشمية']);

/** A definite nisba (`اليمنية`، `المتوكلية`، `الطرابلسية`) or a listed state adjective. */
const stateAdjective = (t: Tok): boolean => t.kind === 'word' && (STATE_ADJECTIVE_KEYS.has(t.key) || /^ال..+(?:يه|ي)$/.test(t.key));

/** The states named so in one text; `cueAt` a quick superset test of the form's word. */
export function stateNames(toks: readonly Tok[], cueAt: (t: Tok) => boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    const cue = toks[i] as Tok;
    if (!cueAt(cue) || cue.kind !== 'word' || cue.key.length < 5) continue;
    const definite = cue.forms.find((f) => DEFINITE_FORM_KEYS.has(f.form));
    const indefinite = definite === undefined ? cue.forms.find((f) => f.letters === 0 && INDEFINITE_FORM_KEYS.has(f.form)) : undefined;
    if (definite === undefined && indefinite === undefined) continue;
    // A listed state (`الجمهورية العربية السورية`، `سلطنة عمان`) is the gazetteer's, with its canonical name.
    if (matchGazetteer(toks, i) !== null) continue;
    let j = i + 1;
    if (indefinite !== undefined) {
      const next = toks[j] as Tok;
      if (!joined(next) || next.kind !== 'word' || !/^ال...+/.test(next.key) || stateAdjective(next) || matchGazetteer(toks, j) !== null) continue;
      j++;
    }
    while (j < toks.length && j - i <= 4 && joined(toks[j] as Tok) && stateAdjective(toks[j] as Tok)) j++;
    // A last nisba that names no place and no form of state is the verb's object (`… الاتفاقية`), not the state's.
    while (j > i + 1 && !STATE_ADJECTIVE_KEYS.has((toks[j - 1] as Tok).key) && !isPlaceAdjective((toks[j - 1] as Tok).key) && (j - 1 > i + 1 || definite !== undefined)) j--;
    if (j === i + 1) continue;
    const form = (definite ?? indefinite) as Form;
    out.push({ start: startAfter(cue, form.letters), end: (toks[j - 1] as Tok).end, words: [form.form, ...toks.slice(i + 1, j).map((t) => t.key)] });
    i = j - 1;
  }
  return out;
}
