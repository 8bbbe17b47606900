/** What a reader met on real stories (session 15): long headings, many quotes of few speakers, entity tooltips. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { storyId, type Digest, type DigestStory, type StoryQuote } from '../../src/core/index.js';
import { renderHtml, renderMarkdown } from '../../src/render/index.js';
import { headline, quotesBySpeaker } from '../../src/render/facts.js';
import { hostileDigest } from './hostile.js';

const base = hostileDigest();
const [doc] = base.digest.documents;
const withStory = (story: Partial<DigestStory>): Digest => ({ ...base.digest, stories: [{ ...base.digest.stories[0]!, ...story }] });
const page = (digest: Digest): ReturnType<typeof parseHTML>['document'] => parseHTML(renderHtml(digest, base.sources, { fontCss: null })).document;

/** A lead sentence of an encyclopedic article, 30 words, as a story without a title is headed by. */
const LONG_LEAD =
  'العود آلة موسيقية وترية شرقية عريقة يعود تاريخها إلى آلاف السنين وقد انتقلت من بلاد الرافدين إلى مصر والشام ثم إلى الأندلس ومنها إلى أوروبا حيث صارت أصلا لآلات كثيرة';

describe('a story heading', () => {
  it('is cut at twelve words with an ellipsis when the first summary sentence stands for a missing title', () => {
    const digest = withStory({ title: null, summary: [{ text: LONG_LEAD, sources: [{ document: doc!.id, sentence: 0 }] }] });
    const d = page(digest);
    const toc = d.querySelector('nav.toc a')!;
    expect(toc.textContent).toBe('العود آلة موسيقية وترية شرقية عريقة يعود تاريخها إلى آلاف السنين وقد …');
    expect(toc.querySelector('span')?.getAttribute('title')).toBe(LONG_LEAD);
    expect(d.querySelector('article.story h2')?.textContent).toContain('1. العود آلة موسيقية وترية شرقية عريقة يعود تاريخها إلى آلاف السنين وقد …');
    expect(renderMarkdown(digest)).toContain('## 1. العود آلة موسيقية وترية شرقية عريقة يعود تاريخها إلى آلاف السنين وقد … (جديدة)');
    // the summary itself is whole
    expect(d.querySelector('ol.summary li')?.textContent).toContain(LONG_LEAD);
  });

  it('is kept whole up to fourteen words, and drops a trailing comma before the ellipsis', () => {
    const fourteen = 'وزير الخارجية يزور العاصمة غدا لبحث ملف المياه والحدود مع نظيره في جولة ثانية';
    expect(fourteen.split(' ')).toHaveLength(14);
    expect(headline({ title: fourteen, summary: [] })).toEqual({ text: fourteen, full: null });
    const comma = 'وزير الخارجية يزور العاصمة غدا لبحث ملف المياه والحدود مع نظيره الأردني، في جولة ثانية تستمر يومين';
    expect(headline({ title: comma, summary: [] }).text).toBe('وزير الخارجية يزور العاصمة غدا لبحث ملف المياه والحدود مع نظيره الأردني …');
    expect(headline({ title: null, summary: [] }).text).toBe('قصة بلا عنوان');
  });
});

