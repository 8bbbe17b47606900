export { clean } from './clean.js';
export { key } from './key.js';
export { scanWords, tokenize, words, type Token, type TokenKind } from './tokenize.js';
export { sentences, type SentenceOptions } from './sentences.js';
export { keyTokens, keyTerms, wordTerm, type KeyTermsOptions } from './terms.js';
export { stem, type StemOptions } from './stem.js';
export { isStopword } from './stopwords.js';
