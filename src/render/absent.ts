import type { DigestCounts } from '../core/index.js';
import { arabicCount, type CountedNoun } from './arabic.js';

const WORDS: CountedNoun = { one: 'كلمة واحدة', two: 'كلمتين', few: 'كلمات', many: 'كلمة', other: 'كلمة' };

/**
 * Why a digest holds no story (null when it holds some): no article was read at all, or every input
 * was rejected (the list of why follows on the page).
 */
export function noStoriesLine(c: DigestCounts): string | null {
  if (c.stories > 0) return null;
  if (c.documents === 0) return 'لا قصص في هذه الخلاصة: لم يُقرأ أي مقال من المدخلات.';
  if (c.ok === 0 && c.duplicate === 0) return 'لا قصص في هذه الخلاصة: رُفضت كل المدخلات، وأسباب رفضها أدناه.';
  return 'لا قصص في هذه الخلاصة.';
}

/** Why a story has no summary: no sentence of its articles, nor a leading clause of one, fits the run's length. */
export const noSummaryLine = (words: number): string =>
  `لا ملخص لهذه القصة: لا تتسع أي جملة من مقالاتها في حدود ${arabicCount(words, WORDS)}، وحدّ أطول (--words) يعطي ملخصًا.`;
