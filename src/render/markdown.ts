import type { Digest, DigestDocument, DigestStory, DisagreementSide, DocumentId, StoryQuote } from '../core/index.js';
import { arabicCount, ARTICLES, copyLabel, countsLine, DATES, moreLabel, NAMES, outletsLine, QUOTES, rejectLabel, STATUS_LABELS, UNTITLED, type CountedNoun } from './arabic.js';
import { noStoriesLine, noSummaryLine } from './absent.js';
import { readableDate, runLine, timelineOrder } from './dates.js';
import { escapeMarkdown as m, safeHref } from './escape.js';
import { ATTRIBUTED_BY, ENTITY_GROUPS, entitiesOfType, headline, outletNames, quoteCount, quotesBySpeaker, REPORTED_MARK, REVISED_OVER_TIME, SHARED_NAMES, shortName, SHOWN, sideDays, split, unnamedArticles, UNKNOWN_SPEAKER } from './facts.js';
import { sharedNames } from './shared-names.js';

type Name = (id: DocumentId) => string;

/**
 * Names of a story's articles for its citations: the outlet, numbered when the story holds several
 * articles of one outlet ("الخليج الرقمي (2)"), so that a citation names one article.
 */
function storyNames(s: DigestStory, docs: ReadonlyMap<DocumentId, DigestDocument>): Map<DocumentId, string> {
  const members = s.documents.filter((id) => docs.get(id)?.status !== 'duplicate').map((id) => ({ id, base: shortName(docs.get(id), String(id)) }));
  const total = new Map<string, number>();
  for (const { base } of members) total.set(base, (total.get(base) ?? 0) + 1);
  const seen = new Map<string, number>();
  const names = new Map<DocumentId, string>();
  for (const { id, base } of members) {
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    names.set(id, m((total.get(base) ?? 0) > 1 ? `${base} (${k})` : base));
  }
  return names;
}

/** A markdown link target: http(s) only, with the characters that would end it escaped. */
const linkTarget = (url: string | null): string | null => safeHref(url)?.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) ?? null;

/** The story's articles under the names its citations use, with title, file and link. */
function articleLines(s: DigestStory, docs: ReadonlyMap<DocumentId, DigestDocument>, names: ReadonlyMap<DocumentId, string>): string[] {
  const lines = [...names].map(([id, label]) => {
    const d = docs.get(id);
    const href = linkTarget(d?.url ?? null);
    const title = d?.title ? `«${m(d.title)}»` : UNTITLED;
    return `- ${label}: ${title} — ${m(d?.path ?? String(id))}${href ? ` ([الرابط](${href}))` : ''}`;
  });
  return lines.length ? ['**المقالات**', '', ...lines, ''] : [];
}

/**
 * Entities, quotes and timeline of a story; every quote and date names the outlets that carry it. A
 * long list shows its first items and says how many more digest.json holds.
 */
function analysisLines(s: DigestStory, name: Name): string[] {
  const out: string[] = [];
  const cite = (ids: readonly DocumentId[]): string => `[${outletNames(ids, name).join('، ')}]`;
  const inJson = (n: number, noun: CountedNoun): string => `${moreLabel(n, noun)} في digest.json`;
  const more = (n: number, noun: CountedNoun): string[] => (n > 0 ? [`- ${inJson(n, noun)}`] : []);
  const groups = ENTITY_GROUPS.map((g) => ({ label: g.label, ...split(entitiesOfType(s.entities, g.type), SHOWN.entitiesPerType) })).filter((g) => g.shown.length);
  if (groups.length) {
    const line = (g: (typeof groups)[number]): string => `- ${g.label}: ${g.shown.map((x) => m(x.name)).join('، ')}${g.rest.length ? ` — ${inJson(g.rest.length, NAMES)}` : ''}`;
    out.push('**الأسماء**', '', ...groups.map(line), '');
  }
  if (s.quotes.length) {
    const { shown, rest } = quotesBySpeaker(s.quotes);
    out.push('**تصريحات**', '');
    const said = (q: StoryQuote): string => {
      const others = (q.otherSpeakers ?? []).map((o) => ` (${ATTRIBUTED_BY} ${cite(o.documents)} إلى ${m(o.speaker)})`).join('');
      return `${q.mode === 'verbatim' ? `«${m(q.text)}»` : m(q.text)} — ${cite(q.documents)}${others}`;
    };
    const mark = (q: StoryQuote): string => (q.mode === 'reported' ? ` (${REPORTED_MARK})` : '');
    for (const g of shown) {
      const speaker = m(g.speaker ?? UNKNOWN_SPEAKER);
      const [only] = g.quotes;
      if (g.total === 1 && only) out.push(`- ${speaker}${mark(only)}: ${said(only)}`);
      else out.push(`- ${speaker} (${arabicCount(g.total, QUOTES)}):`, ...g.quotes.map((q) => `  -${mark(q)} ${said(q)}`));
    }
    out.push(...more(quoteCount(rest), QUOTES), '');
  }
  if (s.timeline.length) {
    const timeline = split(timelineOrder(s.timeline), SHOWN.timeline);
    out.push('**التسلسل الزمني**', '');
    for (const t of timeline.shown) out.push(`- ${m(readableDate(t.date))}: ${m(t.excerpt ?? t.text)} — ${cite(t.documents)}`);
    out.push(...more(timeline.rest.length, DATES), '');
  }
  return out;
}

