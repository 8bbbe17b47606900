import type { Removed } from '../../core/index.js';

/** What cleaning produces before ids and hashes are attached. */
export interface Extracted {
  readonly paragraphs: readonly string[];
  readonly removed: readonly Removed[];
  readonly title: string | null;
  readonly dateline: string | null;
  readonly agency: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
}
