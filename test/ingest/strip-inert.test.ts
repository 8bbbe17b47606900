import { describe, expect, it } from 'vitest';
import { parseDocument, stripInert } from '../../src/ingest/html/dom.js';
import { pageMetadata } from '../../src/ingest/html/metadata.js';

const HEAD = `<html lang="ar"><head><meta charset="utf-8"><title>خبر | موقع</title>
<link rel="stylesheet" href="/a.css"><link rel="icon" href="/i.png"><link rel="canonical" href="https://example.com/1">
<meta name="viewport" content="width=device-width"><meta property="og:image" content="/x.jpg"><meta name="robots" content="index">
<meta property="og:title" content="خبر"><meta property="og:site_name" content="موقع"><meta property="article:published_time" content="2025-01-02">
<meta name="author" content="كاتب"><meta property="og:url" content="https://example.com/1"><meta name="description" content="وصف">
</head><body><p title="تلميح">نص <a href="/2" title="رابط">رابط</a></p></body></html>`;

describe('stripInert head and attribute cuts', () => {
  const inert = stripInert(HEAD);

  it('drops link and meta tags nothing reads (descriptions too), and title attributes', () => {
    expect(inert).not.toMatch(/stylesheet|rel="icon"|viewport|og:image|robots|title="|description/);
  });

  it('keeps the canonical link, the charset and the meta tags metadata reads', () => {
    for (const kept of ['rel="canonical"', 'charset="utf-8"', 'og:title', 'og:site_name', 'article:published_time', 'name="author"', 'og:url']) {
      expect(inert).toContain(kept);
    }
    expect(pageMetadata(parseDocument(HEAD))).toEqual({
      title: 'خبر',
      siteName: 'موقع',
      published: '2025-01-02',
      author: 'كاتب',
      url: 'https://example.com/1',
      articleBody: null,
      lang: 'ar',
    });
  });

  it('cuts scripts, styles, inline SVG and noscript but keeps JSON-LD and unclosed elements', () => {
    const page = `<p>أ</p><SCRIPT>var a = "<p>ب</p>";</SCRIPT ><script type="Application/LD+JSON">{"a":1}</script><noscript><img src="a.jpg"></noscript>
<style>p{}</style><svg><text>ج</text><style>x{}</style></svg><p>د</p><script>لا نهاية`;
    expect(stripInert(page)).toBe('<p>أ</p><script type="Application/LD+JSON">{"a":1}</script><p>د</p><script>لا نهاية');
  });

  it('drops every white-space run next to a block tag, also in a run of tags, and keeps one space between inline tags', () => {
    expect(stripInert('<div>\n  <div>\n    <p>أ</p>\n  </div>\n</div>\n<ul>\n <li>ب</li>\n <li>ج</li>\n</ul>')).toBe('<div><div><p>أ</p></div></div><ul><li>ب</li><li>ج</li></ul>');
    expect(stripInert('<p><a>أ</a>\n  <b>ب</b>  <i>ج</i></p>')).toBe('<p><a>أ</a> <b>ب</b> <i>ج</i></p>');
  });

  it("keeps a link's href and rel only where Readability reads them", () => {
    const links = '<a href="/x" rel="nofollow" class="c" name="n">أ</a><a href="#top">ب</a><a href="#">ج</a><a href="javascript:void(0)">د</a><a rel="author" href="/u">ه</a><a class="x href=y" href="/z">و</a><a href="/a&amp;b">ز</a><abbr class="a" name="b">ح</abbr>';
    expect(stripInert(links)).toBe('<a class="c">أ</a><a href="#top">ب</a><a>ج</a><a href="javascript:void(0)">د</a><a rel="author">ه</a><a class="x href=y">و</a><a href="/a&amp;b">ز</a><abbr class="a" name="b">ح</abbr>');
  });
});
