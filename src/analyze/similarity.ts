/** Name comparison on key text: compact form (no spaces, hyphens or article) and bounded edit distance. */

/** Key text with spaces and hyphens removed: جان-ايف لودريان and جان ايف لو دريان meet. */
export const compact = (k: string): string => (/[\s\-‐‑]/.test(k) ? k.replace(/[\s\-‐‑]+/g, '') : k);

/** Two rows reused by every `editDistance` call (names are short; grown when a longer one comes). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = (prev[j] as number) + 1;
      const left = (cur[j - 1] as number) + 1;
      if (left < v) v = left;
      const diag = (prev[j - 1] as number) + cost;
      if (diag < v) v = diag;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length] as number;
}

/** Edits tolerated between two compact names of this length: none below 6 letters, 1 up to 9, 2 above. */
export const tolerance = (length: number): number => (length < 6 ? 0 : length < 10 ? 1 : 2);

const ALEF = 0x0627;
const WAW = 0x0648;
const YEH = 0x064a;
const TEH_MARBUTA_KEY = 0x0647;

/**
 * The consonants of a compact key form: without the letters that spell long vowels (ا و ي) and a
 * word-final ه (teh marbuta after `key`). Transliterations of one name differ in those letters
 * (أشتون / اشتون، لودريان / لو دوريان، الأميركي / الأمريكي); two names differ in a consonant
 * (الحسنات / الحسان).
 *
 * One pass over char codes, each kept letter mapped by `classes` when given (`spellingBlock`): asked for
 * every string the known-name scan tries and every name a merge compares (about 13 k strings a real
 * digest), where two regular expressions, a letter-by-letter concatenation and a string-keyed lookup per
 * letter were 4% of the warm analysis.
 */
function consonants(compactKey: string, classes?: ReadonlyMap<number, number>): string {
  let end = compactKey.length;
  if (end > 0 && compactKey.charCodeAt(end - 1) === TEH_MARBUTA_KEY) end--;
  let out = '';
  const codes: number[] = [];
  for (let i = 0; i < end; i++) {
    const c = compactKey.charCodeAt(i);
    if (c === ALEF || c === WAW || c === YEH) continue;
    codes.push(classes?.get(c) ?? c);
    // (A few dozen code units at a time: `fromCharCode` takes its arguments on the stack.)
    if (codes.length === 64) {
      out += String.fromCharCode.apply(null, codes);
      codes.length = 0;
    }
  }
  return out + String.fromCharCode.apply(null, codes);
}

/** Each letter of a transliteration pair → one letter of its class (ش→س; غ ق ك→ج; ط→ت; ض→د; ذ→ز; ف→ب), by char code. */
const PAIR_CLASS = new Map<number, number>([...'شسغجقجكجطتضدذزفب'.matchAll(/(.)(.)/gu)].map(([, from, to]) => [(from as string).charCodeAt(0), (to as string).charCodeAt(0)]));

/**
 * A key two compact forms share whenever `sameCompactName` holds (their consonants agree, up to
 * one transliteration pair): a merge compares a name only with the names of its block.
 */
export const spellingBlock = (compactKey: string): string => consonants(compactKey, PAIR_CLASS);

/**
 * Consonants that transliterations of one foreign name trade (ش/س for "sh"/"s", the several letters
 * written for "g", ت/ط, د/ض, ذ/ز, ب/ف for "p" and "v"); a trade between any other two is another name
 * (العتيبي / العتيقي).
 */
const TRANSLITERATION_PAIRS = new Set(['سش', 'شس', 'جغ', 'غج', 'جق', 'قج', 'غق', 'قغ', 'كق', 'قك', 'جك', 'كج', 'تط', 'طت', 'دض', 'ضد', 'ذز', 'زذ', 'بف', 'فب']);

/** Same length and at most one letter apart, that letter a transliteration pair. */
function oneTransliteration(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++diff > 1 || !TRANSLITERATION_PAIRS.has(`${a[i]}${b[i]}`)) return false;
  }
  return true;
}

/**
 * Two compact forms are one name up to spelling: within the tolerance of the shorter, and their
 * consonants agree but for one transliteration pair (غوتيريش / غوتيريس).
 */
export function sameCompactName(a: string, b: string): boolean {
  if (a === b) return true;
  const max = tolerance(Math.min(a.length, b.length));
  if (max === 0 || editDistance(a, b, max) > max) return false;
  const ca = consonants(a);
  const cb = consonants(b);
  return ca === cb || oneTransliteration(ca, cb);
}

/** Same name up to spelling: equal compact forms, or `sameCompactName`. */
export const sameName = (a: string, b: string): boolean => sameCompactName(compact(a), compact(b));
