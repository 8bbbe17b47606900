import type { Block } from './blocks.js';

/**
 * Post-processing of Readability's output, independent of language: photo captions and credits,
 * and short blocks that are mostly link text (menus, tag lists, "more stories" teasers).
 * Each rule was kept only if it raised F1 on the extraction benchmark (docs/evaluation/ingest.md).
 */
export interface BlockFilterOptions {
  /** Drop caption blocks. Default true. */
  readonly dropCaptions: boolean;
  /** A block of fewer words than this whose link share is above `linkShare` is navigation. Default 12; 0 disables. */
  readonly linkBlockWords: number;
  /** Default 0.6; 0–1. */
  readonly linkShare: number;
}

export const DEFAULT_BLOCK_FILTER: BlockFilterOptions = { dropCaptions: true, linkBlockWords: 12, linkShare: 0.6 };

export function keepBlock(b: Block, o: BlockFilterOptions = DEFAULT_BLOCK_FILTER): boolean {
  if (o.dropCaptions && b.caption) return false;
  const words = b.text.split(' ').length;
  if (words < o.linkBlockWords && b.linkChars / b.text.length > o.linkShare) return false;
  return true;
}
