import type { Digest, DocumentId } from '../core/index.js';

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));
const cut = (s: string, n: number): string => (width(s) <= n ? s : `${[...s].slice(0, n - 1).join('')}…`);

/** A story with neither a title nor a summary is shown by its first article's file. */
const untitled = (digest: Digest, first: DocumentId | undefined): string =>
  `(untitled: ${(digest.documents.find((d) => d.id === first)?.path ?? 'no article').replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)})`;

/** The short table `khulasa digest` prints: one row per story, largest first. */
export function storyTable(digest: Digest, maxRows = 20, titleWidth = 60): string {
  const rows = digest.stories.slice(0, maxRows).map((s, i) => [
    String(i + 1),
    String(s.documents.length),
    String(s.outlets.length),
    String(s.independentReports),
    s.status,
    cut((s.title ?? s.summary[0]?.text ?? untitled(digest, s.documents[0])).replace(/\s+/g, ' '), titleWidth),
  ]);
  const header = ['#', 'docs', 'outlets', 'reports', 'status', 'title'];
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]!))));
  const line = (r: readonly string[]): string => r.map((x, c) => (c === r.length - 1 ? x : pad(x, widths[c]!))).join('  ');
  const c = digest.counts;
  const more = digest.stories.length > maxRows ? [`… and ${digest.stories.length - maxRows} more stories`] : [];
  return [
    `${c.stories} stories from ${c.documents} documents (${c.ok} ok, ${c.duplicate} duplicate, ${c.rejected} rejected)`,
    line(header),
    ...rows.map(line),
    ...more,
    '',
  ].join('\n');
}
