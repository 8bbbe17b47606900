import { key, keyTerms, type Token } from '../text/index.js';
import { isMonthWord } from './time-anchors.js';

/**
 * What a count in a sentence counts, whatever its value: `ثلاثون شخصاً`, `أربعة عشر قتيلاً` and `12
 * آخرون` all count people (the dead, injured or missing of a report); `5,8 درجات` counts degrees, `40
 * سفينة` ships. Two reports that count the same thing give the same fact, updated or disputed.
 */
export type QuantityKind = string;

const PEOPLE: QuantityKind = 'people';

const normalized = (words: readonly string[]): Set<string> => new Set(words.map((w) => key(w)));

/** Nouns of persons (and of the bodies of the dead) counted in casualty and attendance figures, singular and plural. */
const PERSON_NOUNS = normalized([
  'شخص', 'شخصا', 'شخصاً', 'أشخاص', 'اشخاص', 'قتيل', 'قتيلا', 'قتيلاً', 'قتلى', 'ضحية', 'ضحايا', 'جريح', 'جريحا',
  'جريحاً', 'جرحى', 'مصاب', 'مصابا', 'مصاباً', 'مصابين', 'مصابون', 'مفقود', 'مفقودا', 'مفقودين', 'مفقودون',
  'آخر', 'آخرين', 'آخرون', 'آخرا', 'فرد', 'أفراد', 'افراد', 'مواطن', 'مواطنا', 'مواطنين', 'مدني', 'مدنيا', 'مدنيين',
  'نسمة', 'قتلاً', 'جثة', 'جثث', 'جثمان', 'جثامين',
]);

/** Number words (cardinals and their multipliers), which write counts as often as digits do in news copy. */
const NUMBER_WORDS = normalized([
  'واحد', 'واحدة', 'اثنان', 'اثنين', 'اثنا', 'اثني', 'اثنتان', 'اثنتين', 'اثنتا', 'اثنتي', 'ثلاث', 'ثلاثة', 'أربع', 'أربعة', 'خمس', 'خمسة',
  'ست', 'ستة', 'سبع', 'سبعة', 'ثمان', 'ثماني', 'ثمانية', 'تسع', 'تسعة', 'عشر', 'عشرة', 'عشرون', 'عشرين', 'ثلاثون',
  'ثلاثين', 'أربعون', 'أربعين', 'خمسون', 'خمسين', 'ستون', 'ستين', 'سبعون', 'سبعين', 'ثمانون', 'ثمانين', 'تسعون',
  'تسعين', 'مئة', 'مائة', 'مئتا', 'مئتي', 'مئتان', 'مئتين', 'مائتي', 'مائتين', 'ألف', 'ألفا', 'ألفي', 'ألفين', 'آلاف',
  'مليون', 'ملايين', 'مليار', 'مليارات',
]);
/** `و` joins the parts of a compound number: `خمسة وعشرون`. */
const numberWord = (k: string): boolean => NUMBER_WORDS.has(k) || (k.startsWith('و') && NUMBER_WORDS.has(k.slice(1)));
/** A number word a count may start with: none that starts with `و` (a joined `و` continues a number; `واحد` is left out with them). */
const opensCount = (k: string): boolean => !k.startsWith('و') && numberWord(k);

/** Units of time count a duration (`لمدة ثلاثة أيام`), which many different facts share. */
const TIME_UNITS = normalized([
  'يوم', 'يوما', 'يومين', 'أيام', 'ساعة', 'ساعات', 'ساعتين', 'دقيقة', 'دقائق', 'ثانية', 'ثوان', 'أسبوع', 'أسبوعا',
  'أسابيع', 'أسبوعين', 'شهر', 'شهرا', 'أشهر', 'شهور', 'شهرين', 'سنة', 'سنوات', 'سنين', 'سنتين', 'عام', 'عاما', 'أعوام',
  'عامين',
]);
const OF = key('من');

/** A digit token that reads as a count: not a time or date (`11:30`, `17/10`), not a year (1900–2100). */
function countDigits(text: string): boolean {
  if (/[:/]/u.test(text)) return false;
  const plain = key(text);
  return !(/^\d{4}$/u.test(plain) && Number(plain) >= 1900 && Number(plain) <= 2100);
}

/**
 * The noun counted by 11 to 99 is an indefinite accusative singular, written with a final alef that
 * often lacks its tanwin mark (`30 كيلومترا`), which the light stemmer then keeps: taken off here so it
 * is the same kind as `كيلومترات`.
 */
const accusativeAlefOff = (term: string): string => (term.length >= 4 && term.endsWith('ا') ? term.slice(0, -1) : term);

const ARTICLE = key('ال');
/**
 * A number with the article names a known group (`البحارة ال 15`, `الخمسة عشر`): it identifies what
 * the sentence is about rather than reporting a count.
 */
function definite(previous: Token | undefined): boolean {
  if (previous === undefined || previous.kind !== 'word') return false;
  const k = key(previous.text);
  return k === ARTICLE || (k.startsWith(ARTICLE) && numberWord(k.slice(ARTICLE.length)));
}

/**
 * The kinds of the counts in a run of tokens, each with the offset of its number: a number (digits
 * or number words) directly followed by the noun it counts (after an optional `من`). The noun's kind
 * is `people` for persons, else its key term (light stem; a stopword counts nothing); a month name (a date), a unit of time (a duration),
 * a function word or punctuation after the number means it is not a count.
 */
export function quantities(tokens: readonly Token[]): { readonly at: number; readonly kind: QuantityKind }[] {
  const out: { at: number; kind: QuantityKind }[] = [];
  const seq = tokens.filter((t) => t.kind !== 'space');
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i]!;
    const isCount = t.kind === 'number' ? countDigits(t.text) : t.kind === 'word' && opensCount(key(t.text));
    if (!isCount || definite(seq[i - 1])) continue;
    const at = t.start;
    let j = i + 1;
    while (j < seq.length && seq[j]!.kind === 'word' && numberWord(key(seq[j]!.text))) j++;
    if (j < seq.length && seq[j]!.kind === 'word' && key(seq[j]!.text) === OF) j++;
    const noun = seq[j];
    i = j - 1;
    if (noun === undefined || noun.kind !== 'word') continue;
    const k = key(noun.text);
    if (PERSON_NOUNS.has(k)) out.push({ at, kind: PEOPLE });
    else if (!isMonthWord(k) && !TIME_UNITS.has(k) && !numberWord(k) && !PERSON_NOUNS.has(k.slice(1))) {
      const term = keyTerms(noun.text)[0];
      // A noun after و is coordinated with what precedes (`ال 15 ومشاة البحرية`), not counted.
      if (term !== undefined && !(k.startsWith('و') && !term.startsWith('و'))) out.push({ at, kind: accusativeAlefOff(term) });
    }
  }
  return out;
}
