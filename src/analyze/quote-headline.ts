/**
 * `السفير الأميركي: «لن نسحب قواتنا»`، `وزير الصحة لـ«الشرق الأوسط»: «…»`: a headline, a line that is only a
 * speaker, a colon and the quote (no verb; an addressed outlet may stand before the colon), gives the quote
 * to the speaker the article names in full: a person or organization named there, a title phrase resolved
 * to the holder the text names with the same title (after the headline, in the lead, else before it), or a
 * surname a person named in the text ends with.
 */
import { key } from '../text/index.js';
import { lookup, type Tok } from './tokens.js';
import { VERB_KEYS } from './lexicon.js';
import { spanLine, type MarkedSpan } from './quote-marks.js';
import type { TitlePhrase } from './types.js';
import { type Context, findStartingIn } from './quote-context.js';
import { resolveTitle } from './quote-titles.js';
import { firstFrom } from './search.js';

/** At most this many words before the headline's colon. */
const HEADLINE_SPEAKER_WORDS = 6;

/** The speaker before the colon, an outlet addressed (`لـ«الحياة»`) left out, then the colon. */
const HEADLINE = /^\s*([^\s:«»"“”.،,؛!؟?]+(?: [^\s:«»"“”.،,؛!؟?]+)*?)\s*(?:لـ?\s*[«"“][^«»"“”\n]{1,40}[»"”]\s*)?:\s*$/u;

/** The speaker of a headline quote (see the file's comment), else null. */
export function headlineSpeaker(ctx: Context, span: MarkedSpan): string | null {
  const { text } = ctx;
  const { start: lineStart, end: lineEnd } = spanLine(text, span);
  if (!/^[\s.!؟?]*$/.test(text.slice(span.close, lineEnd))) return null;
  const head = HEADLINE.exec(text.slice(lineStart, span.open));
  const phrase = head?.[1];
  if (phrase === undefined || phrase.split(' ').length > HEADLINE_SPEAKER_WORDS) return null;
  const from = lineStart + (head?.[0].indexOf(phrase) ?? 0);
  const to = from + phrase.length;
  const words = ctx.toks.slice(firstFrom(ctx.toks, from), firstFrom(ctx.toks, to));
  // (A verb makes it a sentence, not a headline's speaker: `ويقول: «…»` is read elsewhere.)
  if (words.length === 0 || words.some((t) => t.kind !== 'word' || lookup(t, VERB_KEYS) !== null)) return null;
  const named = findStartingIn(ctx.mentions, from, to, (m) => m.start === from && m.end === to && m.type !== 'place');
  if (named !== undefined) return named.name;
  const title = findStartingIn(ctx.titles, from, from + 1, (t) => t.end === to);
  if (title !== undefined) return title.person ?? holderAfter(ctx, title, lineEnd) ?? resolveTitle(ctx, title) ?? (title.text.includes(' ') ? title.text : null);
  return surnameOfNamed(ctx, words);
}

/** The person the first later title phrase with the same head and every word of `title` names. */
function holderAfter(ctx: Context, title: TitlePhrase, after: number): string | null {
  const words = key(title.text).split(' ').slice(1);
  for (let k = firstFrom(ctx.titles, after); k < ctx.titles.length; k++) {
    const t = ctx.titles[k] as TitlePhrase;
    if (t.person === null || t.head !== title.head) continue;
    const theirs = new Set(key(t.text).split(' '));
    if (words.every((w) => theirs.has(w))) return t.person;
  }
  return null;
}

/** `عباس: «…»`: one or two plain words that a person named in the text ends with: that person. */
function surnameOfNamed(ctx: Context, words: readonly Tok[]): string | null {
  if (words.length > 2) return null;
  const tail = ` ${words.map((t) => t.key).join(' ')}`;
  const people = new Set(ctx.mentions.filter((m) => m.type === 'person' && key(m.name).endsWith(tail)).map((m) => m.name));
  return people.size === 1 ? ([...people][0] as string) : null;
}
