import type { EntityType, Span } from '../core/index.js';

/** How a mention was found: a curated list, a title before a name, an organization cue word, or a name learned earlier in the story. */
export type MentionSource = 'gazetteer' | 'title' | 'cue' | 'known';

/** A person, place or organization named in a clean text, `[start, end)` without proclitics. */
export interface EntityMention extends Span {
  readonly kind: 'entity-mention';
  readonly text: string;
  readonly type: EntityType;
  /** The mention as a name: the article restored where a preposition absorbed it (للحلف → الحلف). */
  readonly form: string;
  /** The name this mention stands for: the canonical gazetteer name, or the full name learned for a surname. */
  readonly name: string;
  readonly source: MentionSource;
}

/** A title phrase (وزير الدفاع الأميركي، المتحدث باسم الجيش) and the person it names, if any. */
export interface TitlePhrase extends Span {
  readonly kind: 'title-phrase';
  /** Key of the title word without article or feminine ending (وزير، رئيس، متحدث). */
  readonly head: string;
  /** The phrase as written, from the title word to the name (or to its last descriptor). */
  readonly text: string;
  /** Full name of the person it introduces, or null when no name follows. */
  readonly person: string | null;
}

/** A quotation in a clean text. `verbatim`: inside quote marks; `reported`: قال إن ... without marks. */
export interface QuoteMention extends Span {
  readonly kind: 'quote-mention';
  readonly text: string;
  readonly mode: 'verbatim' | 'reported';
  /** Who said it: a person's full name, an organization, or a description (مصدر دبلوماسي). */
  readonly speaker: string | null;
  /** The reporting word that attributes it (قال، مضيفاً، وفق ما صرح), or null. */
  readonly cue: string | null;
}

export type DateGranularity = 'day' | 'week' | 'month' | 'year';

/**
 * A date expression. `date` is ISO (`2026-03-10`, `2026-03`, `2026`, `2026-W18`) when resolved; unresolved, it is
 * ISO without the year when month and day are written (`--10-17`), else the text as written.
 */
export interface DateMention extends Span {
  readonly kind: 'date-mention';
  readonly text: string;
  readonly date: string;
  readonly resolved: boolean;
  readonly granularity: DateGranularity | null;
  /** True for expressions read against the publication date (اليوم، أمس، الأحد الماضي). */
  readonly relative: boolean;
}

/** A counted quantity: `13 وزير دفاع`, `سبعة وأربعين قتيلاً`. */
export interface QuantityMention extends Span {
  readonly kind: 'quantity-mention';
  readonly text: string;
  readonly value: number;
  /** Key stem of the counted noun (the unit the disagreement check compares). */
  readonly unit: string;
  /** The counted noun as written. */
  readonly noun: string;
  /** A bound of a range (`بين خمس سنوات والمؤبد`): no count of its own to compare across outlets. */
  readonly bound?: true;
  /** The toll the count is, when its toll noun is written before it (`عدد القتلى تجاوز 120000`, see `tollBefore`). */
  readonly toll?: 'deaths' | 'injured' | 'missing';
}
