/**
 * `المتحدث باسم الأمم المتحدة (فرحان حق)`: a title phrase naming no one, then the holder's name in
 * brackets (translated news writes the name so): the name is the speaker.
 */
import { isDefinite, lookup, type Tok } from './tokens.js';
import { isStop, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import type { TitlePhrase } from './types.js';
import { type Context, findStartingIn } from './quote-context.js';
import { firstFrom } from './search.js';

/** The brackets right after a title: `(` then two or three words then `)`. */
const BRACKETED = /^\s*\(\s*([^()\n]+?)\s*\)/u;

/** The name in brackets right after `title` (a person the entity pass read there, else two or three plain words), else null. */
export function bracketedName(ctx: Context, title: TitlePhrase): string | null {
  if (title.person !== null) return null;
  const found = BRACKETED.exec(ctx.text.slice(title.end, title.end + 60));
  const inner = found?.[1];
  if (found === null || inner === undefined) return null;
  const from = title.end + found[0].indexOf(inner);
  const to = from + inner.length;
  const person = findStartingIn(ctx.mentions, from, from + 1, (m) => m.type === 'person' && m.end === to);
  if (person !== undefined) return person.name;
  const words = ctx.toks.slice(firstFrom(ctx.toks, from), firstFrom(ctx.toks, to));
  if (words.length < 2 || words.length > 3 || isDefinite((words[0] as Tok).key)) return null;
  // (An acronym or a body, `(أونروا)`، `(وزارة الصحة)`, is no holder's name.)
  if (findStartingIn(ctx.mentions, from, to) !== undefined) return null;
  if (words.some((t) => t.kind !== 'word' || isStop(t) || lookup(t, VERB_KEYS) !== null || lookup(t, TITLE_KEYS) !== null)) return null;
  return inner;
}
