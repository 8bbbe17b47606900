/**
 * A development / held-out split of the mixed story set, so clustering parameters can be chosen on
 * one part and reported on the other. Development: TAC topics M000–M002 and the EASC articles of
 * odd-numbered topic folders. Held out: TAC topics M003–M004, the EASC articles of even-numbered
 * folders and the seeds. Each part has diffuse news topics and neighbouring encyclopedic articles.
 */
import type { LabelledText } from './cluster-corpus.js';

export const STORY_SPLITS = ['all', 'dev', 'held-out'] as const;
export type StorySplit = (typeof STORY_SPLITS)[number];

export const isStorySplit = (s: string): s is StorySplit => (STORY_SPLITS as readonly string[]).includes(s);

function isDevelopment(t: LabelledText): boolean {
  const tac = /^tac\/M\d{2}(\d)/.exec(t.story);
  if (tac) return Number(tac[1]) <= 2;
  const easc = /^easc\/Topic(\d+)\//.exec(t.name);
  if (easc) return Number(easc[1]) % 2 === 1;
  return false;
}

export function storySplit(texts: readonly LabelledText[], split: StorySplit): readonly LabelledText[] {
  if (split === 'all') return texts;
  return texts.filter((t) => isDevelopment(t) === (split === 'dev'));
}
