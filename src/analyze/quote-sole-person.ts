/**
 * `يجلس X على حافة قاربه …. «…»، يقول الرجل الستيني`: a reporting verb with no subject written (or a
 * life description that refers back) whose speaker no carry-over rule found is the one person the text
 * has named so far. With two people named, or an earlier quote given to someone else, the text does not
 * say which one speaks, and the quote stays unattributed.
 */
import { key } from '../text/index.js';
import type { Context, Spoken } from './quote-context.js';

/** The words of a person's name as keys. */
const words = (name: string): string[] => key(name).split(' ').filter(Boolean);

/** Two names of one person: one is the other's first words, or (one word of four letters or more) its last word. */
function sameperson(a: string, b: string): boolean {
  const [s, l] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  if (s.length === 0) return false;
  if (s.every((w, i) => l[i] === w)) return true;
  return s.length === 1 && (s[0] as string).length >= 4 && l[l.length - 1] === s[0];
}

/**
 * The one person named before `at` (the longest form of the name), when the paragraph of `at` names
 * them and every earlier quote is theirs; null when no one or several people are named, when they were
 * named only in earlier paragraphs (a later one may be about someone the entity pass did not read), or
 * when someone else was quoted.
 */
export function solePersonBefore(ctx: Context, at: number, quoted: readonly Spoken[]): string | null {
  const people: string[] = [];
  for (const m of ctx.mentions) {
    if (m.start >= at) break;
    if (m.type !== 'person') continue;
    const same = people.findIndex((p) => sameperson(p, m.name));
    if (same < 0) people.push(m.name);
    else if (words(m.name).length > words(people[same] as string).length) people[same] = m.name;
    if (people.length > 1) return null;
  }
  const one = people[0];
  if (one === undefined || quoted.some((q) => q.start < at && !sameperson(q.speaker, one))) return null;
  const paragraph = ctx.text.lastIndexOf('\n', at - 1) + 1;
  return ctx.mentions.some((m) => m.type === 'person' && m.start >= paragraph && m.start < at) ? one : null;
}