describe('quotes of a story with many', () => {
  const q = (speaker: string | null, n: number, mode: StoryQuote['mode'] = 'verbatim'): StoryQuote => ({ speaker, text: `قول ${speaker ?? 'مجهول'} رقم ${n}`, mode, documents: [doc!.id] });
  // 7 of one minister (the last of them indirect), 3 of a spokesman, 2 unattributed, one each of three others
  const quotes: StoryQuote[] = [
    q('خالد العمري', 1),
    q(null, 1, 'reported'),
    q('سعاد الحربي', 1),
    q('المتحدث باسم الشرطة', 1),
    q('المتحدث باسم الشرطة', 2),
    ...[2, 3, 4, 5, 6].map((n) => q('خالد العمري', n)),
    q('خالد العمري', 7, 'reported'),
    q(null, 2, 'reported'),
    q('المتحدث باسم الشرطة', 3),
    q('نبيل حداد', 1),
    q('منى صالح', 1, 'reported'),
  ];

  it('groups them by speaker, the most quoted first, unattributed last, two of each before the fold until eight are shown', () => {
    const { shown, rest } = quotesBySpeaker(quotes);
    expect(shown.map((g) => [g.speaker, g.quotes.length, g.total])).toEqual([
      ['خالد العمري', 2, 7],
      ['المتحدث باسم الشرطة', 2, 3],
      ['سعاد الحربي', 1, 1],
      ['نبيل حداد', 1, 1],
      ['منى صالح', 1, 1],
      [null, 1, 2],
    ]);
    expect(rest.map((g) => [g.speaker, g.quotes.length])).toEqual([
      ['خالد العمري', 5],
      ['المتحدث باسم الشرطة', 1],
      [null, 1],
    ]);
    // every quote once, the verbatim ones of a speaker before the indirect one
    expect([...shown, ...rest].flatMap((g) => g.quotes)).toHaveLength(quotes.length);
    expect(rest[0]!.quotes.at(-1)?.mode).toBe('reported');
  });

  it('names each speaker once with a count on the page, and folds the rest with theirs', () => {
    const d = page(withStory({ quotes }));
    const section = [...d.querySelectorAll('section')].find((s) => s.querySelector('h3')?.textContent === 'تصريحات')!;
    const first = section.querySelector(':scope > ul.speakers')!;
    const speakers = [...first.querySelectorAll(':scope > li > strong')].map((s) => s.textContent);
    expect(speakers).toEqual(['خالد العمري', 'المتحدث باسم الشرطة', 'سعاد الحربي', 'نبيل حداد', 'منى صالح', 'متحدث غير محدد']);
    expect(first.querySelector(':scope > li > .meta')?.textContent).toBe('(7 تصريحات)');
    expect(first.querySelectorAll('li.verbatim, li.reported')).toHaveLength(8);
    const more = section.querySelector('details.more')!;
    expect(more.querySelector('summary')?.textContent).toBe('المزيد (7 تصريحات)');
    expect([...more.querySelectorAll('ul.speakers > li > strong')].map((s) => s.textContent)).toEqual(['خالد العمري', 'المتحدث باسم الشرطة', 'متحدث غير محدد']);
    expect(more.querySelector('li.reported')?.textContent).not.toMatch(/«/);
  });

  it('does the same in digest.md, a speaker quoted once on one line', () => {
    const md = renderMarkdown(withStory({ quotes }));
    const lines = md.slice(md.indexOf('**تصريحات**')).split('\n');
    expect(lines[2]).toBe('- خالد العمري (7 تصريحات):');
    expect(lines[3]).toMatch(/^ {2}- «قول خالد العمري رقم 1» — \[/);
    expect(lines.filter((l) => l.startsWith('- خالد العمري'))).toHaveLength(1);
    expect(lines).toContainEqual(expect.stringMatching(/^- منى صالح \(بتصرف\): قول منى صالح رقم 1 — \[/));
    expect(lines).toContain('- المزيد (7 تصريحات) في digest.json');
  });
});

describe('names of a story', () => {
  it('carry a tooltip only when the story knows other forms of them', () => {
    const digest = withStory({
      entities: [
        { name: 'سامي المجالي', type: 'person', variants: ['سامي المجالي', 'المجالي'], mentions: 3, documents: [doc!.id] },
        { name: 'الكرك', type: 'place', variants: ['الكرك'], mentions: 2, documents: [doc!.id] },
        { name: 'عمان', type: 'place', variants: [], mentions: 1, documents: [doc!.id] },
      ],
    });
    const names = [...page(digest).querySelectorAll('.facts section li span[title]')].map((s) => [s.textContent, s.getAttribute('title')]);
    expect(names).toEqual([['سامي المجالي', 'المجالي']]);
  });
});

describe('the articles a story cites', () => {
  it('are folded under one heading that counts them, each cited sentence still the target of its link', () => {
    const d = page(base.digest);
    const fold = d.querySelector('article.story > details.sources')!;
    expect(fold.hasAttribute('open')).toBe(false);
    expect(fold.querySelector(':scope > summary > h3')?.textContent).toBe('المقالات المقتبس منها (مقال واحد)');
    expect(fold.querySelectorAll('article.source')).toHaveLength(1);
    const target = d.getElementById(d.querySelector('ol.summary a.cite')!.getAttribute('href')!.slice(1));
    expect(target?.closest('details')).toBe(fold);
  });
});

describe('landmarks', () => {
  it('name the list of stories, so a screen reader can tell it from other navigation', () => {
    expect(page(base.digest).querySelector('nav.toc')?.getAttribute('aria-label')).toBe('القصص');
  });
});

describe('the contents of a large pile', () => {
  it('lists the twenty largest stories and folds the rest, numbered on', () => {
    const template = base.digest.stories[0]!;
    const stories = Array.from({ length: 45 }, (_, i) => ({ ...template, id: storyId(`s-${i}`), title: `قصة رقم ${i + 1}` }));
    const nav = page({ ...base.digest, stories }).querySelector('nav.toc')!;
    expect(nav.querySelectorAll(':scope > ol > li')).toHaveLength(20);
    const more = nav.querySelector(':scope > details.more')!;
    expect(more.querySelector('summary')?.textContent).toBe('المزيد (25 قصة)');
    expect(more.querySelector('ol')?.getAttribute('start')).toBe('21');
    expect(more.querySelector('li a')?.textContent).toBe('قصة رقم 21');
    expect(more.querySelector('li a')?.getAttribute('href')).toBe('#story-s-20');
  });

  it('has no fold when the pile has twenty stories or fewer', () => {
    expect(page(base.digest).querySelector('nav.toc details')).toBeNull();
  });
});

describe('a sentence or a name found in many places', () => {
  const template = base.digest.stories[0]!;
  const [a] = base.digest.documents;

  it('cites its first six articles and counts the rest, in both outputs', () => {
    const sources = Array.from({ length: 10 }, (_, i) => ({ document: a!.id, sentence: i }));
    const digest = withStory({ summary: [{ text: 'نص الجملة.', sources }] });
    const sup = page(digest).querySelector('ol.summary sup.also')!;
    expect(sup.querySelectorAll('a')).toHaveLength(6);
    expect([...sup.querySelectorAll('a')].every((x) => x.textContent === sup.querySelector('a')?.textContent && x.textContent !== '')).toBe(true);
    expect(sup.querySelector('.meta')?.textContent).toBe('(+4 مقالات)');
    const line = renderMarkdown(digest).split('\n').find((l) => l.startsWith('- نص الجملة.'))!;
    expect(line.match(/؛/g)).toHaveLength(6);
    expect(line).toMatch(/؛ \+4 مقالات\]$/);
  });

  it('links the first twelve stories of a shared name and folds the others', () => {
    const entity = { name: 'عمان', type: 'place' as const, variants: [], mentions: 1, documents: [a!.id] };
    const stories = Array.from({ length: 15 }, (_, i) => ({ ...template, id: storyId(`s-${i}`), entities: [entity] }));
    const row = page({ ...base.digest, stories }).querySelector('.shared-names li')!;
    const more = row.querySelector('details.more')!;
    expect(row.querySelectorAll('a')).toHaveLength(15);
    expect(more.querySelector('summary')?.textContent).toBe('المزيد (3 قصص)');
    expect([...more.querySelectorAll('a')].map((x) => x.textContent)).toEqual(['13', '14', '15']);
    // valid nesting: the fold stands beside the meta span, not inside it
    expect(more.closest('span')).toBeNull();
  });
});
