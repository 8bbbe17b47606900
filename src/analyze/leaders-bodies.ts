/**
 * Governments named after their leader: `حكومة الجعفري`، `إدارة بوش`. When the text names
 * that person with more words elsewhere (`إبراهيم الجعفري`), the word after the head is the person's family name,
 * a person mention, and the phrase is no named organization.
 */
import type { Span } from '../core/index.js';
import { key } from '../text/index.js';
import { keySet } from './tokens.js';

/**
 * Heads of a government named after its leader. (`نظام الأسد` would belong here, but no cue reads
 * `نظام X` as an organization: نظام is as often "system", `نظام التعليم`.)
 */
const LEADER_BODY_HEADS = keySet(['حكومة', 'إدارة']);

/**
 * For each organization `orgs` (spans of `text`) written as a head and one word that closes the full name
 * of a person in `persons` (two words or more, the word not the first), the span of that word: the person's mention.
 */
export function leadersOfBodies(text: string, orgs: readonly Span[], persons: readonly Span[]): { readonly org: Span; readonly person: Span }[] {
  const surnames = new Set<string>();
  for (const p of persons) {
    const words = key(text.slice(p.start, p.end)).split(' ');
    // (any word after the first: a candidate may run on into a verb, `إبراهيم الجعفري تسعى`, cut later)
    for (const w of words.slice(1)) surnames.add(w);
  }
  if (surnames.size === 0) return [];
  const out: { org: Span; person: Span }[] = [];
  for (const o of orgs) {
    const written = text.slice(o.start, o.end);
    const m = /^(\S+) (\S+)$/u.exec(written);
    if (m === null || !LEADER_BODY_HEADS.has(key(m[1] as string)) || !surnames.has(key(m[2] as string))) continue;
    out.push({ org: o, person: { start: o.start + (m[1] as string).length + 1, end: o.end } });
  }
  return out;
}
