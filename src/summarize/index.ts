export { summarize } from './summarize.js';
export { DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from './options.js';
