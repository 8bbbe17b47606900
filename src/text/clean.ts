/**
 * The display layer. `clean` keeps the text as published minus invisible junk; every step is a
 * small named `string → string` rule and `CLEAN_RULES` (in order) is the specification.
 * See docs/design/text.md for why each rule exists and why the order matters.
 */

export type TextRule = (text: string) => string;

const TATWEEL = 'ـ';

/** Lone surrogates cannot be printed or encoded as UTF-8: they become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ANY_SURROGATE = /[\uD800-\uDFFF]/;
export const replaceLoneSurrogates: TextRule = (s) => (ANY_SURROGATE.test(s) ? s.replace(LONE_SURROGATE, '\uFFFD') : s);

/** CR LF and CR become LF; U+2028/U+2029 (line/paragraph separators) become LF. */
export const normalizeLineBreaks: TextRule = (s) => s.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');

const PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFC]/g;
const PRESENTATION_SPECIAL: Readonly<Record<string, string>> = {
  '\uFDFC': 'ريال',
  '\uFDFD': 'بسم الله الرحمن الرحيم',
};

const mapPresentationForm = (c: string): string => {
  const special = PRESENTATION_SPECIAL[c];
  if (special !== undefined) return special;
  const code = c.charCodeAt(0);
  // Isolated harakat (FE70–FE7F): NFKC turns them into SPACE + mark, which would split words.
  if (code >= 0xfe70 && code <= 0xfe7f) return '';
  return c.normalize('NFKC').trim();
};

/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) → base letters, one code point at a time
 * with NFKC. The rest of the text is never NFKC'd (that would rewrite `…`, superscripts, full-width Latin).
 */
export const mapPresentationForms: TextRule = (s) => s.replace(PRESENTATION_FORM, mapPresentationForm);

/** Zero-width characters, bidi controls, BOM and soft hyphen are deleted. */
export const removeZeroWidth: TextRule = (s) => s.replace(/[\u200B-\u200F\u061C\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E]/g, '');

/** Other C0/C1 control characters (not LF) are deleted; TAB is handled as a space. */
export const removeControls: TextRule = (s) => s.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g, '');

/** Odd spaces (NBSP, narrow NBSP, en/em spaces, ideographic space, tab, form feed) → ASCII space. */
export const normalizeSpaces: TextRule = (s) => s.replace(/[\t\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');

/** Runs of spaces become one; spaces at the start and end of a line are dropped. */
export const collapseSpaces: TextRule = (s) => {
  const t = s.replace(/ {2,}/g, ' ').replace(/ \n ?|\n /g, '\n');
  const from = t.startsWith(' ') ? 1 : 0;
  const to = t.length > from && t.endsWith(' ') ? t.length - 1 : t.length;
  return from === 0 && to === t.length ? t : t.slice(from, to);
};

/** A code unit that is an Arabic letter or mark (so a tatweel beside it is inside a word). */
const isArabicWordChar = (code: number): boolean =>
  (code >= 0x0620 && code <= 0x065f && code !== 0x0640) ||
  (code >= 0x066e && code <= 0x06d3) ||
  code === 0x06d5 ||
  (code >= 0x06d6 && code <= 0x06ed) ||
  (code >= 0x06fa && code <= 0x06ff) ||
  (code >= 0x0750 && code <= 0x077f) ||
  (code >= 0x0870 && code <= 0x08ff) ||
  (code >= 0x0610 && code <= 0x061a);

const TATWEEL_RUN = /\u0640+/g;
const COMBINING_MARK = /\p{M}/u;

/**
 * Whether what follows a tatweel run at `from` is inside an Arabic word. Among the marks right after
 * the run, `toNfc` may put an Arabic one first (`ـ` + U+0301 + fathatan), so any Arabic mark there counts.
 */
function arabicWordFollows(all: string, from: number): boolean {
  let at = from;
  while (at < all.length && COMBINING_MARK.test(all[at]!)) {
    if (isArabicWordChar(all.charCodeAt(at))) return true;
    at++;
  }
  return at === from && from < all.length && isArabicWordChar(all.charCodeAt(from));
}

/**
 * Tatweel (kashida, U+0640, category Lm) is stretching: deleted between two Arabic letters
 * (`اقــرأ` → `اقرأ`). Standing alone between spaces it is a dash (`واشنطن ـ المغرب اليوم` →
 * `واشنطن - المغرب اليوم`). Anywhere else it is kept: `لـ«رويترز»` (clitic before a name), `هـ`.
 */
export const removeTatweelInWords: TextRule = (s) => {
  if (!s.includes(TATWEEL)) return s;
  return s.replace(TATWEEL_RUN, (run: string, at: number, all: string) => {
    const before = at > 0 ? all.charCodeAt(at - 1) : -1;
    const afterAt = at + run.length;
    const after = afterAt < all.length ? all.charCodeAt(afterAt) : -1;
    if (isArabicWordChar(before) && arabicWordFollows(all, afterAt)) return '';
    const spaceOrEdge = (c: number): boolean => c === -1 || c === 0x20 || c === 0x0a;
    if (spaceOrEdge(before) && spaceOrEdge(after)) return '-';
    return run;
  });
};

/** A dot after a one-letter initial, alone or behind the conjunction و/ف (`ود.`), is not glued punctuation. */
const GLUED_PUNCTUATION = /([،؛؟!]|(?<!(?:^|[^\p{L}\p{M}])[وف]?\p{L}\p{M}*)\.)(?=[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5])/gu;

/**
 * A space goes after `، ؛ ؟ . !` glued to a following Arabic letter (`الليبي،قال` → `الليبي، قال`).
 * Digits after the mark are never touched, so numbers (`1,2` `3.5` `8،8`) stay whole, and a dot
 * after a one-letter initial stays glued (`أ.ف.ب`, `ق.م`, `ص.ب`, `ود.محمد`). The letters include
 * U+06D5, which with hamza above composes to U+06C0 under `toNfc`, so a second `clean` adds nothing.
 */
export const spaceAfterPunctuation: TextRule = (s) => s.replace(GLUED_PUNCTUATION, '$1 ');

/** Canonical composition: `ا` + U+0654 → `أ`, marks in canonical order. Last, so the result is stable. */
export const toNfc: TextRule = (s) => s.normalize('NFC');

/** The specification of `clean`, applied in this order. */
export const CLEAN_RULES: readonly TextRule[] = [
  replaceLoneSurrogates,
  normalizeLineBreaks,
  mapPresentationForms,
  removeZeroWidth,
  removeControls,
  normalizeSpaces,
  removeTatweelInWords,
  spaceAfterPunctuation,
  collapseSpaces,
  toNfc,
];

/** `CLEAN_RULES` applied one after the other: the reference that `clean` must equal. */
export function cleanByRules(raw: string): string {
  let s = raw;
  for (const rule of CLEAN_RULES) s = rule(s);
  return s;
}

/**
 * For each code unit, the bit of the one rule before `spaceAfterPunctuation` that acts on it (0: none).
 * Those rules only act on their own characters, and the only character one of them creates that
 * another acts on is tatweel (from presentation forms such as U+FCF2), so a rule whose characters do
 * not occur is the identity and can be skipped.
 */
const RULE_BIT = { surrogate: 1, lineBreak: 2, presentation: 4, zeroWidth: 8, control: 16, space: 32, tatweel: 64 } as const;

const JUNK: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (bit: number, from: number, to: number = from): void => {
    table.fill(bit, from, to + 1);
  };
  mark(RULE_BIT.surrogate, 0xd800, 0xdfff);
  mark(RULE_BIT.lineBreak, 0x0d);
  mark(RULE_BIT.lineBreak, 0x85);
  mark(RULE_BIT.lineBreak, 0x2028, 0x2029);
  mark(RULE_BIT.presentation, 0xfb50, 0xfdff);
  mark(RULE_BIT.presentation, 0xfe70, 0xfefc);
  for (const [from, to] of [[0x200b, 0x200f], [0x061c, 0x061c], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x2069], [0xfeff, 0xfeff], [0xad, 0xad], [0x180e, 0x180e]] as const) {
    mark(RULE_BIT.zeroWidth, from, to);
  }
  for (const [from, to] of [[0x00, 0x08], [0x0b, 0x0b], [0x0e, 0x1f], [0x7f, 0x84], [0x86, 0x9f]] as const) mark(RULE_BIT.control, from, to);
  for (const [from, to] of [[0x09, 0x09], [0x0c, 0x0c], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]] as const) {
    mark(RULE_BIT.space, from, to);
  }
  mark(RULE_BIT.tatweel, 0x0640);
  return table;
})();

