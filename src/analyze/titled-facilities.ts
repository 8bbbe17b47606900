/**
 * Facilities named after a titled person (session 18): `مطار الملك فهد الدولي`، `ميناء الملك عبد الله`، `قاعة الشيخ
 * سعد`، `كلية الملك فهد الأمنية`، `مكتبة الملك عبد العزيز العامة`. named-things.ts keeps the person inside from
 * being read (the airport is no king), and landmarks.ts and the organization cues read the kinds they know
 * (`جسر الملك فهد`، `مستشفى الملك خالد`); the kinds here had no reading, so the facility was nothing. A reader
 * takes the kind, the royal title or `ابن`, the name and its adjectives (`الدولي`، `العامة`، a nisba) as one name:
 * a place for what one goes to or through (an airport, a port, a station, a road, a tunnel, a hall, a
 * square, a roundabout, a quarter), a body for what teaches or keeps (a college, a secondary school, a
 * clinic, a library, as the real-news annotators mark libraries). Only after a title: `مطار هيثرو` stays
 * the place cue's (the cue outside, the town inside), `قاعة الاجتماعات` no name.
 */
import { isPlaceAdjective } from './gazetteer.js';
import { nameHeadAfterTitle } from './org-names.js';
import type { PlaceMention } from './place-cues.js';
import { isNisba, joined, keySet, lookup, type Tok } from './tokens.js';

const PLACE_KINDS = keySet(['مطار', 'ميناء', 'محطة', 'طريق', 'نفق', 'قاعة', 'ميدان', 'دوار', 'حي', 'ضاحية']);
const BODY_KINDS = keySet(['كلية', 'ثانوية', 'مستوصف', 'مكتبة']);
/** Every kind word (proclitics aside): where `entityStarts` sets `START.place`. */
export const TITLED_FACILITY_FORMS: ReadonlySet<string> = new Set([...PLACE_KINDS, ...BODY_KINDS]);

/** Adjectives of a facility's name that are no nisba: `العام`، `العامة`، `الكبير`، `الجديد`. */
const NAME_ADJECTIVE_KEYS = keySet(['العام', 'العامة', 'الكبير', 'الكبرى', 'الجديد', 'الجديدة']);

export interface TitledFacility extends PlaceMention {
  readonly type: 'place' | 'organization';
}

/** A facility named after a titled person at token `i` (see the file comment), as a place or a body. */
export function titledFacilityAt(toks: readonly Tok[], i: number): TitledFacility | null {
  const hit = lookup(toks[i] as Tok, TITLED_FACILITY_FORMS);
  // (`عن طريق` is "by way of": `عن طريق الشيخ X` names the person, no road.)
  if (hit === null || (hit.form === 'طريق' && toks[i - 1]?.key === 'عن')) return null;
  let to = nameHeadAfterTitle(toks, i + 1);
  if (to === null) return null;
  // (`مطار الملك فهد الدولي`، `كلية الملك فهد الأمنية`: up to two adjectives of the name, no place adjective: `الإمارات` is where it stands.)
  for (let n = 0; n < 2 && to < toks.length; n++) {
    const t = toks[to] as Tok;
    if (!joined(t) || isPlaceAdjective(t.key) || !(isNisba(t.key) || NAME_ADJECTIVE_KEYS.has(t.key))) break;
    to++;
  }
  return {
    start: hit.start,
    end: (toks[to - 1] as Tok).end,
    words: [hit.form, ...toks.slice(i + 1, to).map((w) => w.key)],
    type: PLACE_KINDS.has(hit.form) ? 'place' : 'organization',
  };
}
