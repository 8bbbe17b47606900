/**
 * The default collator's order (`new Intl.Collator().compare`, which is also what `localeCompare` without
 * arguments gives), without making a collator in the common case. The first collator or `localeCompare`
 * of a process costs about 70 M instructions whatever its locale (V8 builds the list of ICU's collation
 * locales), and the analysis paid that in every run for a few tie-breaks: names tied on mentions and
 * documents, timeline texts tied on resolution. Nothing else in a digest run makes a collator.
 *
 * For the characters below, ICU's root collation (what the process gets when its locale is English, C
 * or POSIX) is three levels of weights that can be written down: primary space < digits (ASCII and
 * Arabic-Indic alike) < Latin letters (either case) < Arabic letters in code order; the harakat and the
 * hamza and madda marks (U+064B–U+0655) weigh only at the second level, in code order, after a letter's
 * own; capitals weigh more than small letters at the third. آ أ إ ؤ ئ are letters of their own, so a
 * string is composed (NFC) first when it holds a mark. Any other character, or a process whose locale
 * (LC_ALL, LC_MESSAGES, LANG, as ICU reads them) is not English, C or POSIX, goes to the collator itself.
 * test/analyze/collation.property.test.ts compares the two on random strings of these characters.
 */

const COVERED = /^[ 0-9A-Za-z\u0621-\u063a\u0641-\u0655\u0660-\u0669]*$/;
const MARK = /[\u064b-\u0655]/;
/** A locale value under which ICU's default collation is the root's (unset counts too). */
const ROOT_ORDER_LOCALE = /^(?:|C|POSIX|en(?:_[A-Z]{2})?)(?:\.[\w-]+)?$/;

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

/** Whether the process's default collation is the root's, read from the environment as ICU reads it. */
export function rootOrderLocale(env: Readonly<Record<string, string | undefined>>, argv: readonly string[]): boolean {
  if (/icu[-_]locale/.test([...argv, env['NODE_OPTIONS'] ?? ''].join(' '))) return false;
  return ['LC_ALL', 'LC_MESSAGES', 'LANG'].every((k) => env[k] === undefined || ROOT_ORDER_LOCALE.test(env[k]!));
}

let collator: Intl.Collator | undefined;
let root: boolean | undefined;

/** `new Intl.Collator().compare(a, b)`, made only for strings the root weights above do not cover. */
export function compareText(a: string, b: string): number {
  root ??= rootOrderLocale(process.env, process.execArgv);
  if (root && COVERED.test(a) && COVERED.test(b)) return rootOrder(a, b);
  return (collator ??= new Intl.Collator()).compare(a, b);
}
