/**
 * The story analysis: every document analyzed twice (the second pass knows every person named
 * anywhere in the story, so a surname-only mention in one outlet finds the full name given by
 * another), then entities, quotes, dates and facts merged across documents.
 */
import { instantOf, type CleanDocument, type Disagreement, type DocumentId, type Sentence, type SentenceRef, type StoryAnalysis, type StoryEntity, type TimelineEntry } from '../core/index.js';
import { key, sentences } from '../text/index.js';
import { compareText } from './collation.js';
import { analyzeDates } from './dates.js';
import { dateExcerpt } from './excerpt.js';
import { DAY_MS, isoDay } from './calendar.js';
import { DEFAULT_DISAGREEMENT_OPTIONS, findDisagreements, TOLL_PREFIX, type DisagreementOptions, type Fact } from './disagreements.js';
import { candidatePersons, collectCandidates, resolveEntities, type EntityCandidates } from './entities.js';
import { mergeEntities } from './merge-entities.js';
import { personShaped, titleHolders, titledSpeakers, titleReadings, type TitleReading } from './name-shape.js';
import { mergeQuotes } from './merge-quotes.js';
import { withoutOwnOutlets } from './outlets.js';
import { isCountry } from './gazetteer.js';
import { analyzeQuantities, eventPhase, isIncrement, measuredBy, tollLabel, tollOf, unitLabel } from './numbers.js';
import { analyzeQuotes, DEFAULT_QUOTE_OPTIONS, type FindQuotesOptions } from './quotes.js';
import { COMPLEMENTIZERS, VERB_KEYS } from './lexicon.js';
import { tokenView, type Tok } from './tokens.js';
import { rangeKeys, rangeTerms } from './range-terms.js';
import { containing } from './search.js';
import type { DateMention, EntityMention, QuantityMention, QuoteMention } from './types.js';

export interface AnalyzeOptions {
  /** Quote detection (see `FindQuotesOptions`). */
  readonly quotes?: Omit<FindQuotesOptions, 'known' | 'sentences'>;
  /** Share of the longer quote's words two quotes must share to be one quote. Default 0.8, in (0, 1]. */
  readonly quoteOverlap?: number;
  readonly disagreements?: DisagreementOptions;
}

export const DEFAULT_ANALYZE_OPTIONS = {
  quotes: DEFAULT_QUOTE_OPTIONS,
  quoteOverlap: 0.8,
  disagreements: DEFAULT_DISAGREEMENT_OPTIONS,
} as const;

/** Everything found in one document, offsets into its clean text. */
export interface DocumentAnalysis {
  readonly document: DocumentId;
  readonly entities: readonly EntityMention[];
  readonly quotes: readonly QuoteMention[];
  readonly dates: readonly DateMention[];
  readonly quantities: readonly QuantityMention[];
}

export function analyzeDocument(doc: CleanDocument, options: AnalyzeOptions = {}, known: readonly string[] = []): DocumentAnalysis {
  const toks = tokenView(doc.text);
  return analyzeParsed(doc, toks, sentences(doc.text), collectCandidates(doc.text, toks), options, known).analysis;
}

function analyzeParsed(
  doc: CleanDocument,
  toks: readonly Tok[],
  split: readonly Sentence[],
  pass1: EntityCandidates,
  options: AnalyzeOptions,
  known: readonly string[],
): { readonly analysis: DocumentAnalysis; readonly titles: readonly TitleReading[] } {
  // The quotes read every mention and title (a speaker's description such as مسؤول في اللجنة العليا
  // لمهرجان جرش runs over one); the names shown are only those shaped as names.
  const resolved = resolveEntities(doc.text, toks, pass1, { known });
  const titles = titleReadings(resolved.titles);
  const dates = analyzeDates(doc.text, toks, doc.published);
  const analysis = {
    document: doc.id,
    entities: personShaped(resolved.mentions),
    quotes: titledSpeakers(analyzeQuotes(doc.text, toks, resolved, { ...options.quotes, sentences: split }), titles),
    dates,
    quantities: analyzeQuantities(doc.text, toks, dates),
  };
  return { analysis, titles };
}

/** Characters either side of a quantity whose terms say what it counts (about six words). */
const QUANTITY_WINDOW = 40;
/**
 * Characters either side of a date whose terms say what happened that day (about ten words): the
 * whole sentence would tie the day of the event to the day it was announced (`اجتاحت مساء أمس
 * السبت ... وفق ما أعلنت ... اليوم الأحد`), and every sentence of a story shares its topic words.
 */
