export { analyzeStory, analyzeDocument, DEFAULT_ANALYZE_OPTIONS, type AnalyzeOptions, type DocumentAnalysis } from './story.js';
export { findEntities, type FindEntitiesOptions } from './entities.js';
export { findQuotes, DEFAULT_QUOTE_OPTIONS, type FindQuotesOptions } from './quotes.js';
export { findDates } from './dates.js';
export { findQuantities } from './numbers.js';
export { DEFAULT_DISAGREEMENT_OPTIONS, type DisagreementOptions } from './disagreements.js';
export type { DateGranularity, DateMention, EntityMention, MentionSource, QuantityMention, QuoteMention, TitlePhrase } from './types.js';
