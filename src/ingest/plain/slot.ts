import type { RemovalReason } from '../../core/index.js';
import type { Line } from './line.js';

/** One line of the article under cleaning; `reason` is set by the first rule that removes it (the header pass may refine a repeat into a title repeat). */
export interface Slot {
  text: string;
  info: Line;
  reason: RemovalReason | null;
}

export const removeAs = (slot: Slot, reason: RemovalReason): void => {
  if (slot.reason === null) slot.reason = reason;
};
