import { describe, expect, it } from 'vitest';
import { documentId, type Digest, type DigestStory } from '../../src/core/index.js';
import { renderHtml, renderMarkdown } from '../../src/render/index.js';
import { readableDate, readableTimestamp, timelineOrder } from '../../src/render/dates.js';
import { hostileDigest } from './hostile.js';

describe('timeline dates for readers', () => {
  it('writes ISO dates with month names and keeps relative expressions', () => {
    expect(readableDate('2026-11-14')).toBe('14 نوفمبر 2026');
    expect(readableDate('2018-01')).toBe('يناير 2018');
    expect(readableDate('--03-09')).toBe('9 مارس');
    expect(readableDate('أمس')).toBe('أمس');
    expect(readableDate('2026-13-01')).toBe('2026-13-01');
  });

  it('writes publication timestamps without the seconds and zone, and leaves odd values alone', () => {
    expect(readableTimestamp('2026-11-18T09:30:00')).toBe('18 نوفمبر 2026، 09:30');
    expect(readableTimestamp('2026-11-18T00:00:00Z')).toBe('18 نوفمبر 2026');
    expect(readableTimestamp('2026-11-18')).toBe('18 نوفمبر 2026');
    expect(readableTimestamp('الأربعاء')).toBe('الأربعاء');
  });

  it('puts resolved dates first, oldest first, and keeps the relative ones in order after them', () => {
    const entries = [
      { date: 'أمس', resolved: false },
      { date: '2026-11-15', resolved: true },
      { date: '2018-10', resolved: true },
      { date: 'الأسبوع الماضي', resolved: false },
      { date: '2026-11-14', resolved: true },
    ];
    expect(timelineOrder(entries).map((t) => t.date)).toEqual(['2018-10', '2026-11-14', '2026-11-15', 'أمس', 'الأسبوع الماضي']);
  });
});

describe('story analysis in digest.md and index.html', () => {
  const base = hostileDigest();
  const [doc] = base.digest.documents;
  const story: DigestStory = {
    ...base.digest.stories[0]!,
    entities: [
      { name: 'سامي المجالي', type: 'person', variants: ['المجالي'], mentions: 3, documents: [doc!.id] },
      { name: 'الكرك', type: 'place', variants: [], mentions: 5, documents: [doc!.id] },
      { name: 'الأردن', type: 'place', variants: [], mentions: 7, documents: [doc!.id] },
    ],
    quotes: [
      { speaker: null, text: 'الوضع تحت السيطرة', mode: 'reported', documents: [doc!.id] },
      { speaker: 'سامي المجالي', text: 'لن نترك أحداً', mode: 'verbatim', documents: [doc!.id, documentId('d-2')], sources: [{ document: doc!.id, sentence: 1 }] },
    ],
    timeline: [{ date: '2026-11-14', resolved: true, text: 'سيول السبت', documents: [doc!.id] }],
  };
  const digest: Digest = { ...base.digest, stories: [story] };

  it('lists entities by type, most mentioned first', () => {
    const md = renderMarkdown(digest);
    expect(md).toContain('- أشخاص: سامي المجالي');
    expect(md).toContain('- أماكن: الأردن، الكرك');
  });

  it('puts only verbatim quotes inside quote marks, and names the outlets of each', () => {
    const md = renderMarkdown(digest);
    const lines = md.split('\n');
    const verbatim = lines.find((l) => l.includes('لن نترك أحداً'))!;
    const reported = lines.find((l) => l.includes('الوضع تحت السيطرة'))!;
    expect(lines.indexOf(verbatim)).toBeLessThan(lines.indexOf(reported));
    expect(verbatim).toContain('سامي المجالي: «لن نترك أحداً»');
    expect(reported).not.toMatch(/«|»/);
    expect(reported).toContain('متحدث غير محدد (بتصرف): الوضع تحت السيطرة');
    expect(verbatim).toMatch(/— \[.+، .+\]$/);
  });

  it('writes the timeline with readable dates in both outputs', () => {
    expect(renderMarkdown(digest)).toContain('- 14 نوفمبر 2026: سيول السبت');
    expect(renderHtml(digest, base.sources, { fontCss: null })).toContain('<strong>14 نوفمبر 2026</strong>: سيول السبت');
  });

  it('links a quote to its sentence when the article is on the page', () => {
    const html = renderHtml(digest, base.sources, { fontCss: null });
    const item = /<li class="verbatim">.*?<\/li>/.exec(html)?.[0] ?? '';
    expect(item).toMatch(/href="#s-[^"]*-1"/);
    expect(/<li class="reported">.*?<\/li>/.exec(html)?.[0]).not.toMatch(/«/);
  });
});

describe('a quote some outlets give another speaker', () => {
  const base = hostileDigest();
  const [doc] = base.digest.documents;
  const other = documentId('d-2');
  const quote = { speaker: 'سامي المجالي', text: 'لن نترك أحداً', mode: 'verbatim' as const, documents: [doc!.id, other], sources: [{ document: doc!.id, sentence: 1 }] };
  const digestWith = (q: DigestStory['quotes'][number]): Digest => ({ ...base.digest, stories: [{ ...base.digest.stories[0]!, quotes: [q] }] });

  it('says which outlets name whom, after the quote, in both outputs', () => {
    const digest = digestWith({ ...quote, otherSpeakers: [{ speaker: 'مدير <الدفاع> المدني', documents: [other] }] });
    const line = renderMarkdown(digest).split('\n').find((l) => l.includes('لن نترك أحداً'))!;
    expect(line).toMatch(/^- سامي المجالي: «لن نترك أحداً» — \[.+\] \(ونسبه \[.+\] إلى مدير .*الدفاع.* المدني\)$/);
    const item = /<li class="verbatim">.*?<\/li>/.exec(renderHtml(digest, base.sources, { fontCss: null }))?.[0] ?? '';
    expect(item).toContain('(ونسبه <a href="#');
    expect(item).toContain('إلى <strong>مدير &lt;الدفاع&gt; المدني</strong>)');
    expect(item).not.toContain('<الدفاع>');
  });

  it('adds nothing when every outlet names the same speaker', () => {
    const line = renderMarkdown(digestWith(quote)).split('\n').find((l) => l.includes('لن نترك أحداً'))!;
    expect(line).not.toContain('ونسبه');
  });
});
