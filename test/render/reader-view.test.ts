/** What a reader sees: counts with unnamed outlets, dates of every form, mixed-direction text, disagreements, copies. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { documentId, type Digest, type DigestDocument } from '../../src/core/index.js';
import { outletsLine, renderHtml, renderMarkdown } from '../../src/render/index.js';
import { readableDate, timelineOrder } from '../../src/render/dates.js';
import { hostileDigest } from './hostile.js';

describe('counts of outlets when some articles name none', () => {
  it('counts the unnamed articles beside the named outlets, in Arabic agreement', () => {
    expect(outletsLine(2, 5, 3)).toBe('مصدران و3 مقالات مجهولة المصدر، 5 تقارير مستقلة');
    expect(outletsLine(1, 2, 1)).toBe('مصدر واحد ومقال واحد مجهول المصدر، تقريران مستقلان');
    expect(outletsLine(0, 2, 2)).toBe('مقالان مجهولا المصدر، تقريران مستقلان');
    expect(outletsLine(0, 1)).toBe('مصدر غير معروف، تقرير مستقل واحد');
  });
});

describe('the digest\'s first line', () => {
  it('counts stories and articles as Arabic counted nouns and tallies statuses as label: number', () => {
    const digest: Digest = { ...hostileDigest().digest, counts: { documents: 20, ok: 18, duplicate: 2, rejected: 0, stories: 7 } };
    const line = '7 قصص من 20 مقالًا — أصلية: 18، مكررة: 2، مرفوضة: 0';
    expect(renderMarkdown(digest).split('\n')[4]).toBe(line);
    expect(parseHTML(renderHtml(digest, [], { fontCss: null })).document.querySelector('p.counts')?.textContent).toBe(line);
  });
});

describe('when the digest was made', () => {
  it('heads both outputs with the run number and its time', () => {
    const digest: Digest = { ...hostileDigest().digest, run: { number: 3, startedAt: '2026-11-22T00:38:13.474Z', words: 120 } };
    expect(renderMarkdown(digest).split('\n')[2]).toBe('*التشغيل رقم 3، 22 نوفمبر 2026، 00:38 (UTC)*');
    expect(parseHTML(renderHtml(digest, [], { fontCss: null })).document.querySelector('header.page p.meta')?.textContent).toBe('التشغيل رقم 3، 22 نوفمبر 2026، 00:38 (UTC)');
  });

  it('says where its time window starts when it has one', () => {
    const digest: Digest = { ...hostileDigest().digest, run: { number: 3, startedAt: '2026-11-22T00:38:13.474Z', words: 120, since: '2026-11-20T06:00:00.000Z' } };
    const line = 'التشغيل رقم 3، 22 نوفمبر 2026، 00:38 (UTC) — أخبار منذ 20 نوفمبر 2026، 06:00 (UTC)';
    expect(renderMarkdown(digest).split('\n')[2]).toBe(`*${line}*`);
    expect(parseHTML(renderHtml(digest, [], { fontCss: null })).document.querySelector('header.page p.meta')?.textContent).toBe(line);
  });
});

describe('rejected inputs', () => {
  it('say why in Arabic beside the reason code, in both outputs', () => {
    const { digest, sources } = hostileDigest();
    expect(renderMarkdown(digest)).toMatch(/^- .*: ملف ثنائي لا نص \(binary\): /m);
    const row = parseHTML(renderHtml(digest, sources, { fontCss: null })).document.querySelector('#rejected tbody tr')!;
    expect(row.querySelectorAll('td')[1]?.textContent).toBe('ملف ثنائي لا نص (binary)');
  });
});

describe('timeline dates of every form the analyzer writes', () => {
  it('names a month without a year and an ISO week', () => {
    expect(readableDate('--12')).toBe('ديسمبر');
    expect(readableDate('--13')).toBe('--13');
    expect(readableDate('2026-W47')).toBe('الأسبوع 47 من 2026');
    expect(readableDate('2026')).toBe('2026');
    expect(readableDate('0711')).toBe('711');
    expect(readableDate('0570-08')).toBe('أغسطس 570');
    expect(readableDate('0100-08-29')).toBe('29 أغسطس 100');
  });

  it('puts a week among the days it holds', () => {
    const entries = ['2026-11-20', '2026-W47', '2026-11-15', '--11'].map((date) => ({ date, resolved: true }));
    expect(timelineOrder(entries).map((t) => t.date)).toEqual(['2026-11-15', '2026-W47', '2026-11-20', '--11']);
  });
});

describe('a story whose articles mix outlets, unknown outlets, copies and disagreements', () => {
  const base = hostileDigest();
  const a = documentId('a1');
  const b = documentId('b2');
  const c = documentId('c3');
  const doc = (id: typeof a, fields: Partial<DigestDocument>): DigestDocument => ({
    id,
    path: `/in/${id}.txt`,
    title: `عنوان ${id}`,
    outlet: null,
    agency: null,
    published: null,
    status: 'ok',
    url: null,
    ...fields,
  });
  const digest: Digest = {
    ...base.digest,
    counts: { documents: 3, ok: 2, duplicate: 1, rejected: 0, stories: 1 },
    documents: [
      doc(a, { outlet: 'الرصد', agency: 'AFP', published: '2026-11-18T09:30:00', title: 'زلزال في الجنوب' }),
      doc(b, {}),
      doc(c, { outlet: 'الرصد', status: 'duplicate', duplicateOf: a, reason: 'exact' }),
    ],
    stories: [
      {
        ...base.digest.stories[0]!,
        documents: [a, b, c],
        summary: [],
        entities: [],
        quotes: [],
        timeline: [],
        outlets: ['الرصد'],
        outletCount: 1,
        independentReports: 2,
        disagreements: [{ topic: 'عدد المصابين', sides: [{ value: '30', documents: [a], outlets: ['الرصد'] }, { value: '23', documents: [b], outlets: [] }] }],
      },
    ],
  };
  const sources = [{ id: a, paragraphs: ['نص.'], sentences: [{ index: 0, paragraph: 0, start: 0, end: 3, text: 'نص.' }] }];
  const html = renderHtml(digest, sources, { fontCss: null });
  const { document } = parseHTML(html);

  it('counts the article without an outlet in both outputs', () => {
    const line = 'مصدر واحد ومقال واحد مجهول المصدر، تقريران مستقلان';
    expect(renderMarkdown(digest)).toContain(`*${line}: الرصد*`);
    expect(document.querySelector('.story > p.meta')?.textContent).toContain(line);
  });

  it('isolates each fact of an article line, so a Latin agency does not reorder the date beside it', () => {
    const meta = document.querySelector('article.source p.meta')!;
    expect([...meta.querySelectorAll('bdi')].map((x) => x.textContent)).toEqual(['الرصد', 'AFP', '18 نوفمبر 2026، 09:30']);
  });

  it('lists each side of a disagreement on its own line with who says it, without arrows', () => {
    const sides = [...document.querySelectorAll('li.disagreement ul.sides > li')].map((li) => li.textContent);
    expect(sides).toEqual(['30 — الرصد', '23 — مقال واحد']);
    expect(html).not.toMatch(/[←→]/);
  });

  it('tells a figure revised from one day\'s reports to the next as such, each side with its publication day, in both outputs', () => {
    const revised = {
      ...digest,
      stories: digest.stories.map((s) => ({
        ...s,
        disagreements: [
          {
            topic: 'عدد القتلى',
            update: true as const,
            sides: [
              { value: '80', documents: [a], outlets: ['الرصد'], published: ['2026-11-18'] },
              { value: '120', documents: [b], outlets: [], published: ['2026-11-20', '2026-11-21'] },
            ],
          },
        ],
      })),
    };
    expect(renderMarkdown(revised)).toContain('- عدد القتلى (رقم تغيّر من تقرير إلى آخر بمرور الأيام): 80 (الرصد، نُشر 18 نوفمبر 2026) ثم 120 (مقال واحد، نُشر 20 نوفمبر 2026 – 21 نوفمبر 2026)');
    const page = parseHTML(renderHtml(revised, sources, { fontCss: null })).document;
    expect(page.querySelector('li.disagreement')?.textContent).toContain('رقم تغيّر من تقرير إلى آخر');
    expect([...page.querySelectorAll('li.disagreement ul.sides > li')].map((li) => li.textContent)).toEqual(['80 — الرصد، نُشر 18 نوفمبر 2026', '120 — مقال واحد، نُشر 20 نوفمبر 2026 – 21 نوفمبر 2026']);
  });

  it('names the original of a copy by its title, not only by its outlet', () => {
    expect(renderMarkdown(digest)).toContain('- /in/c3.txt (الرصد): نسخة مطابقة من «زلزال في الجنوب» (الرصد)');
    const copy = [...document.querySelectorAll('li')].find((li) => li.textContent?.includes('نسخة مطابقة'));
    expect(copy?.querySelector('a')?.textContent).toBe('«زلزال في الجنوب»');
    expect(copy?.querySelector('a')?.getAttribute('href')).toBe('#d-a1');
  });

  it('calls a near copy at its original\'s own address an update of it, in both outputs', () => {
    const url = 'https://alrasd.example/quake';
    const updated = { ...digest, documents: digest.documents.map((d) => (d.id === a ? { ...d, url } : d.id === c ? { ...d, url, reason: 'near' as const } : d)) };
    expect(renderMarkdown(updated)).toContain('- /in/c3.txt (الرصد): نسخة محدّثة من «زلزال في الجنوب» (الرصد)');
    const copy = [...parseHTML(renderHtml(updated, sources, { fontCss: null })).document.querySelectorAll('li')].find((li) => li.textContent?.includes('/in/c3.txt'));
    expect(copy?.textContent).toContain('نسخة محدّثة من');
  });

  it('heads an untitled article as untitled, and isolates its path left to right where it stands for the title', () => {
    const untitled = { ...digest, documents: digest.documents.map((d) => (d.id === a ? { ...d, title: null } : d)) };
    const page = parseHTML(renderHtml(untitled, sources, { fontCss: null })).document;
    expect(page.querySelector('article.source h4')?.textContent).toBe('(بلا عنوان)');
    const original = [...page.querySelectorAll('li')].find((li) => li.textContent?.includes('نسخة مطابقة'))?.querySelector('a');
    expect(original?.querySelector('span.path')?.textContent).toBe('/in/a1.txt');
  });
});

describe('digest.md citations when one outlet has several articles in a story', () => {
  const base = hostileDigest();
  const [a, b, c] = [documentId('x1'), documentId('x2'), documentId('x3')];
  const doc = (id: typeof a, outlet: string | null, url: string | null): DigestDocument => ({
    id,
    path: `in/${id}.html`,
    title: `خبر ${id}`,
    outlet,
    agency: null,
    published: null,
    status: 'ok',
    url,
  });
  const digest: Digest = {
    ...base.digest,
    documents: [doc(a, 'الخليج', 'https://k.example/a (1)'), doc(b, 'الخليج', null), doc(c, 'النيل', 'javascript:alert(1)')],
    stories: [
      {
        ...base.digest.stories[0]!,
        documents: [a, b, c],
        summary: [
          { text: 'جملة أولى.', sources: [{ document: a, sentence: 0 }] },
          { text: 'جملة ثانية.', sources: [{ document: b, sentence: 2 }] },
        ],
        entities: [],
        quotes: [],
        timeline: [],
        disagreements: [],
      },
    ],
  };
  const md = renderMarkdown(digest);

  it('numbers the articles of one outlet so that each citation names one article', () => {
    expect(md).toContain('- جملة أولى. — [الخليج (1) 1]');
    expect(md).toContain('- جملة ثانية. — [الخليج (2) 3]');
  });

  it('lists the story\'s articles under those names, with an http(s) link when there is one', () => {
    expect(md).toContain('**المقالات**\n\n- الخليج (1): «خبر x1» — in/x1.html ([الرابط](https://k.example/a%20%281%29))\n- الخليج (2): «خبر x2» — in/x2.html\n- النيل: «خبر x3» — in/x3.html\n');
  });

  it('says an article has no title rather than showing its path twice', () => {
    const untitled = renderMarkdown({ ...digest, documents: digest.documents.map((d) => (d.id === b ? { ...d, title: null } : d)) });
    expect(untitled).toContain('- الخليج (2): (بلا عنوان) — in/x2.html\n');
  });
});

describe('the page layout of a story\'s facts', () => {
  it('gives quotes and the timeline, which are whole sentences, the full width; names share a row', () => {
    const base = hostileDigest();
    const story = { ...base.digest.stories[0]!, timeline: [{ date: '2026-11-14', resolved: true, text: 'جملة', documents: base.digest.stories[0]!.documents }] };
    const { document } = parseHTML(renderHtml({ ...base.digest, stories: [story] }, base.sources, { fontCss: null }));
    const sections = [...document.querySelectorAll('.facts > section')].map((x) => [x.querySelector('h3')?.textContent, x.classList.contains('wide')]);
    expect(sections).toEqual([
      ['الأسماء', false],
      ['تصريحات', true],
      ['التسلسل الزمني', true],
      ['نقاط الخلاف بين المصادر', false],
    ]);
    expect(document.querySelector('style')?.textContent).toContain('.facts section.wide{flex-basis:100%}');
  });
});

describe('a name in a story\'s facts', () => {
  it('links to the first sentence on the page that names it, keeping its other spellings as tooltip', () => {
    const base = hostileDigest();
    const story = base.digest.stories[0]!;
    const shown = story.documents.find((d) => base.sources.some((s) => s.id === d))!;
    const entity = { name: 'عمّان', type: 'place' as const, variants: ['عمّان', 'عمان'], mentions: 2, documents: [shown], sources: [{ document: shown, sentence: 0 }] };
    const { document } = parseHTML(renderHtml({ ...base.digest, stories: [{ ...story, entities: [entity] }] }, base.sources, { fontCss: null }));
    const link = document.querySelector('.facts a.name');
    expect(link?.textContent).toBe('عمّان');
    expect(link?.getAttribute('title')).toBe('عمان');
    expect(document.getElementById(link!.getAttribute('href')!.slice(1))?.classList.contains('sentence')).toBe(true);
  });
});

describe('a timeline line from a long sentence', () => {
  it('shows the excerpt in digest.md and the page, with the whole sentence as the page\'s tooltip', () => {
    const base = hostileDigest();
    const whole = 'جملة طويلة جدا <فيها> وقع الحادث في 14 تشرين الثاني وبقية طويلة';
    const excerpt = '… وقع الحادث في 14 تشرين الثاني …';
    const story = { ...base.digest.stories[0]!, timeline: [{ date: '2026-11-14', resolved: true, text: whole, excerpt, documents: base.digest.stories[0]!.documents }] };
    const digest = { ...base.digest, stories: [story] };
    const md = renderMarkdown(digest);
    expect(md).toContain(`: ${excerpt} — `);
    expect(md).not.toContain('جملة طويلة');
    const { document } = parseHTML(renderHtml(digest, base.sources, { fontCss: null }));
    const line = [...document.querySelectorAll('.facts section.wide li')].find((li) => li.textContent?.includes('وقع الحادث'));
    expect(line?.querySelector('span[title]')?.getAttribute('title')).toBe(whole);
    expect(line?.querySelector('span[title]')?.textContent).toBe(excerpt);
  });
});

describe('long lists of a story\'s facts', () => {
  const base = hostileDigest();
  const a = base.digest.stories[0]!.documents[0]!;
  const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
  const story = {
    ...base.digest.stories[0]!,
    entities: many(11, (i) => ({ name: `شخص${i}`, type: 'person' as const, variants: [], mentions: 20 - i, documents: [a] })),
    quotes: many(10, (i) => ({ speaker: `متحدث${i}`, text: `قول${i}`, mode: 'verbatim' as const, documents: [a] })),
    timeline: many(12, (i) => ({ date: `2026-11-${String(i + 1).padStart(2, '0')}`, resolved: true, text: `حدث${i}`, documents: [a] })),
  };
  const digest = { ...base.digest, stories: [story] };

  it('says in digest.md how many more names, quotes and dates digest.json holds', () => {
    const md = renderMarkdown(digest);
    expect(md).toContain('شخص7 — المزيد (3 أسماء) في digest.json');
    expect(md).not.toContain('شخص8');
    expect(md).toContain('- المزيد (تصريحان) في digest.json');
    expect(md).toContain('- المزيد (تاريخان) في digest.json');
  });

  it('folds the rest away in the page, every item still there', () => {
    const { document } = parseHTML(renderHtml(digest, base.sources, { fontCss: null }));
    const folds = [...document.querySelectorAll('details.more')];
    expect(folds.map((d) => d.querySelector('summary')?.textContent)).toEqual(['المزيد (3 أسماء)', 'المزيد (تصريحان)', 'المزيد (تاريخان)']);
    expect(folds.map((d) => d.textContent)).toEqual([
      expect.stringContaining('شخص10'),
      expect.stringContaining('قول9'),
      expect.stringContaining('حدث11'),
    ]);
    expect(document.querySelectorAll('.facts li.verbatim')).toHaveLength(10);
  });
});
