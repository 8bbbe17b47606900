import type { Digest, DigestDocument, DigestSource, DigestStory, DocumentId, Sentence, SentenceRef, StoryQuote, TimelineEntry } from '../core/index.js';
import { arabicCount, ARTICLES, copyLabel, countsLine, DATES, EARLIER_VERSION, moreLabel, NAMES, outletsLine, QUOTES, rejectLabel, STATUS_LABELS, STORIES, UNTITLED, type CountedNoun } from './arabic.js';
import { readableDate, readableTimestamp, runLine, timelineOrder } from './dates.js';
import { noStoriesLine, noSummaryLine } from './absent.js';
import { anchorId, escapeHtml as e, safeHref } from './escape.js';
import { ATTRIBUTED_BY, ENTITY_GROUPS, entitiesOfType, headline, quoteCount, quotesBySpeaker, REPORTED_MARK, REVISED_OVER_TIME, SHARED_NAMES, shortName, SHOWN, sideDays, split, unnamedArticles, UNKNOWN_SPEAKER, type SpeakerQuotes } from './facts.js';
import { sharedNames } from './shared-names.js';
import { PAGE_CSS } from './styles.js';

export interface HtmlOptions {
  /** `@font-face` rules to inline (see `arabicFontCss`); null for system fonts only. */
  readonly fontCss: string | null;
}

const sentenceAnchor = (doc: DocumentId, index: number): string => anchorId('s', doc, index);
const documentAnchor = (doc: DocumentId): string => anchorId('d', doc);

interface Context {
  readonly docs: ReadonlyMap<DocumentId, DigestDocument>;
  readonly sources: ReadonlyMap<DocumentId, DigestSource>;
  /** The run's summary length, which a story without a summary names. */
  readonly words: number;
}

const label = (d: DigestDocument | undefined): string => e(shortName(d, '؟'));

/**
 * Text whose direction is its own (a Latin agency, a file name, a number), isolated so that it does not
 * pull its neighbours into its direction: without it "AFP · 18 نوفمبر" is drawn as "18 · AFP نوفمبر".
 */
const bdi = (html: string): string => `<bdi>${html}</bdi>`;
/** An article's title, or its path (a left-to-right run isolated from the Arabic around it) when it has none. */
const titleOrPath = (d: { readonly title: string | null; readonly path: string }): string => (d.title ? e(d.title) : `<span class="path">${e(d.path)}</span>`);

function summaryList(story: DigestStory, ctx: Context): string {
  if (story.summary.length === 0) return `<p class="meta">${e(noSummaryLine(ctx.words))}</p>`;
  const items = story.summary.map((s) => {
    const [first] = s.sources;
    const text = first
      ? `<a class="cite" href="#${sentenceAnchor(first.document, first.sentence)}">${e(s.text)}</a>`
      : e(s.text);
    // An agency sentence carried by 35 outlets was followed by 35 links: the first six are shown. Each
    // names its article, as digest.md does (bare numbers after the first told the reader nothing
    // without hovering).
    const { shown, rest } = split(s.sources, SHOWN.citationsPerSentence);
    const cites = shown
      .map((r) => `<a href="#${sentenceAnchor(r.document, r.sentence)}">${bdi(label(ctx.docs.get(r.document)))}</a>`)
      .join('، ')
      .concat(rest.length ? ` <span class="meta">(+${arabicCount(rest.length, ARTICLES)})</span>` : '');
    return `<li>${text} <sup class="also">${cites}</sup></li>`;
  });
  return `<ol class="summary">${items.join('')}</ol>`;
}

/** Links to where an item is said: the sentence when its article is on the page, else the article's entry. */
function citeLinks(ids: readonly DocumentId[], refs: readonly SentenceRef[] | undefined, ctx: Context): string {
  return `<span class="meta">— ${anchors(ids, refs, ctx)}</span>`;
}

/** Links to the given documents, at the sentence of each that `refs` names when the page shows it. */
function anchors(ids: readonly DocumentId[], refs: readonly SentenceRef[] | undefined, ctx: Context): string {
  const links = ids.map((id) => {
    const ref = refs?.find((r) => r.document === id);
    const href = ref && ctx.sources.has(id) ? sentenceAnchor(id, ref.sentence) : documentAnchor(id);
    return `<a href="#${href}">${bdi(label(ctx.docs.get(id)))}</a>`;
  });
  return [...new Set(links)].join('، ');
}

/** `(ونسبه الرأي إلى X)`: the other speakers some documents give a quote, each with its links. */
function otherSpeakerNotes(q: StoryQuote, ctx: Context): string {
  return (q.otherSpeakers ?? []).map((o) => ` <span class="meta">(${ATTRIBUTED_BY} ${anchors(o.documents, q.sources, ctx)} إلى <strong>${e(o.speaker)}</strong>)</span>`).join('');
}