const EVENT_WINDOW = 60;

/**
 * Every date of the story with the sentences that give it. A sentence that tells of an event on one day
 * and of its announcement on another (`اجتاحت مساء أمس السبت ... وفق ما أعلنت ... اليوم الأحد`) is
 * listed under the event's day only.
 */
function timeline(docs: readonly CleanDocument[], analyses: readonly DocumentAnalysis[], split: readonly (readonly Sentence[])[], announcedIn: readonly ReadonlySet<DateMention>[]): TimelineEntry[] {
  type Entry = { date: string; resolved: boolean; text: string; excerpt?: string; documents: DocumentId[]; sources: SentenceRef[]; seen: Set<string> };
  const entries = new Map<string, Entry>();
  const newEntry = (d: DateMention, sentence: Sentence | undefined): Entry => {
    const excerpt = sentence === undefined ? null : dateExcerpt(sentence, d.start);
    // (fields in the order digest.json shows them)
    return { date: d.date, resolved: d.resolved, text: sentence?.text ?? d.text, ...(excerpt === null ? {} : { excerpt }), documents: [], sources: [], seen: new Set<string>() };
  };
  const cite = (entry: Entry, r: SentenceRef): void => {
    if (entry.seen.has(`${r.document}\u0000${r.sentence}`)) return;
    entry.seen.add(`${r.document}\u0000${r.sentence}`);
    entry.sources.push(r);
  };
  analyses.forEach((a, i) => {
    const document = (docs[i] as CleanDocument).id;
    const ss = split[i] ?? [];
    const announced = announcedIn[i] ?? new Set<DateMention>();
    const eventIn = new Set(a.dates.filter((d) => !announced.has(d)).map((d) => containing(ss, d.start)?.index));
    for (const d of a.dates) {
      const sentence = containing(ss, d.start);
      if (announced.has(d) && sentence !== undefined && eventIn.has(sentence.index)) continue;
      const id = d.resolved || d.date.startsWith('--') ? d.date : `?${key(d.text)}`;
      const e = entries.get(id) ?? newEntry(d, sentence);
      if (e.documents[e.documents.length - 1] !== document) e.documents.push(document);
      if (sentence !== undefined) cite(e, { document, sentence: sentence.index });
      entries.set(id, e);
    }
  });
  // A day without a year (`السبت 14 تشرين الثاني` in an undated report) is the story's dated day of that
  // month and day when there is exactly one: the same day told by an outlet that gave no date.
  for (const [id, yearless] of entries) {
    if (!/^--\d\d-\d\d$/.test(id)) continue;
    const dated = [...entries.values()].filter((e) => e.resolved && e.date.length === 10 && e.date.endsWith(id.slice(1)));
    if (dated.length !== 1) continue;
    const into = dated[0] as Entry;
    for (const d of yearless.documents) if (!into.documents.includes(d)) into.documents.push(d);
    for (const r of yearless.sources) cite(into, r);
    entries.delete(id);
  }
  return [...entries.values()].map(({ seen: _seen, ...e }) => e).sort((a, b) => Number(b.resolved) - Number(a.resolved) || compareText(a.date, b.date));
}

/**
 * Who reported a fact, for the reader: the outlet when ingest found it, else the document's title,
 * else its file name — each labelled, so a title or file name is never mistaken for an outlet.
 */
function outletLabel(doc: CleanDocument): string {
  if (doc.outlet !== null && doc.outlet.trim() !== '') return doc.outlet;
  if (doc.title !== null && doc.title.trim() !== '') return `عنوان: ${doc.title.trim()}`;
  return `ملف: ${doc.path.split(/[\\/]/).pop() ?? doc.path}`;
}

/**
 * A date right after a reporting verb, followed by what was said (`قالت مصادر ملاحية اليوم الثلاثاء
 * إن`) or closing a post-posed attribution (`وفق ما أعلن الدفاع المدني اليوم الأحد`), tells when
 * something was said, not when the event happened (`وأعلن الجيش أمس سيطرته` stays an event).
 */
function announcedOn(keysBefore: readonly string[], keysAfter: readonly string[]): boolean {
  const words = keysBefore.slice(-5);
  const verb = words.findIndex((w) => VERB_KEYS.has(w) || (/^[وف]/.test(w) && VERB_KEYS.has(w.slice(1))));
  if (verb < 0) return false;
  const postposed = words[verb - 1] === 'ما';
  const complement = keysAfter.slice(0, 2).some((w) => COMPLEMENTIZERS.has(w));
  return postposed || complement;
}

