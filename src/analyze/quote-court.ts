/**
 * Verdict stories quote a ruling's reasoning (`وجاء في حيثيات الحكم أن «…»`، `وقالت المحكمة في حيثيات
 * حكمها إن «…»`): the speaker is the court that ruled, the one named as the subject of the story's
 * ruling verb (`قضت محكمة الجنايات أمس بحبس …`), not the court of a later appeal.
 */
import { key } from '../text/index.js';
import { isDefinite, keySet, lookup, type Tok } from './tokens.js';
import { type Context, findStartingIn } from './quote-context.js';
import { TEMPORAL_KEYS } from './lexicon.js';
import { firstFrom } from './search.js';

/** Verbs a court rules with, as the subject follows them. */
const RULING_VERB_KEYS = keySet(['قضت', 'قضى', 'حكمت', 'أيدت', 'ألغت', 'برأت', 'أدانت', 'دانت', 'عاقبت', 'رفضت', 'قررت']);

/** Words a court's name opens with. */
const COURT_HEAD_KEYS = keySet(['محكمة', 'المحكمة', 'الدائرة', 'دائرة', 'هيئة']);

/** A court's reasoning: `حيثيات` (also with a pronoun or proclitic). */
export const reasoningWord = (t: Tok | undefined): boolean => t !== undefined && t.forms.some((f) => f.letters <= 1 && /^حيثيات/.test(f.form));

/** A definite word right after the previous one, not a time word (`اليوم`): `الكبرى`، `المدنية`. */
const courtAdjective = (t: Tok | undefined): boolean => t !== undefined && /^ +$/.test(t.gap) && isDefinite(t.key) && !TEMPORAL_KEYS.has(t.key);

/**
 * The court named right after a ruling verb before `before` (the nearest such, named with two words or
 * more: `المحكمة الكبرى المدنية`, or the court mention the entity pass found there); null when none.
 */
export function rulingCourt(ctx: Context, before: number): string | null {
  for (let k = Math.min(firstFrom(ctx.toks, before), ctx.toks.length - 1) - 1; k >= 0; k--) {
    if (lookup(ctx.toks[k] as Tok, RULING_VERB_KEYS) === null) continue;
    const head = ctx.toks[k + 1] as Tok;
    if (!/^ +$/.test(head.gap) || lookup(head, COURT_HEAD_KEYS) === null) continue;
    const m = findStartingIn(ctx.mentions, head.start, head.end, (x) => x.type === 'organization');
    if (m !== undefined && m.name.includes(' ')) return m.name;
    // Unnamed by the lists: the court word and the definite adjectives after it.
    let end = k + 1;
    while (courtAdjective(ctx.toks[end + 1])) end++;
    if (end > k + 1) return ctx.text.slice(head.start, (ctx.toks[end] as Tok).end);
  }
  return null;
}

const BARE_COURT = key('المحكمة');

/** `المحكمة` alone as a speaker. */
export const bareCourt = (speaker: string): boolean => key(speaker) === BARE_COURT;
