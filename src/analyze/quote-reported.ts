/**
 * Reported speech: a reporting verb, إن/أن and a clause without quote marks, kept as `reported`.
 */
import type { Sentence } from '../core/index.js';
import { FACT, keySet, spellingFact, lookup, type Tok } from './tokens.js';
import type { MarkedSpan } from './quote-marks.js';
import type { QuoteMention } from './types.js';
import { containing } from './search.js';
import { COMPLEMENTIZERS, type Context, tokensWithin, trimQuote } from './quote-context.js';

const REPORTED_VERB_KEYS = keySet(['قال', 'قالت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'أعلن', 'أعلنت', 'ذكر', 'ذكرت', 'أشار', 'أشارت', 'صرح', 'صرحت', 'أفاد', 'أفادت', 'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'شدد', 'شددت', 'لفت', 'لفتت', 'نفى', 'نفت', 'كشف', 'كشفت']);
/** Some of `spans` overlaps `[start, end)`. */
const overlapsSpan = (spans: readonly MarkedSpan[], start: number, end: number): boolean => spans.some((s) => s.open < end && start < s.close);

/** قال/أكد ... إن/أن + clause with no quote marks: reported speech up to the end of the sentence. */
export function reportedSpeech(ctx: Context, spans: readonly MarkedSpan[], verbSpeaker: (cue: Tok, s: Sentence) => string | null): QuoteMention[] {
  const out: QuoteMention[] = [];
  for (const t of reportingVerbs(ctx.toks)) {
    const reported = reportedAfter(ctx, spans, verbSpeaker, t);
    if (reported !== null) out.push(reported);
  }
  return out;
}

/**
 * The reporting verbs among `toks`. The scan over every token is a function of its own, so that the
 * optimizer compiles the scan alone: with the reading after each verb in the same loop it compiled
 * that too (55 M instructions on the real pile), for about three verbs a text.
 */
function reportingVerbs(toks: readonly Tok[]): Tok[] {
  const out: Tok[] = [];
  for (const t of toks) if (spellingFact(t, FACT.reportedVerb, reportedVerb)) out.push(t);
  return out;
}

/** One of `REPORTED_VERB_KEYS`; asked once per spelling (`spellingFact`), as most words are no verb. */
const reportedVerb = (t: Tok): boolean => lookup(t, REPORTED_VERB_KEYS) !== null;

/** The reported speech after the reporting verb `t`, or null. */
function reportedAfter(ctx: Context, spans: readonly MarkedSpan[], verbSpeaker: (cue: Tok, s: Sentence) => string | null, t: Tok): QuoteMention | null {
  const sentence = containing(ctx.sentences, t.start);
  if (sentence === undefined) return null;
  let c = t.index + 1;
  while (c < ctx.toks.length && c - t.index <= 12 && (ctx.toks[c] as Tok).start < sentence.end && !COMPLEMENTIZERS.has((ctx.toks[c] as Tok).key)) c++;
  const comp = ctx.toks[c];
  const next = ctx.toks[c + 1];
  if (comp === undefined || next === undefined || !COMPLEMENTIZERS.has(comp.key) || next.start >= sentence.end) return null;
  const start = next.start;
  const end = sentence.start + sentence.text.replace(/[\s.!؟?]+$/, '').length;
  if (end <= start || overlapsSpan(spans, start, end) || /["«“]/.test(ctx.text.slice(t.end, end))) return null;
  const clause = ctx.text.slice(start, end);
  if (tokensWithin(ctx.toks, start, end) < 3) return null;
  return { kind: 'quote-mention', start, end, text: trimQuote(clause), mode: 'reported', speaker: verbSpeaker(t, sentence), cue: t.text };
}
