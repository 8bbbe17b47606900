import type { DigestDocument, DisagreementSide, DocumentId, EntityType, StoryEntity, StoryQuote } from '../core/index.js';
import { readableDate } from './dates.js';

/** How many items of each kind a story shows before the rest is folded away; the JSON keeps them all. */
export const SHOWN = { entitiesPerType: 8, quotes: 8, timeline: 10, sharedNamesPerType: 12 } as const;

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
export function quoteOrder(quotes: readonly StoryQuote[]): StoryQuote[] {
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

/** Said after a disagreement's topic when its figure was revised from one day's reports to the next (`Disagreement.update`). */
export const REVISED_OVER_TIME = 'رقم تغيّر من تقرير إلى آخر بمرور الأيام';

/** When a side's reports were published (`نُشر 29 ديسمبر 2004`، `نُشر 15 نوفمبر 2026 – 16 نوفمبر 2026`), or '' when undated. */
export function sideDays(side: DisagreementSide): string {
  const days = side.published ?? [];
  if (days.length === 0) return '';
  const first = readableDate(days[0] as string);
  return days.length === 1 ? `نُشر ${first}` : `نُشر ${first} – ${readableDate(days[days.length - 1] as string)}`;
}