/** Days before the story's time beyond which a dated sentence tells an earlier event (`فاجعة تشرين الأول 2018، حين قضى 21 شخصاً`). */
const EARLIER_EVENT_DAYS = 30;

/** The first day of a resolved date (`2018-10` → 2018-10-01, `2018` → 2018-01-01), in milliseconds; NaN for weeks and other forms. */
function firstDay(date: string): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.slice(0, 10));
  return m === null ? NaN : Date.UTC(Number(m[1]), Number(m[2] ?? '01') - 1, Number(m[3] ?? '01'));
}

/** Whether sentence `s` holds a resolved date more than `EARLIER_EVENT_DAYS` before `reference` (milliseconds; NaN: unknown). */
function earlierEvent(dates: readonly DateMention[], s: Sentence | undefined, reference: number): boolean {
  if (s === undefined || Number.isNaN(reference)) return false;
  const limit = reference - EARLIER_EVENT_DAYS * DAY_MS;
  return dates.some((d) => d.resolved && d.start >= s.start && d.start < s.end && firstDay(d.date) < limit);
}

/** The dates of a document that tell when something was said rather than when it happened (see `announcedOn`). */
function announcementDates(text: string, toks: readonly Tok[], dates: readonly DateMention[], split: readonly Sentence[]): ReadonlySet<DateMention> {
  const out = new Set<DateMention>();
  for (const d of dates) {
    const s = containing(split, d.start);
    const before = rangeKeys(text, toks, Math.max(s?.start ?? 0, d.start - 40), d.start);
    const after = rangeKeys(text, toks, d.end, Math.min(s?.end ?? text.length, d.end + 20));
    if (announcedOn(before, after)) out.add(d);
  }
  return out;
}

function facts(
  docs: readonly CleanDocument[],
  analyses: readonly DocumentAnalysis[],
  split: readonly (readonly Sentence[])[],
  toks: readonly (readonly Tok[])[],
  announcedIn: readonly ReadonlySet<DateMention>[],
): { quantities: Fact[]; events: Fact[] } {
  const quantities: Fact[] = [];
  const events: Fact[] = [];
  // An undated report is dated by the story's latest dated one, to tell its earlier events apart.
  const published = docs.map((d) => instantOf(d.published ?? ''));
  const latest = published.reduce((m, t) => (Number.isNaN(t) || t <= m ? m : t), NaN);
  analyses.forEach((a, i) => {
    const doc = docs[i] as CleanDocument;
    const outlet = outletLabel(doc);
    const ss = split[i] ?? [];
    const own = toks[i] ?? [];
    const keysIn = (from: number, to: number): string[] => rangeKeys(doc.text, own, from, to);
    /** The words around `[start, end)` within its sentence `s`. */
    const termsOf = (s: Sentence | undefined, start: number, end: number, window: number): Set<string> => {
      const from = Math.max(s?.start ?? 0, start - window);
      const to = Math.min(s?.end ?? doc.text.length, end + window);
      const inside = new Set(rangeTerms(doc.text, own, start, end));
      return new Set(rangeTerms(doc.text, own, from, to).filter((t) => !inside.has(t) && !/^\d/.test(t)));
    };
    const reference = Number.isNaN(published[i] as number) ? latest : (published[i] as number);
    // The day as the outlet wrote it (`2026-11-15T23:30+03:00` is the 15th), else the UTC day of the instant.
    const written = /^\d{4}-\d\d-\d\d/.exec(doc.published ?? '')?.[0];
    const day = Number.isNaN(published[i] as number) ? null : (written ?? isoDay(published[i] as number));
    const tolled = new Set<string>();
    for (const q of a.quantities) {
      // A range's bound is no count of its own to compare.
      if (q.bound === true) continue;
      const s = containing(ss, q.start);
      const before = keysIn(Math.max(s?.start ?? 0, q.start - QUANTITY_WINDOW), q.start);
      const after = keysIn(q.end, Math.min(s?.end ?? doc.text.length, q.end + QUANTITY_WINDOW));
      // An addition (`انتشلت جثتين جديدتين`) is no total to compare.
      if (isIncrement(after)) continue;
      const terms = termsOf(s, q.start, q.end, QUANTITY_WINDOW);
      // A report's first toll of a kind is its headline toll (news puts it first); later ones count
      // parts (`بينهم أربعة أطفال`) or other places, and are compared by their words as any count.
      const toll = q.toll ?? tollOf(q.unit, before, after);
      if (toll !== null && !tolled.has(toll) && !earlierEvent(a.dates, s, reference)) {
        tolled.add(toll);
        quantities.push({ document: doc.id, outlet, unit: `${TOLL_PREFIX}${toll}`, value: String(q.value), label: tollLabel(toll), terms, published: day });
        continue;
      }
      quantities.push({ document: doc.id, outlet, unit: q.unit, value: String(q.value), label: unitLabel(q.unit, q.noun), terms, measures: measuredBy(q.unit, before, after), published: day });
    }
    const announced = announcedIn[i] ?? new Set<DateMention>();
    for (const d of a.dates) {
      if (d.granularity !== 'day' || !d.resolved || announced.has(d)) continue;
      const s = containing(ss, d.start);
      // a sentence's and a date's text are slices of the document's (`sentences`, `analyzeDates`)
      const around = s !== undefined ? keysIn(s.start, s.end) : keysIn(d.start, d.end);
      events.push({ document: doc.id, outlet, unit: 'day', value: d.date, label: s?.text ?? d.text, terms: termsOf(s, d.start, d.end, EVENT_WINDOW), measures: eventPhase(around), published: day });
    }
  });
  return { quantities, events };
}

