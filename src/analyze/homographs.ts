/**
 * Place names the key form cannot tell apart (عمّان the Jordanian capital, عُمان the country):
 * the marks written on the token decide first, then a settling word just before it (سلطنة عمان),
 * then words pointing to one reading only anywhere in the document; otherwise the name is kept
 * as written rather than asserting either place.
 */
import { key } from '../text/index.js';
import { HOMOGRAPHS, type HomographReading } from './data/places.js';
import type { Tok } from './tokens.js';

interface Compiled {
  readonly canonical: string;
  readonly marked: RegExp;
  readonly before: ReadonlySet<string>;
  /** Context phrases as key-word lists. */
  readonly context: readonly (readonly string[])[];
}

const keyWords = (s: string): string[] => key(s).split(/\s+/).filter(Boolean);

const compile = (r: HomographReading): Compiled => ({
  canonical: r.canonical,
  marked: r.marked,
  before: new Set(r.before.map((w) => key(w) as string)),
  context: r.context.map(keyWords),
});

const TABLE = new Map<string, readonly Compiled[]>(HOMOGRAPHS.map(([k, readings]) => [key(k) as string, readings.map(compile)]));

/** Per document (its token array) and homograph: the reading its context points to, or null. */
const contextMemo = new WeakMap<readonly Tok[], Map<string, string | null>>();

function contextReading(toks: readonly Tok[], form: string, readings: readonly Compiled[]): string | null {
  let memo = contextMemo.get(toks);
  if (memo === undefined) contextMemo.set(toks, (memo = new Map()));
  const known = memo.get(form);
  if (known !== undefined) return known;
  const present = readings.filter((r) =>
    r.context.some((phrase) => toks.some((_, i) => phrase.every((w, k) => toks[i + k]?.forms.some((f) => f.form === w) === true))),
  );
  const answer = present.length === 1 ? (present[0] as Compiled).canonical : null;
  memo.set(form, answer);
  return answer;
}

/**
 * The canonical name for a one-word place at token `i` whose key form (proclitics peeled: `letters`)
 * is a homograph; the written form when nothing settles it; undefined when `form` is no homograph.
 */
export function homographCanonical(toks: readonly Tok[], i: number, form: string, letters: number): string | undefined {
  const readings = TABLE.get(form);
  const t = toks[i];
  if (readings === undefined || t === undefined) return undefined;
  const written = [...t.text].filter((c) => !/[\u0640]/.test(c));
  // Peel the proclitic letters (and any marks on them) off the written word.
  let start = 0;
  for (let seen = 0; seen < letters && start < written.length; start++) if (!/[\u064B-\u065F\u0670]/.test(written[start] as string)) seen++;
  while (start < written.length && /[\u064B-\u065F\u0670]/.test(written[start] as string)) start++;
  const word = written.slice(start).join('');
  const marked = readings.find((r) => r.marked.test(word));
  if (marked !== undefined) return marked.canonical;
  const before = toks[i - 1];
  const settled = before === undefined ? undefined : readings.find((r) => before.forms.some((f) => r.before.has(f.form)));
  if (settled !== undefined) return settled.canonical;
  return contextReading(toks, form, readings) ?? word.replace(/[\u064B-\u065F\u0670]/g, '');
}
