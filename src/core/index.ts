export * from './ids.js';
export * from './outcome.js';
export * from './document.js';
export * from './story.js';
export * from './digest.js';
export * from './summary.js';
export * from './random.js';
export * from './fingerprint.js';
