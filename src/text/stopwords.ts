/**
 * Stopwords for similarity features only (never before quote, date or entity extraction):
 * stopwords-iso `ar` (MIT), normalized through the same `key` as the text, built once.
 */
import { createRequire } from 'node:module';
import { key } from './key.js';

const require = createRequire(import.meta.url);
const ISO = (require('stopwords-iso') as Record<string, readonly string[]>)['ar'] ?? [];

/**
 * Entries removed from the list because they are content words in news or collide, after folding,
 * with content words (docs/design/text.md explains each).
 */
const STOPWORD_EXCEPTIONS: readonly string[] = [
  'زيارة', // a visit: the event of many stories
  'إعادة', // إعادة الإعمار، إعادة الانتخابات
  'لقاء', // a meeting between leaders
  'قوة', // قوة دولية، قوة عسكرية
  'عين', // place names (عين العرب، عين الحلوة) and "appointed"
  'حار', // weather stories: طقس حار
  'عوض', // a family name, and compensation
  'صفر', // the Hijri month Safar, and scores
];

const build = (): ReadonlySet<string> => {
  const exceptions = new Set<string>(STOPWORD_EXCEPTIONS.map((w) => key(w)));
  const set = new Set<string>();
  for (const entry of ISO) {
    const k: string = key(entry.normalize('NFC'));
    if (k.length > 0 && /^\p{L}+$/u.test(k) && !exceptions.has(k)) set.add(k);
  }
  return set;
};

export const STOPWORDS: ReadonlySet<string> = build();

/** Whether a key token is a stopword. */
export const isStopword = (keyWord: string): boolean => STOPWORDS.has(keyWord);