const JUNK_RULES: readonly (readonly [number, TextRule])[] = [
  [RULE_BIT.surrogate, replaceLoneSurrogates],
  [RULE_BIT.lineBreak, normalizeLineBreaks],
  [RULE_BIT.presentation, mapPresentationForms],
  [RULE_BIT.zeroWidth, removeZeroWidth],
  [RULE_BIT.control, removeControls],
  [RULE_BIT.space, normalizeSpaces],
  [RULE_BIT.tatweel | RULE_BIT.presentation, removeTatweelInWords],
];

const isArabicLetterAfterPunctuation = (c: number): boolean => (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5;
const isGluePunctuation = (c: number): boolean => c === 0x060c || c === 0x061b || c === 0x061f || c === 0x2e || c === 0x21;

/**
 * Display and extraction text: as published minus invisible junk. Keeps line breaks. Idempotent.
 * Equals `cleanByRules`; one pass over the text first finds which rules can change it, so text
 * without junk only pays for the rules that apply.
 */
export function clean(raw: string): string {
  const n = raw.length;
  let glued = false;
  let spaces = n > 0 && (raw.charCodeAt(0) === 0x20 || raw.charCodeAt(n - 1) === 0x20);
  let prev = -1;
  let junk = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    junk |= JUNK[c]!;
    if (c === 0x20 ? prev === 0x20 || prev === 0x0a : c === 0x0a && prev === 0x20) spaces = true;
    else if (isGluePunctuation(prev) && isArabicLetterAfterPunctuation(c)) glued = true;
    prev = c;
  }
  let s = raw;
  if (junk !== 0) {
    for (const [bits, rule] of JUNK_RULES) if ((junk & bits) !== 0) s = rule(s);
    // Deleting characters (or mapping presentation forms to letters) can bring a mark next to a
    // letter or two spaces together; the other rules cannot.
    if (glued || (junk & (RULE_BIT.zeroWidth | RULE_BIT.control | RULE_BIT.presentation)) !== 0) s = spaceAfterPunctuation(s);
    if (spaces || (junk & ~(RULE_BIT.surrogate | RULE_BIT.tatweel)) !== 0) s = collapseSpaces(s);
    return toNfc(s);
  }
  if (glued) s = spaceAfterPunctuation(s);
  if (spaces) s = collapseSpaces(s);
  return toNfc(s);
}
