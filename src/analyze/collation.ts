/**
 * One order for names and texts tied on everything else (entity names tied on mentions and documents,
 * timeline texts tied on resolution): ICU's root collation, which English uses, the same on every machine.
 * Before session 14 the analysis sorted these ties with `new Intl.Collator()`, whose order follows the
 * process's locale (under `LANG=ar_EG.UTF-8` Arabic names sorted before Latin ones), so one pile gave
 * two digests on two machines. And the first collator of a process costs about 70 M instructions
 * whatever its locale (V8 builds the list of ICU's collation locales), which the analysis paid in every
 * run for a few tie-breaks: nothing else in a digest run makes a collator.
 *
 * For the characters below, root collation is three levels of weights that can be written down:
 * primary space < digits (ASCII and Arabic-Indic alike) < Latin letters (either case) < Arabic letters
 * in code order; the harakat and the hamza and madda marks (U+064B–U+0655) weigh only at the second
 * level, in code order, after a letter's own; capitals weigh more than small letters at the third.
 * آ أ إ ؤ ئ are letters of their own, so a string is composed (NFC) first when it holds a mark. A
 * string with any other character goes to `new Intl.Collator('en')`, made then.
 * test/analyze/collation.property.test.ts compares the two on random strings of these characters.
 */

const COVERED = /^[ 0-9A-Za-z\u0621-\u063a\u0641-\u0655\u0660-\u0669]*$/;
const MARK = /[\u064b-\u0655]/;
function primary(c: number): number {
  if (c === 0x20) return 1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 2;
  if (c >= 0x660 && c <= 0x669) return c - 0x660 + 2;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 12;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 12;
  if (c >= 0x64b && c <= 0x655) return 0;
  return c; // an Arabic letter: above the Latin ones, in code order
}
const secondary = (c: number): number => (c >= 0x64b && c <= 0x655 ? c - 0x64b + 2 : 1);
const tertiary = (c: number): number => (c >= 0x41 && c <= 0x5a ? 2 : 1);

/** One level: the two strings' weights at that level (zero weights skipped) compared in turn, a prefix first. */
function compareLevel(a: string, b: string, weight: (c: number) => number): number {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && weight(a.charCodeAt(i)) === 0) i++;
    while (j < b.length && weight(b.charCodeAt(j)) === 0) j++;
    if (i === a.length || j === b.length) return (i === a.length ? 0 : 1) - (j === b.length ? 0 : 1);
    const d = weight(a.charCodeAt(i++)) - weight(b.charCodeAt(j++));
    if (d !== 0) return d < 0 ? -1 : 1;
  }
}

/** ICU's root order of two strings of the covered characters (-1, 0, 1). */
export function rootOrder(a: string, b: string): number {
  const x = MARK.test(a) ? a.normalize('NFC') : a;
  const y = MARK.test(b) ? b.normalize('NFC') : b;
  return compareLevel(x, y, primary) || compareLevel(x, y, secondary) || compareLevel(x, y, tertiary);
}

let collator: Intl.Collator | undefined;

/** `new Intl.Collator('en').compare(a, b)`, the collator made only for strings the root weights above do not cover. */
export function compareText(a: string, b: string): number {
  if (COVERED.test(a) && COVERED.test(b)) return rootOrder(a, b);
  return (collator ??= new Intl.Collator('en')).compare(a, b);
}
