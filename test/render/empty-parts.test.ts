/**
 * A digest with nothing to show, and a story without a summary, say why on the page and in digest.md:
 * an empty page (or a story heading with nothing under it) leaves a reader guessing.
 */
import { describe, expect, it } from 'vitest';
import { documentId, storyId, type Digest, type DigestDocument, type DigestStory } from '../../src/core/index.js';
import { renderHtml, renderMarkdown } from '../../src/render/index.js';

const run = { number: 1, startedAt: '2026-11-22T09:00:00Z', words: 40 };
const mainOf = (html: string): string => html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
const textOf = (html: string): string => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

const rejectedDocument: DigestDocument = {
  id: documentId('r-1'),
  path: 'in/photo.txt',
  title: null,
  outlet: null,
  agency: null,
  published: null,
  status: 'rejected',
  reason: 'binary',
  detail: 'NUL bytes',
  url: null,
};

const emptyDigest = (documents: readonly DigestDocument[]): Digest => ({
  version: 1,
  run,
  counts: { documents: documents.length, ok: 0, duplicate: 0, rejected: documents.length, stories: 0 },
  documents,
  stories: [],
});

describe('a digest without stories', () => {
  it('of no input at all says that no article was read, on the page and in digest.md', () => {
    const digest = emptyDigest([]);
    const html = renderHtml(digest, [], { fontCss: null });
    expect(textOf(mainOf(html))).toMatch(/لا قصص.*لم يُقرأ أي مقال/);
    expect(html).not.toContain('<ol></ol>');
    expect(renderMarkdown(digest)).toMatch(/لا قصص.*لم يُقرأ أي مقال/);
  });

  it('of rejected inputs only says that every input was rejected, above the list of why', () => {
    const digest = emptyDigest([rejectedDocument]);
    const main = textOf(mainOf(renderHtml(digest, [], { fontCss: null })));
    expect(main).toMatch(/لا قصص.*رُفضت كل المدخلات/);
    expect(main.indexOf('رُفضت كل المدخلات')).toBeLessThan(main.indexOf('in/photo.txt'));
    expect(renderMarkdown(digest)).toMatch(/لا قصص.*رُفضت كل المدخلات/);
  });
});

describe('a story without a summary', () => {
  const doc: DigestDocument = { id: documentId('d-1'), path: 'in/a.txt', title: 'عنوان الخبر', outlet: null, agency: null, published: null, status: 'ok', url: null };
  const story: DigestStory = {
    id: storyId('s-d-1'),
    title: 'عنوان الخبر',
    documents: [doc.id],
    summary: [],
    entities: [],
    quotes: [],
    timeline: [],
    disagreements: [],
    status: 'new',
    created: 1,
    updated: 1,
    outlets: [],
    outletCount: 0,
    independentReports: 1,
    summaryWords: 0,
  };
  const digest: Digest = { version: 1, run, counts: { documents: 1, ok: 1, duplicate: 0, rejected: 0, stories: 1 }, documents: [doc], stories: [story] };

  it('says in digest.md that no sentence fits the summary length, and which length', () => {
    const md = renderMarkdown(digest);
    const section = md.slice(md.indexOf('## 1.'));
    expect(section).toMatch(/لا ملخص لهذه القصة.*40 كلمة/);
  });

  it('says the same on the page', () => {
    expect(textOf(mainOf(renderHtml(digest, [], { fontCss: null })))).toMatch(/لا ملخص لهذه القصة.*40 كلمة/);
  });
});