/** The rest of a long list folded in a `<details>` (no script) that says how many it holds. */
const moreDetails = (count: number, noun: CountedNoun, inner: string): string => `<details class="more"><summary>${moreLabel(count, noun)}</summary>${inner}</details>`;

/** The first items of a long list as a `<ul>`, and the rest folded (`moreDetails`). */
function folded(items: readonly string[], n: number, noun: CountedNoun): string {
  const { shown, rest } = split(items, n);
  return `<ul>${shown.join('')}</ul>${rest.length ? moreDetails(rest.length, noun, `<ul>${rest.join('')}</ul>`) : ''}`;
}

function facts(story: DigestStory, ctx: Context): string {
  const parts: string[] = [];
  const groups = ENTITY_GROUPS.map((g) => ({ label: g.label, items: entitiesOfType(story.entities, g.type) })).filter((g) => g.items.length);
  if (groups.length) {
    // A name links to the first sentence on the page that names it; its other spellings are its tooltip.
    const name = (x: DigestStory['entities'][number]): string => {
      const others = x.variants.filter((v) => v !== x.name);
      const title = others.length ? ` title="${e(others.join('، '))}"` : '';
      const ref = x.sources?.find((r) => ctx.sources.has(r.document));
      if (ref !== undefined) return `<a class="name" href="#${sentenceAnchor(ref.document, ref.sentence)}"${title}>${e(x.name)}</a>`;
      return title ? `<span${title}>${e(x.name)}</span>` : e(x.name);
    };
    const rows = groups.map((g) => {
      const { shown, rest } = split(g.items, SHOWN.entitiesPerType);
      const more = rest.length ? ` ${moreDetails(rest.length, NAMES, rest.map(name).join('، '))}` : '';
      return `<li><span class="meta">${g.label}:</span> ${shown.map(name).join('، ')}${more}</li>`;
    });
    parts.push(`<section><h3>الأسماء</h3><ul>${rows.join('')}</ul></section>`);
  }
  if (story.quotes.length) {
    const said = (q: StoryQuote): string => `${q.mode === 'verbatim' ? `«${e(q.text)}»` : e(q.text)} ${citeLinks(q.documents, q.sources, ctx)}${otherSpeakerNotes(q, ctx)}`;
    const mark = (q: StoryQuote): string => (q.mode === 'reported' ? ` <span class="meta">(${REPORTED_MARK})</span>` : '');
    const speakers = (groups: readonly SpeakerQuotes[]): string =>
      `<ul class="speakers">${groups
        .map((g) => {
          const speaker = `<strong>${e(g.speaker ?? UNKNOWN_SPEAKER)}</strong>`;
          const [only] = g.quotes;
          if (g.total === 1 && only) return `<li class="${only.mode}">${speaker}${mark(only)}: ${said(only)}</li>`;
          return `<li>${speaker} <span class="meta">(${arabicCount(g.total, QUOTES)})</span><ul>${g.quotes.map((q) => `<li class="${q.mode}">${mark(q).trimStart()}${q.mode === 'reported' ? ' ' : ''}${said(q)}</li>`).join('')}</ul></li>`;
        })
        .join('')}</ul>`;
    const { shown, rest } = quotesBySpeaker(story.quotes);
    const restCount = quoteCount(rest);
    parts.push(`<section class="wide"><h3>تصريحات</h3>${speakers(shown)}${restCount ? moreDetails(restCount, QUOTES, speakers(rest)) : ''}</section>`);
  }
  if (story.timeline.length) {
    // A long sentence shows its excerpt; the whole sentence is the excerpt's tooltip.
    const said = (t: TimelineEntry): string => (t.excerpt === undefined ? e(t.text) : `<span title="${e(t.text)}">${e(t.excerpt)}</span>`);
    const items = timelineOrder(story.timeline).map((t) => `<li><strong>${e(readableDate(t.date))}</strong>: ${said(t)} ${citeLinks(t.documents, t.sources, ctx)}</li>`);
    parts.push(`<section class="wide"><h3>التسلسل الزمني</h3>${folded(items, SHOWN.timeline, DATES)}</section>`);
  }
  if (story.disagreements.length) {
    const items = story.disagreements.map(
      (d) =>
        `<li class="disagreement"><strong>${e(d.topic)}</strong>${d.update === true ? ` <span class="meta">(${e(REVISED_OVER_TIME)})</span>` : ''}<ul class="sides">${d.sides
          .map((s) => {
            const days = sideDays(s);
            return `<li>${bdi(e(s.value))} <span class="meta">— ${s.outlets.map((o) => bdi(e(o))).join('، ') || arabicCount(s.documents.length, ARTICLES)}${days === '' ? '' : `، ${e(days)}`}</span></li>`;
          })
          .join('')}</ul></li>`,
    );
    parts.push(`<section><h3>نقاط الخلاف بين المصادر</h3><ul>${items.join('')}</ul></section>`);
  }
  return parts.length ? `<div class="facts">${parts.join('')}</div>` : '';
}

