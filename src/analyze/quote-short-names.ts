/**
 * `عمر جيري` … `يعود عمر إلى سيارته. «…»، يقول`: feature prose calls a person by the given name alone
 * (or the surname alone) once it has named them in full. For the speaker readings (not the entity
 * list), such a word counts as a mention of that person: the one full person name of the text it opens
 * or closes, named before it.
 */
import { key } from '../text/index.js';
import type { Tok } from './tokens.js';
import { NAME_JOINER_KEYS } from './lexicon.js';
import type { EntityMention } from './types.js';

/** Fewest letters of a given name read alone (shorter words are too often particles). */
const MIN_LETTERS = 3;

/**
 * `mentions` (sorted by start) with a person mention added at every word, in no mention, that is the
 * first or last word of exactly one person the text named before with two words or more (and that no
 * other person's name of the text holds anywhere), sorted by start.
 */
export function withGivenNameMentions(toks: readonly Tok[], mentions: readonly EntityMention[]): readonly EntityMention[] {
  const names = nameEnds(mentions);
  if (names === null) return mentions;
  const { byEnd, inNames } = names;
  const added: EntityMention[] = [];
  let next = 0;
  for (const t of toks) {
    while (next < mentions.length && (mentions[next] as EntityMention).end <= t.start) next++;
    const inside = next < mentions.length && (mentions[next] as EntityMention).start <= t.start;
    if (inside || t.kind !== 'word' || t.key.length < MIN_LETTERS) continue;
    const hit = byEnd.get(t.key);
    if (hit == null || hit.end > t.start || (inNames.get(t.key)?.size ?? 0) > 1) continue;
    added.push({ kind: 'entity-mention', start: t.start, end: t.end, text: t.text, type: 'person', form: t.text, name: hit.name, source: 'known' });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The words that may stand for a person named in `mentions`, or null when none may. Apart from the
 * token loop above: that loop is what the optimizer compiles, and this runs once per text.
 */
function nameEnds(mentions: readonly EntityMention[]): {
  readonly byEnd: ReadonlyMap<string, { name: string; end: number } | null>;
  readonly inNames: ReadonlyMap<string, ReadonlySet<string>>;
} | null {
  const people = mentions.filter((m) => m.type === 'person');
  if (people.length === 0) return null;
  // The first and last word of each full name, with the name and where it was first written; a word of two names is no one's.
  const byEnd = new Map<string, { name: string; end: number } | null>();
  // Any word of a person's name: a given name that another name holds elsewhere (`محمد علي`، `علي حسن`) is ambiguous.
  const inNames = new Map<string, Set<string>>();
  for (const m of people) {
    const keys = m.name.split(' ').filter(Boolean).map((w) => key(w));
    for (const k of keys) {
      const set = inNames.get(k) ?? new Set<string>();
      set.add(m.name);
      inNames.set(k, set);
    }
    if (keys.length < 2) continue;
    // (Not the last word of a chain with بن/ولد/منت/أبو …: `ولد سيدي محمد` closes on a father's given name.)
    const chained = keys.some((k) => NAME_JOINER_KEYS.has(k));
    const ends = chained ? [keys[0] as string] : [keys[0] as string, keys[keys.length - 1] as string];
    for (const k of ends) {
      const seen = byEnd.get(k);
      if (seen === undefined) byEnd.set(k, { name: m.name, end: m.end });
      else if (seen !== null && seen.name !== m.name) byEnd.set(k, null);
    }
  }
  return byEnd.size === 0 ? null : { byEnd, inNames };
}
