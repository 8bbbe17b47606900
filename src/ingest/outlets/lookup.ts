import { matchKey } from '../plain/line.js';
import type { OutletRecord } from './record.js';

/** Outlet records indexed for lookup by host and by the key of a printed name. */
export interface OutletIndex {
  readonly records: readonly OutletRecord[];
  byHost(url: string | null | undefined): OutletRecord | null;
  /** The record whose name or alias equals this line (after key folding), if any. */
  byName(line: string): OutletRecord | null;
  /** The same lookup for a line already reduced by `matchKey`. */
  byMatchKey(match: string): OutletRecord | null;
  /** True when the line (reduced by `matchKey`) is a known furniture line of the given outlet. */
  isFurniture(record: OutletRecord | null, match: string): boolean;
}

const nameKey = matchKey;
/** Outlet names are short: longer lines are never looked up. */
const MAX_NAME_WORDS = 6;

export function outletIndex(records: readonly OutletRecord[]): OutletIndex {
  const names = new Map<string, OutletRecord>();
  const furniture = new Map<OutletRecord, Set<string>>();
  for (const r of records) {
    for (const n of [r.name, ...r.aliases]) if (!names.has(nameKey(n))) names.set(nameKey(n), r);
    furniture.set(r, new Set(r.furniture.map(nameKey)));
  }
  return {
    records,
    byHost(url) {
      if (!url) return null;
      let host: string;
      let path: string;
      try {
        const u = new URL(url);
        host = u.hostname.replace(/^www\./, '').toLowerCase();
        path = u.pathname;
      } catch {
        return null;
      }
      for (const r of records) {
        for (const h of r.hosts) {
          const [hh, ...rest] = h.split('/');
          const prefix = rest.length > 0 ? `/${rest.join('/')}` : '';
          if ((host === hh || host.endsWith(`.${hh}`)) && path.startsWith(prefix)) return r;
        }
      }
      return null;
    },
    byName(line) {
      return line.split(' ').length > MAX_NAME_WORDS * 2 ? null : (names.get(nameKey(line)) ?? null);
    },
    byMatchKey(match) {
      return names.get(match) ?? null;
    },
    isFurniture(record, match) {
      return record !== null && (furniture.get(record)?.has(match) ?? false);
    },
  };
}
