/**
 * A title phrase resolved to the person it names in the article (`الوزير` → the last `وزير X`).
 */
import { key } from '../text/index.js';
import { isDefinite, isNisba } from './tokens.js';
import type { TitlePhrase } from './types.js';
import { type Context, findLastStartingIn, startingIn } from './quote-context.js';

/** Bodies named two ways in titles: رئيس الحكومة = رئيس الوزراء. */
const ORGAN_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  [key('الحكومة'), [key('وزراء')]],
  [key('الوزراء'), [key('حكومة')]],
  [key('البلاد'), [key('جمهورية'), key('دولة')]],
  // `رئيس البلدية` = رئيس المجلس (الشعبي) البلدي
  [key('البلدية'), [key('بلدي')]],
]);

/** The person a bare title (الوزير، الرئيس الفرنسي) refers to: the last one named with that title before `offset`. */
export function resolveTitle(ctx: Context, phrase: TitlePhrase): string | null {
  if (phrase.person !== null) return phrase.person;
  const phraseKey = key(phrase.text);
  const words = phraseKey.split(' ');
  const last = words[words.length - 1] as string;
  // (`البلدية` ends like a nisba but is a body.)
  const nationality = words.length >= 2 && isNisba(last) && !ORGAN_SYNONYMS.has(last) ? last : null;
  const bare = words.length === 1 || (words.length === 2 && nationality !== null);
  // `طارق الحسيني، محافظ البنك المركزي`: a title set off after a name names that person.
  const earlier = ctx.titles.filter((t) => t.end <= phrase.start).map((t) => (t.person === null ? { ...t, person: appositiveOwner(ctx, t) } : t)).filter((t) => t.person !== null);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const t = earlier[i] as TitlePhrase;
    if (bare ? t.head === phrase.head && (nationality === null || key(t.text).split(' ').includes(nationality)) : key(t.text).startsWith(phraseKey)) return t.person;
  }
  const organ = words.length === 2 && isDefinite(words[1] as string) && nationality === null ? (words[1] as string) : null;
  if (organ !== null) {
    // `رئيس الهيئة`، `رئيس الحكومة`: the last person named with this title over that body (`رئيس هيئة قناة السويس X`, `رئيس الوزراء X`).
    const bodies = [organ.slice(2), ...(ORGAN_SYNONYMS.get(organ) ?? [])];
    for (let i = earlier.length - 1; i >= 0; i--) {
      const t = earlier[i] as TitlePhrase;
      const tk = key(t.text).split(' ');
      if (t.head === phrase.head && tk.slice(1).some((w) => bodies.includes(w.replace(/^ال/, '')))) return t.person;
    }
  }
  if (nationality !== null && words.length <= 3 && !words.includes('باسم')) {
    const same = earlier.filter((t) => (t.head === phrase.head || t.head === 'نظير') && key(t.text).split(' ').includes(nationality));
    const people = new Set(same.map((t) => t.person));
    if (people.size === 1) return same[0]?.person ?? null;
  }
  if (bare && nationality === null) {
    // `وزيرة السياحة … قالت الوزيرة`: the nearest earlier title with that head, though it names no one.
    const unnamed = findLastStartingIn(ctx.titles, 0, phrase.start, (t) => t.end <= phrase.start && t.head === phrase.head && t.person === null && key(t.text).split(' ').length >= 2);
    if (unnamed !== undefined) return unnamed.text;
  }
  return null;
}

/** The person named right before a title with only a comma between (`X، محافظ البنك المركزي`). */
function appositiveOwner(ctx: Context, t: TitlePhrase): string | null {
  const m = findLastStartingIn(ctx.mentions, t.start - 60, t.start, (x) => x.end <= t.start);
  return m !== undefined && m.type === 'person' && /^\s*[،,]\s*$/.test(ctx.text.slice(m.end, t.start)) ? m.name : null;
}

/**
 * `مدير فرع الوزارة بالمنطقة، المهندس فهد الغامدي،`: a title naming no one, followed after a comma
 * by a title phrase that names a person, is that person.
 */
export function appositive(ctx: Context, phrase: TitlePhrase): string | null {
  for (const next of startingIn(ctx.titles, phrase.end, phrase.end + 120)) {
    const between = ctx.text.slice(phrase.end, next.start);
    if (/[:«"“.؛\n]/.test(between)) return null;
    if (next.person !== null) return /[،,]\s*$/.test(between) ? next.person : null;
  }
  return null;
}
