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
 *
 * Session 18b: the same construction names things and bodies no reading knew. A programme (`برنامج الملك عبدالله
 * للابتعاث`) is a body, as the listed programmes are (`برنامج الأغذية العالمي`). A prize, a cup, a contest, a
 * tournament, a festival or a decoration (`جائزة الملك فيصل العالمية`، `كأس الأمير سلطان`، `وسام الملك عبد العزيز`) is
 * none of the project's types (people, places, bodies): it gives no mention, and the king inside it is no person
 * spoken of (`thing`). A city named after a king (`مدينة الملك …`) is a place, unless its field follows it with ل
 * (`مدينة الملك عبد العزيز للعلوم والتقنية`) or a body's adjective does (`مدينة الملك فهد الطبية`): then it is a
 * research or medical body. The name may carry its nasab (`الأمير سلطان بن عبد العزيز`), and a body's or a thing's
 * field after ل (`للعلوم والتقنية`، `للابتعاث الخارجي`، `للكتاب`) is part of its name.
 */
import { isPlaceAdjective } from './gazetteer.js';
import { nameHeadAfterTitle } from './org-names.js';
import type { PlaceMention } from './place-cues.js';
import { isStop, NASAB_KEYS } from './lexicon.js';
import { isNisba, joined, keySet, lookup, type Tok } from './tokens.js';

const PLACE_KINDS = keySet(['مطار', 'ميناء', 'محطة', 'طريق', 'نفق', 'قاعة', 'ميدان', 'دوار', 'حي', 'ضاحية']);
const BODY_KINDS = keySet(['كلية', 'ثانوية', 'مستوصف', 'مكتبة', 'برنامج']);
/** Prizes, cups, contests, tournaments, festivals and decorations: no place, no body, no person (`thing`). */
const THING_KINDS = keySet(['جائزة', 'كأس', 'بطولة', 'مسابقة', 'مهرجان', 'وسام']);
const CITY_KEY = keySet(['مدينة']);
/** Every kind word (proclitics aside): where `entityStarts` sets `START.place`. */
export const TITLED_FACILITY_FORMS: ReadonlySet<string> = new Set([...PLACE_KINDS, ...BODY_KINDS, ...THING_KINDS, ...CITY_KEY]);

/** Adjectives that make a city named after a king a body (`مدينة الملك فهد الطبية`، `المدينة الجامعية`). */
const BODY_CITY_ADJECTIVE_KEYS = keySet(['الطبية', 'الجامعية']);

/** Adjectives of a facility's name that are no nisba: `العام`، `العامة`، `الكبير`، `الجديد`. */
const NAME_ADJECTIVE_KEYS = keySet(['العام', 'العامة', 'الكبير', 'الكبرى', 'الجديد', 'الجديدة']);

export interface TitledFacility extends PlaceMention {
  readonly type: 'place' | 'organization' | 'thing';
}

/** A facility named after a titled person at token `i` (see the file comment), as a place, a body or a thing of no type. */
export function titledFacilityAt(toks: readonly Tok[], i: number): TitledFacility | null {
  const hit = lookup(toks[i] as Tok, TITLED_FACILITY_FORMS);
  // (`عن طريق` is "by way of": `عن طريق الشيخ X` names the person, no road.)
  if (hit === null || (hit.form === 'طريق' && toks[i - 1]?.key === 'عن')) return null;
  const head = nameHeadAfterTitle(toks, i + 1);
  if (head === null) return null;
  let to = nasabAfter(toks, head);
  // (`مطار الملك فهد الدولي`، `كلية الملك فهد الأمنية`: up to two adjectives of the name, no place adjective: `الإمارات` is where it stands.)
  let bodyAdjective = false;
  for (let n = 0; n < 2 && to < toks.length; n++) {
    const t = toks[to] as Tok;
    if (!joined(t) || isPlaceAdjective(t.key) || !(isNisba(t.key) || NAME_ADJECTIVE_KEYS.has(t.key))) break;
    bodyAdjective ||= BODY_CITY_ADJECTIVE_KEYS.has(t.key);
    to++;
  }
  const named = PLACE_KINDS.has(hit.form) ? to : fieldAfter(toks, to);
  const type = PLACE_KINDS.has(hit.form) ? 'place' : THING_KINDS.has(hit.form) ? 'thing' : CITY_KEY.has(hit.form) && named === to && !bodyAdjective ? 'place' : 'organization';
  return {
    start: hit.start,
    end: (toks[named - 1] as Tok).end,
    words: [hit.form, ...toks.slice(i + 1, named).map((w) => w.key)],
    type,
  };
}

/** `الأمير سلطان بن عبد العزيز`، `الأميرة نورة بنت عبد الرحمن`: the nasab after the name's head ending at `to` (its joiner, the father's name, عبد/أبو's complement). */
function nasabAfter(toks: readonly Tok[], to: number): number {
  const son = toks[to];
  const father = toks[to + 1];
  if (son === undefined || father === undefined || !joined(son) || !joined(father) || !NASAB_KEYS.has(son.key) || father.kind !== 'word' || isStop(father)) return to;
  const complement = toks[to + 2];
  return /^(?:عبد|ابو)$/.test(father.key) && complement !== undefined && joined(complement) && complement.kind === 'word' ? to + 3 : to + 2;
}

/**
 * `للعلوم والتقنية`، `للطاقة الذرية والمتجددة`، `للابتعاث الخارجي`: a field after ل with the article, and up to three
 * nisbas (no place adjective) or و + a definite word after it; the index past it, or `to` when none follows.
 */
function fieldAfter(toks: readonly Tok[], to: number): number {
  const field = toks[to];
  if (field === undefined || !joined(field) || !field.key.startsWith('لل') || field.key.length < 5 || isStop(field)) return to;
  let k = to + 1;
  while (k < toks.length && k - to <= 3) {
    const t = toks[k] as Tok;
    // (a nisba or و + a definite word: `الأمير` after the field is the next phrase, a title)
    if (!joined(t) || isStop(t) || !((isNisba(t.key) && !isPlaceAdjective(t.key)) || (t.key.startsWith('وال') && t.key.length >= 5))) break;
    k++;
  }
  return k;
}