function paragraphHtml(doc: DocumentId, paragraph: string, offset: number, sentences: readonly Sentence[], cited: ReadonlySet<number>): string {
  let html = '';
  let at = 0;
  for (const s of sentences) {
    const start = s.start - offset;
    const end = s.end - offset;
    if (start < at || end > paragraph.length) continue;
    html += e(paragraph.slice(at, start));
    const cls = cited.has(s.index) ? 'sentence cited' : 'sentence';
    html += `<span class="${cls}" id="${sentenceAnchor(doc, s.index)}">${e(paragraph.slice(start, end))}</span>`;
    at = end;
  }
  return `<p>${html}${e(paragraph.slice(at))}</p>`;
}

function sourceArticle(d: DigestDocument, source: DigestSource, cited: ReadonlySet<number>): string {
  let offset = 0;
  const paragraphs = source.paragraphs.map((p, i) => {
    const html = paragraphHtml(d.id, p, offset, source.sentences.filter((s) => s.paragraph === i), cited);
    offset += p.length + 1;
    return html;
  });
  const href = safeHref(d.url);
  const meta = [d.outlet, d.agency, d.published === null ? null : readableTimestamp(d.published)].filter((x): x is string => Boolean(x)).map((x) => bdi(e(x)));
  if (href) meta.push(`<a href="${e(href)}" rel="noopener noreferrer nofollow">الرابط</a>`);
  return `<article class="source" id="${documentAnchor(d.id)}"><h4>${d.title ? e(d.title) : UNTITLED}</h4><p class="meta">${meta.join(' · ')} <span class="path">${e(d.path)}</span></p>${paragraphs.join('')}</article>`;
}

/** A story's heading, cut when long (`headline`), the whole of it in a `title` the cut one carries. */
function headlineHtml(story: DigestStory): string {
  const h = headline(story);
  return h.full === null ? e(h.text) : `<span title="${e(h.full)}">${e(h.text)}</span>`;
}

function storyHtml(story: DigestStory, rank: number, ctx: Context): string {
  const badge = story.status === 'unchanged' ? '' : `<span class="badge ${story.status}">${STATUS_LABELS[story.status]}</span>`;
  const citedBy = new Map<DocumentId, Set<number>>();
  for (const s of story.summary) for (const r of s.sources) citedBy.set(r.document, (citedBy.get(r.document) ?? new Set()).add(r.sentence));
  const members = story.documents.map((id) => ctx.docs.get(id)).filter((d): d is DigestDocument => d !== undefined);
  const cited = members.filter((d) => ctx.sources.has(d.id));
  const others = members.filter((d) => d.status === 'ok' && !ctx.sources.has(d.id));
  const copies = members.filter((d) => d.status === 'duplicate');
  const item = (d: DigestDocument): string => {
    const href = safeHref(d.url);
    const title = titleOrPath(d);
    const earlier = d.supersededBy ? ` · <a href="#${documentAnchor(d.supersededBy)}">${EARLIER_VERSION}</a>` : '';
    return `<li id="${documentAnchor(d.id)}">${href ? `<a href="${e(href)}" rel="noopener noreferrer nofollow">${title}</a>` : title} <span class="meta">${label(d)}${earlier}</span></li>`;
  };
  const othersHtml = others.length ? `<h3>تقارير أخرى عن القصة</h3><ul>${others.map(item).join('')}</ul>` : '';
  const copiesHtml = copies.length
    ? `<h3>نسخ مكررة</h3><ul>${copies
        .map((d) => {
          const original = ctx.docs.get(d.duplicateOf ?? d.id);
          const kind = copyLabel(d, original) ?? e(String(d.reason));
          const of = `<a href="#${documentAnchor(d.duplicateOf ?? d.id)}">«${original ? titleOrPath(original) : '؟'}»</a> <span class="meta">(${bdi(label(original))})</span>`;
          return `<li${ctx.sources.has(d.id) ? '' : ` id="${documentAnchor(d.id)}"`}>${bdi(label(d))} <span class="path">${e(d.path)}</span>: ${kind} من ${of}</li>`;
        })
        .join('')}</ul>`
    : '';
  return `<article class="story" id="${anchorId('story', story.id)}">
<h2>${rank}. ${headlineHtml(story)}${badge}</h2>
<p class="meta">${outletsLine(story.outlets.length, story.independentReports, unnamedArticles(story.documents, ctx.docs))}${story.outlets.length ? `: ${story.outlets.map((o) => bdi(e(o))).join('، ')}` : ''}</p>
${summaryList(story, ctx)}
${facts(story, ctx)}
${cited.length ? `<details class="sources"><summary><h3>المقالات المقتبس منها <span class="meta">(${arabicCount(cited.length, ARTICLES)})</span></h3></summary>` : ''}
${cited.map((d) => sourceArticle(d, ctx.sources.get(d.id)!, citedBy.get(d.id) ?? new Set())).join('\n')}
${cited.length ? '</details>' : ''}
${othersHtml}
${copiesHtml}
</article>`;
}