/** The names found in several stories, by type, each with its stories' numbers. */
function sharedNameLines(stories: readonly DigestStory[]): string[] {
  const shared = sharedNames(stories);
  const lines = ENTITY_GROUPS.flatMap((g) => {
    const { shown, rest } = split(shared.filter((x) => x.type === g.type), SHOWN.sharedNamesPerType);
    if (!shown.length) return [];
    const items = shown.map((x) => `${m(x.name)} (${x.stories.map((i) => i + 1).join('، ')})`).join('، ');
    return [`- ${g.label}: ${items}${rest.length ? ` — ${moreLabel(rest.length, NAMES)} في index.html` : ''}`];
  });
  return lines.length ? [`## ${SHARED_NAMES}`, '', ...lines, ''] : [];
}

/** digest.md: the stories, largest first, each summary sentence followed by its sources. */
export function renderMarkdown(digest: Digest): string {
  const docs = new Map<DocumentId, DigestDocument>(digest.documents.map((d) => [d.id, d]));
  const globalName: Name = (id) => m(shortName(docs.get(id), String(id)));
  const c = digest.counts;
  const out: string[] = [
    '# خلاصة الأخبار',
    '',
    `*${m(runLine(digest.run))}*`,
    '',
    countsLine(c),
    '',
  ];
  const none = noStoriesLine(c);
  if (none !== null) out.push(m(none), '');
  out.push(...sharedNameLines(digest.stories));
  digest.stories.forEach((s, i) => {
    const status = s.status === 'unchanged' ? '' : ` (${STATUS_LABELS[s.status]})`;
    const names = storyNames(s, docs);
    const name: Name = (id) => names.get(id) ?? globalName(id);
    out.push(`## ${i + 1}. ${m(headline(s).text)}${status}`, '');
    out.push(`*${outletsLine(s.outlets.length, s.independentReports, unnamedArticles(s.documents, docs))}${s.outlets.length ? `: ${s.outlets.map(m).join('، ')}` : ''}*`, '');
    for (const x of s.summary) {
      const { shown, rest } = split(x.sources, SHOWN.citationsPerSentence);
      const refs = [...shown.map((r) => `${name(r.document)} ${r.sentence + 1}`), ...(rest.length ? [`+${arabicCount(rest.length, ARTICLES)}`] : [])].join('؛ ');
      out.push(`- ${m(x.text)} — [${refs}]`);
    }
    if (s.summary.length === 0) out.push(`*${m(noSummaryLine(digest.run.words))}*`);
    out.push('');
    out.push(...analysisLines(s, name));
    if (s.disagreements.length) {
      out.push('**نقاط الخلاف**', '');
      const who = (x: DisagreementSide): string => [x.outlets.map(m).join('، ') || arabicCount(x.documents.length, ARTICLES), sideDays(x)].filter((w) => w !== '').join('، ');
      for (const d of s.disagreements) out.push(`- ${m(d.topic)}${d.update === true ? ` (${REVISED_OVER_TIME})` : ''}: ${d.sides.map((x) => `${m(x.value)} (${who(x)})`).join(d.update === true ? ' ثم ' : ' / ')}`);
      out.push('');
    }
    out.push(...articleLines(s, docs, names));
    const copies = s.documents.map((id) => docs.get(id)).filter((d): d is DigestDocument => d?.status === 'duplicate');
    if (copies.length) {
      out.push('**نسخ مكررة**', '');
      for (const d of copies) {
        const original = d.duplicateOf ? docs.get(d.duplicateOf) : undefined;
        const kind = copyLabel(d, original) ?? m(String(d.reason));
        const of = original ? `«${m(original.title ?? original.path)}» (${name(original.id)})` : '؟';
        out.push(`- ${m(d.path)} (${m(d.outlet ?? '؟')}): ${kind} من ${of}`);
      }
      out.push('');
    }
  });
  const rejected = digest.documents.filter((d) => d.status === 'rejected');
  if (rejected.length) {
    out.push('## مدخلات مرفوضة', '');
    for (const d of rejected) out.push(`- ${m(d.path)}: ${m(rejectLabel(d.reason ?? ''))}: ${m(d.detail ?? '')}`);
    out.push('');
  }
  return out.join('\n');
}
