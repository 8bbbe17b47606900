/**
 * `يجلس X على حافة قاربه …. «…»، يقول الرجل الستيني`: a reporting verb with no subject written (or a
 * life description that refers back) whose speaker no carry-over rule found is the one person the text
 * has named so far. With two people named, or an earlier quote given to someone else, the text does not
 * say which one speaks, and the quote stays unattributed.
 */
import { key } from '../text/index.js';
import { agrees, type Context, type Gender, type Spoken } from './quote-context.js';
import { SAME_KEYS } from './lexicon.js';
import { isDefinite, type Tok } from './tokens.js';
import { PREPOSITION_BEFORE_KEYS } from './quote-antecedents.js';
import { firstFrom } from './search.js';

/** The words of a person's name as keys. */
const words = (name: string): string[] => key(name).split(' ').filter(Boolean);

/** Two names of one person: one is the other's first words, or (one word of four letters or more) its last word. */
function sameperson(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const [s, l] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (s.length === 0) return false;
  if (s.every((w, i) => l[i] === w)) return true;
  return s.length === 1 && (s[0] as string).length >= 4 && l[l.length - 1] === s[0];
}

/** `على مقربة من X يقف الحارس`: a person named as the object of a preposition is not the one the scene is about. */
function afterPreposition(ctx: Context, at: number): boolean {
  const before = ctx.toks[firstFrom(ctx.toks, at) - 1];
  return before !== undefined && PREPOSITION_BEFORE_KEYS.has(before.key);
}

/**
 * The one person named before `at` (the longest form of the name), when the paragraph of `at` names
 * them (not after a preposition) and every earlier quote is theirs; null when no one or several people are named, when they were
 * named only in earlier paragraphs (a later one may be about someone the entity pass did not read),
 * when someone else was quoted, or when they were quoted with a verb of the other gender than `gender`.
 */
export function solePersonBefore(ctx: Context, at: number, gender: Gender, quoted: readonly Spoken[]): string | null {
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
  // (A verb of the other gender than the one that person was quoted with is someone else's: `يقول` then `تقول`.)
  if (one === undefined || quoted.some((q) => q.start < at && (!sameperson(q.speaker, one) || !agrees(q.gender, gender)))) return null;
  const paragraph = ctx.text.lastIndexOf('\n', at - 1) + 1;
  return ctx.mentions.some((m) => m.type === 'person' && m.start >= paragraph && m.start < at && !afterPreposition(ctx, m.start)) ? one : null;
}

/**
 * `وتابع المسؤول ذاته:`، `وأضاف المصدر نفسه أن`: a definite description followed by نفسه/ذاته as the
 * verb's subject is someone the text has just quoted (the carry-over speaker), not someone new.
 */
export function sameOneAfter(ctx: Context, verb: Tok): boolean {
  const d = ctx.toks[verb.index + 1];
  const same = ctx.toks[verb.index + 2];
  return d !== undefined && same !== undefined && /^ +$/.test(d.gap) && /^ +$/.test(same.gap) && d.kind === 'word' && isDefinite(d.key) && SAME_KEYS.has(same.key);
}