/**
 * Outlets disagree about a fact of one event: two of its sides cite documents that name a person, an
 * organization or a place smaller than a country in common, or two places (two unrelated crashes share
 * words such as مصرع and إصابة, not the town or the names; two trials in neighbouring countries may
 * both name the same third country, مالي, and nothing else).
 */
function sameEvent(d: Disagreement, entities: readonly StoryEntity[]): boolean {
  const sideOf = new Map<string, number>();
  d.sides.forEach((side, k) => {
    for (const doc of side.documents) sideOf.set(doc, k);
  });
  const shared = entities.filter((e) => {
    const sides = new Set<number>();
    for (const doc of e.documents) {
      const k = sideOf.get(doc);
      if (k !== undefined) sides.add(k);
    }
    return sides.size >= 2;
  });
  return shared.some((e) => e.type !== 'place' || !isCountry(e.name)) || shared.length >= 2;
}

/** Entities, quotes, timeline and disagreements of a story, every item citing its documents. */
export function analyzeStory(docs: readonly CleanDocument[], options: AnalyzeOptions = {}): StoryAnalysis {
  const toks = docs.map((d) => tokenView(d.text));
  const split = docs.map((d) => sentences(d.text));
  const first = docs.map((d, i) => collectCandidates(d.text, toks[i] ?? []));
  const known = [...new Set(docs.flatMap((d, i) => candidatePersons(d.text, first[i] as EntityCandidates)))];
  const parsed = docs.map((d, i) => analyzeParsed(d, toks[i] ?? [], split[i] ?? [], first[i] as EntityCandidates, options, known));
  const analyses = parsed.map((p) => p.analysis);
  const sentenceAt = (i: number) => (offset: number): number | null => containing(split[i] ?? [], offset)?.index ?? null;
  const merged = mergeEntities(analyses.map((a, i) => ({ document: a.document, mentions: a.entities, sentenceAt: sentenceAt(i) })));
  const holder = titleHolders(parsed.flatMap((p) => p.titles));
  const quotes = mergeQuotes(
    analyses.map((a, i) => ({ document: a.document, quotes: a.quotes, sentenceAt: sentenceAt(i) })),
    (name) => {
      const named = merged.canonical(name);
      if (named !== null) return named;
      const person = holder(name);
      return person === null ? null : (merged.canonical(person) ?? person);
    },
    options.quoteOverlap ?? DEFAULT_ANALYZE_OPTIONS.quoteOverlap,
  );
  const announcedIn = analyses.map((a, i) => announcementDates((docs[i] as CleanDocument).text, toks[i] ?? [], a.dates, split[i] ?? []));
  const f = facts(docs, analyses, split, toks, announcedIn);
  const entities = withoutOwnOutlets(merged.entities, docs.map((d) => d.outlet));
  const disagreements: Disagreement[] = findDisagreements(f.quantities, f.events, options.disagreements ?? {}).filter((d) => sameEvent(d, entities));
  return { entities, quotes, timeline: timeline(docs, analyses, split, announcedIn), disagreements };
}
