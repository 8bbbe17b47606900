import { key, words } from '../text/index.js';

/**
 * Clean shorter spans of a sentence: its leading clauses, each ending before a comma or semicolon.
 * Arabic news prose chains clauses with commas, so the part before one is usually a main clause that
 * reads as a sentence. Not when the sentence opens with a preposition or a fronted adverbial (في
 * مؤتمر صحفي ...، بمناسبة ...،): its first clause is then a phrase, not a sentence.
 */
const CLAUSE_BREAK = /\s*(?:[،,](?!\d)|[؛;])\s*/gu;

/** Key forms of words that open a phrase rather than a clause. */
const PHRASE_OPENERS = new Set(
  ['في', 'من', 'على', 'عن', 'إلى', 'مع', 'بعد', 'قبل', 'خلال', 'منذ', 'عند', 'حول', 'ضمن', 'بين', 'أمام', 'وسط', 'بمناسبة', 'رغم', 'بالرغم', 'إثر', 'عقب', 'لدى', 'حتى', 'تحت', 'فوق', 'وفي', 'ومن', 'وعلى', 'وبعد', 'وقبل', 'وخلال', 'ومنذ'].map((w) => key(w) as string),
);

/** Quotes and brackets left open would make the span read as cut off. */
function balanced(text: string): boolean {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  return count(/«/gu) === count(/»/gu) && count(/\(/gu) === count(/\)/gu) && count(/\[/gu) === count(/\]/gu) && count(/"/gu) % 2 === 0 && count(/“/gu) === count(/”/gu);
}

/** End offsets (in `text`) of the leading-clause spans of `text`, shortest first; the whole text is not one of them. */
export function clauseEnds(text: string): number[] {
  const first = words(text)[0];
  if (first === undefined || PHRASE_OPENERS.has(key(first.text))) return [];
  const ends: number[] = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) if (m.index > 0 && m.index + m[0].length < text.length && balanced(text.slice(0, m.index))) ends.push(m.index);
  return ends;
}