function rejectedHtml(docs: readonly DigestDocument[]): string {
  const rejected = docs.filter((d) => d.status === 'rejected');
  if (!rejected.length) return '';
  const rows = rejected.map((d) => `<tr><td class="path">${e(d.path)}</td><td>${e(rejectLabel(d.reason ?? ''))}</td><td lang="en" dir="ltr">${e(d.detail ?? '')}</td></tr>`);
  return `<section class="story" id="rejected"><h2>مدخلات مرفوضة</h2><table class="docs"><thead><tr><th>الملف</th><th>الرمز</th><th>السبب</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The names found in several stories, by type, each with links to its stories (by their numbers). */
function sharedNamesHtml(stories: readonly DigestStory[]): string {
  const shared = sharedNames(stories);
  const rows = ENTITY_GROUPS.map((g) => {
    const items = shared
      .filter((x) => x.type === g.type)
      .map((x) => {
        const links = x.stories.map((i) => `<a href="#${anchorId('story', stories[i]!.id)}">${i + 1}</a>`);
        const { shown: first, rest: more } = split(links, SHOWN.storiesPerSharedName);
        // (the fold after the span: a <details> may not stand inside a <span>)
        return `${e(x.name)} <span class="meta">(${first.join('، ')})</span>${more.length ? ` ${moreDetails(more.length, STORIES, more.join('، '))}` : ''}`;
      });
    if (!items.length) return '';
    const { shown, rest } = split(items, SHOWN.sharedNamesPerType);
    return `<li><span class="meta">${g.label}:</span> ${shown.join('، ')}${rest.length ? ` ${moreDetails(rest.length, NAMES, rest.join('، '))}` : ''}</li>`;
  }).filter((r) => r !== '');
  return rows.length ? `<section class="shared-names"><h2>${SHARED_NAMES}</h2><ul>${rows.join('')}</ul></section>` : '';
}

/** index.html: one self-contained page; every string from the input goes through `escapeHtml`. */
export function renderHtml(digest: Digest, sources: readonly DigestSource[], options: HtmlOptions): string {
  const ctx: Context = { docs: new Map(digest.documents.map((d) => [d.id, d])), sources: new Map(sources.map((s) => [s.id, s])), words: digest.run.words };
  const c = digest.counts;
  const none = noStoriesLine(c);
  const tocItems = digest.stories.map((s) => `<li><a href="#${anchorId('story', s.id)}">${headlineHtml(s)}</a> <span class="meta">(${arabicCount(s.documents.length, ARTICLES)})</span></li>`);
  const { shown: tocShown, rest: tocRest } = split(tocItems, SHOWN.contents);
  // the stories come largest first: a pile of 200 showed 200 lines before the first story
  const toc = tocItems.length
    ? `<nav class="toc" aria-label="القصص"><ol>${tocShown.join('')}</ol>${tocRest.length ? moreDetails(tocRest.length, STORIES, `<ol start="${SHOWN.contents + 1}">${tocRest.join('')}</ol>`) : ''}</nav>`
    : '';
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="khulasa">
<title>خلاصة: ${arabicCount(c.stories, STORIES)}</title>
<style>${options.fontCss ?? ''}${PAGE_CSS}</style>
</head>
<body>
<header class="page">
<h1>خلاصة الأخبار</h1>
<p class="meta">${e(runLine(digest.run))}</p>
<p class="counts">${countsLine(c)}</p>
${toc}
${sharedNamesHtml(digest.stories)}
</header>
<main>
${none === null ? '' : `<p class="empty">${e(none)}</p>`}
${digest.stories.map((s, i) => storyHtml(s, i + 1, ctx)).join('\n')}
${rejectedHtml(digest.documents)}
</main>
<footer><p>أُعدّت بواسطة khulasa، التشغيل رقم ${digest.run.number}. كل جملة في الملخصات مأخوذة حرفيًا من مقال مذكور ومرتبطة بموضعها فيه.</p></footer>
</body>
</html>
`;
}
