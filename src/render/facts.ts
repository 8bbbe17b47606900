import type { DigestDocument, DisagreementSide, DocumentId, EntityType, StoryEntity, StoryQuote } from '../core/index.js';
import { readableDate } from './dates.js';

/** How many items of each kind a story shows before the rest is folded away; the JSON keeps them all. */
export const SHOWN = { entitiesPerType: 8, quotes: 8, timeline: 10, sharedNamesPerType: 12, contents: 20, citationsPerSentence: 6, storiesPerSharedName: 12 } as const;

/** The heading of the names found in several stories (`shared-names.ts`). */
export const SHARED_NAMES = 'أسماء في أكثر من قصة';

/** The first `n` items, and the rest (shown folded in the page, counted in digest.md). */
export const split = <T>(items: readonly T[], n: number): { readonly shown: readonly T[]; readonly rest: readonly T[] } => ({ shown: items.slice(0, n), rest: items.slice(n) });

export const ENTITY_GROUPS: readonly { readonly type: EntityType; readonly label: string }[] = [
  { type: 'person', label: 'أشخاص' },
  { type: 'place', label: 'أماكن' },
  { type: 'organization', label: 'منظمات وهيئات' },
];

/** The entities of one type, most mentioned first (ties: more documents, then name). */
export function entitiesOfType(entities: readonly StoryEntity[], type: EntityType): StoryEntity[] {
  return entities
    .filter((x) => x.type === type)
    .sort((a, b) => b.mentions - a.mentions || b.documents.length - a.documents.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Shown instead of a speaker the analyzer could not name. */
export const UNKNOWN_SPEAKER = 'متحدث غير محدد';
/** Marks indirect speech (قال إن ...), which is never shown inside quote marks. */
export const REPORTED_MARK = 'بتصرف';

/** Introduces another speaker some outlets give a quote: `(ونسبه <outlets> إلى <speaker>)`. */
export const ATTRIBUTED_BY = 'ونسبه';

/** Verbatim quotes first (they are what the speaker said), in the analyzer's order within each kind. */
function quoteOrder(quotes: readonly StoryQuote[]): StoryQuote[] {
  return [...quotes.filter((q) => q.mode === 'verbatim'), ...quotes.filter((q) => q.mode === 'reported')];
}

/** Distinct names of the given documents' outlets, in document order. */
export function outletNames(ids: readonly DocumentId[], name: (id: DocumentId) => string): string[] {
  return [...new Set(ids.map(name))];
}

/** Short name of a document in citations: its outlet, else its file name, else `fallback`. */
export const shortName = (d: DigestDocument | undefined, fallback: string): string => d?.outlet ?? d?.path.split(/[\\/]/).pop() ?? fallback;

/** How many of a story's original (not duplicate) articles name no outlet. */
export const unnamedArticles = (ids: readonly DocumentId[], docs: ReadonlyMap<DocumentId, DigestDocument>): number =>
  ids.filter((id) => {
    const d = docs.get(id);
    return d?.status === 'ok' && d.outlet === null;
  }).length;

/** A story's heading: its title, else its first summary sentence, cut at `HEADLINE.cutTo` words when longer than `HEADLINE.maxWords`. */
export const HEADLINE = { maxWords: 14, cutTo: 12 } as const;
/** Shown for a story with neither a title nor a summary. */
export const NO_TITLE = 'قصة بلا عنوان';

/**
 * The heading of a story, and its full text when it was cut. A story without a title is headed by its
 * first summary sentence, which in encyclopedic or long-lead articles runs to 40–100 words: as a heading
 * and as a line of the contents it buried the list (pool15: 31 of 36 stories over 14 words).
 */
export function headline(story: { readonly title: string | null; readonly summary: readonly { readonly text: string }[] }): { readonly text: string; readonly full: string | null } {
  const full = (story.title ?? story.summary[0]?.text ?? NO_TITLE).trim();
  const words = full.split(/\s+/u);
  if (words.length <= HEADLINE.maxWords) return { text: full, full: null };
  return { text: `${words.slice(0, HEADLINE.cutTo).join(' ').replace(/[\s،,؛;:.\-–—]+$/u, '')} …`, full };
}

/** One speaker's quotes (verbatim first), and how many the story gives them in all. */
export interface SpeakerQuotes {
  readonly speaker: string | null;
  readonly quotes: readonly StoryQuote[];
  readonly total: number;
}

/** How many quotes the speakers' lists hold (the count a fold of them is headed by). */
export const quoteCount = (groups: readonly SpeakerQuotes[]): number => groups.reduce((n, g) => n + g.quotes.length, 0);

/** How many of each speaker's quotes show before the fold, so that several speakers are seen at once. */
export const QUOTES_PER_SPEAKER_SHOWN = 2;

/**
 * A story's quotes by speaker, the most quoted first (ties: who is quoted verbatim first, in the
 * analyzer's order); quotes without a speaker last. `shown` holds up to `QUOTES_PER_SPEAKER_SHOWN` of
 * each speaker's quotes until `SHOWN.quotes` are taken, `rest` everything else under the same speakers in
 * the same order. A flat list of 71 quotes named one speaker again on each line, and showed only the
 * first one or two speakers before its fold.
 */
export function quotesBySpeaker(quotes: readonly StoryQuote[]): { readonly shown: readonly SpeakerQuotes[]; readonly rest: readonly SpeakerQuotes[] } {
  const groups = new Map<string | null, StoryQuote[]>();
  for (const q of quoteOrder(quotes)) {
    const list = groups.get(q.speaker);
    if (list) list.push(q);
    else groups.set(q.speaker, [q]);
  }
  const ordered = [...groups].sort(([a, x], [b, y]) => (a === null ? 1 : 0) - (b === null ? 1 : 0) || y.length - x.length);
  let budget: number = SHOWN.quotes;
  const shown: SpeakerQuotes[] = [];
  const rest: SpeakerQuotes[] = [];
  for (const [speaker, list] of ordered) {
    const n = Math.min(budget, QUOTES_PER_SPEAKER_SHOWN, list.length);
    budget -= n;
    if (n > 0) shown.push({ speaker, quotes: list.slice(0, n), total: list.length });
    if (n < list.length) rest.push({ speaker, quotes: list.slice(n), total: list.length });
  }
  return { shown, rest };
}

/** Said after a disagreement's topic when its figure was revised from one day's reports to the next (`Disagreement.update`). */
export const REVISED_OVER_TIME = 'رقم تغيّر من تقرير إلى آخر بمرور الأيام';

/** When a side's reports were published (`نُشر 29 ديسمبر 2004`، `نُشر 15 نوفمبر 2026 – 16 نوفمبر 2026`), or '' when undated. */
export function sideDays(side: DisagreementSide): string {
  const days = side.published ?? [];
  if (days.length === 0) return '';
  const first = readableDate(days[0] as string);
  return days.length === 1 ? `نُشر ${first}` : `نُشر ${first} – ${readableDate(days[days.length - 1] as string)}`;
}
