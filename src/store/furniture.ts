import type { FurnitureKeys } from '../core/index.js';

/** Memberships summed per group: members, and per line in how many of them it occurs (lines taken once per membership). */
export function sumCounts(memberships: readonly (FurnitureKeys | null)[]): Map<string, { members: number; lines: Map<string, number> }> {
  const out = new Map<string, { members: number; lines: Map<string, number> }>();
  for (const m of memberships) {
    if (m === null) continue;
    const g = out.get(m.group) ?? { members: 0, lines: new Map<string, number>() };
    g.members++;
    for (const line of new Set(m.lines)) g.lines.set(line, (g.lines.get(line) ?? 0) + 1);
    out.set(m.group, g);
  }
  return out;
}
