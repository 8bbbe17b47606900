export { ingestPaths } from './paths.js';
export { cleanBytes } from './bytes.js';
export { cleanText, extractHtml, type CleanOptions } from './article.js';
export { learnOutletFurniture, DEFAULT_LEARN_OPTIONS, type LearnOptions } from './learn.js';
export { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.js';
export { BUILTIN_OUTLETS } from './outlets/records.js';
export { outletRecord, type OutletRecord } from './outlets/record.js';
export { JSON_FIELDS } from './record.js';
