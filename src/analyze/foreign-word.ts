/**
 * A word shaped like a transliterated foreign name (`ديوسبري`، `نورثولت`، `جميكا`), by its letters alone:
 * what an Arabic reader sees in a word no dictionary holds. Arabic nouns are a root poured into a
 * pattern (مفعول، تفعيل، أفعال، فواعل …) with a few endings (ة، ات، ين، ون، ان، a pronoun); a
 * transliteration carries long vowels where no pattern puts them (`بيستون`: ي then و), ends as no
 * Arabic word after a preposition does (`زيبروغ`), or uses letters Arabic lacks (پ چ ڤ گ ژ).
 *
 * The test is for a word read alone after a preposition (lone-places.ts): after في/من/إلى a noun is
 * genitive, so a sound plural or dual there ends in ين, never ون, and a final ون is no plural ending.
 */
import { LOANWORDS } from './data/loanwords.js';
import { FACT, keySet, spellingFact, type Tok } from './tokens.js';

/** Foreign words used as common nouns (`فيديو`، `مونديال`، `كيلومتر`): a transliteration's shape, no name. */
const LOANWORD_KEYS = keySet(LOANWORDS);

/** Letters of Persian and European sounds Arabic writes only in foreign words. */
const FOREIGN_LETTERS = /[پچڤگژ]/u;

const CONSONANT = '[^اوي]';
/**
 * Arabic noun, adjective and verbal-noun patterns of five to seven letters, in key form (`.` one letter of
 * the root, a literal letter an affix or the pattern's long vowel). Five-letter words of these shapes
 * (`قانون`، `أسبوع`، `تسجيل`، `مراكز`) are Arabic whatever their letters.
 */
const PATTERNS = [
  // فاعول، فاعيل، فعلول، فعليل، فعلال (قانون، عصفور، قنديل، زلزال)
  '.ا.و.', '.ا.ي.', `.${CONSONANT}.و.`, `.${CONSONANT}.ي.`, `.${CONSONANT}.ا.`,
  // فعالل، فعاليل, which hold فواعل، فعائل، أفاعل، تفاعل، مفاعل and their ـيل forms (دراهم، شوارع، رسائل، أساليب،
  // تعاون، مراكز، عناوين، طواحين، تصاميم)
  '..ا..', '..ا.ي.',
  // أفعال، أفعول، أفعيل، افتعال، انفعال، استفعال (أعمال، أسبوع، إبريق، اجتماع، انفجار; أفعلاء ends as ARABIC_END)
  'ا..ا.', 'ا..و.', 'ا..ي.', 'ا.[تطد].ا.', 'ان..ا.', 'است..ا.',
  // تفعيل، تفعال (تسجيل، تمثال)
  'ت..ي.', 'ت..ا.',
  // مفعول، مفعال، مفعيل، مفتعل، منفعل، مستفعل، متفاعل، متفعّل (منشور، مفتاح، مجتمع، مستشفى)
  'م..و.', 'م..ا.', 'م..ي.', 'م.[تطد]..', 'من...', 'مست...', 'مت.ا..', 'مت...',
];
const ARABIC_PATTERN = new RegExp(`^(?:${PATTERNS.join('|')})$`, 'u');

/**
 * Endings of Arabic words: ة or a pronoun (ه، ها، هم، هما، هن، كم), a plural or dual (ين، ات، وا، ان), the
 * plurals فعلاء and أفعلاء (ء); نا is the pronoun "our" except in ـينا (`فيينا`، `أثينا`).
 */
const ARABIC_END = /(?:ه|ها|هم|هما|هن|كم|ين|ات|وا|ان|اء|[^ي]نا)$/u;

/** Present and future verbs (`يتجاوز`، `سيصعد`): a verb's prefix on a consonant (`يو`، `يا` open names: `يوركشاير`). */
const VERB_SHAPE = /^(?:س?[يتن]ت|س?ي[^اوي])/u;

/** Long-vowel letters after the first letter: a transliteration writes its vowels out. */
function longVowels(k: string): number {
  let n = 0;
  for (let i = 1; i < k.length; i++) {
    const c = k.charAt(i);
    if (c === 'ا' || c === 'و' || c === 'ي') n++;
  }
  return n;
}

/** Five letters or more, no Arabic ending, pattern or verb prefix. */
const noArabicShape = (k: string): boolean => k.length >= 5 && !ARABIC_END.test(k) && !ARABIC_PATTERN.test(k) && !VERB_SHAPE.test(k);

/** The word's letters have a transliteration's shape, listed loanwords included (`فيديو`). */
export function transliterationShape(t: Tok): boolean {
  if (t.kind !== 'word') return false;
  if (FOREIGN_LETTERS.test(t.text)) return true;
  const k = t.key;
  // A final ي may be a nisba's (`صيرفي`): five letters without it.
  return noArabicShape(k) && (!k.endsWith('ي') || k.length >= 6) && longVowels(k) >= 2;
}

const shapedForeign = (t: Tok): boolean => !LOANWORD_KEYS.has(t.key) && transliterationShape(t);

/** The word (as written, no proclitic peeled) has a transliteration's shape and is no listed loanword; computed once per spelling. */
export const foreignShaped = (t: Tok): boolean => spellingFact(t, FACT.foreign, shapedForeign);
