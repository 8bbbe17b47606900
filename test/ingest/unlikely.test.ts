import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { asDocument } from '../../src/ingest/html/dom.js';
import { extractMain, DEFAULT_HTML_OPTIONS } from '../../src/ingest/html/extract.js';
import { cutRanges, cutUnlikely, PLACEHOLDER } from '../../src/ingest/html/unlikely.js';

interface Doc {
  readonly documentElement: { readonly outerHTML: string };
  querySelectorAll(selector: string): ArrayLike<{ replaceWith(node: unknown): void }>;
  createComment(text: string): unknown;
}
const parse = (markup: string): Doc => parseHTML(markup).document as unknown as Doc;

/** The tree of the whole markup with the elements `cutUnlikely` cuts replaced by the placeholder comment. */
function wholeMinusCut(fragment: string): string {
  const markup = asDocument(fragment);
  let marked = markup;
  for (const [start] of [...cutRanges(markup)].reverse()) {
    const nameEnd = start + 1 + /^[^\s/>]*/.exec(markup.slice(start + 1))![0].length;
    marked = `${marked.slice(0, nameEnd)} data-cutmark=""${marked.slice(nameEnd)}`;
  }
  const doc = parse(marked);
  for (const el of Array.from(doc.querySelectorAll('[data-cutmark]'))) el.replaceWith(doc.createComment(''));
  return doc.documentElement.outerHTML;
}
const cutTree = (fragment: string): string => parse(cutUnlikely(asDocument(fragment))).documentElement.outerHTML;

const cut = (markup: string): string => cutUnlikely(markup).replaceAll(PLACEHOLDER, '|');

describe('cutUnlikely', () => {
  it('cuts what Readability removes as unlikely on its first attempt', () => {
    expect(cut('<div><p>نص</p><div class="sidebar"><p>جانبي</p></div><ul role="navigation"><li>قائمة</li></ul></div>')).toBe('<div><p>نص</p>||</div>');
    expect(cut('<div class="share-bar social"><div><a href="/x">شارك</a></div></div><p>نص</p>')).toBe('|<p>نص</p>');
  });

  it('keeps what Readability keeps or reads elsewhere', () => {
    const kept = [
      '<div class="sidebar-content"><p>جانبي</p></div>', // okMaybeItsACandidate
      '<table><tr><td><div class="menu">قائمة</div></td></tr></table>', // inside a table
      '<div class="author-box">الكاتب</div>', // a byline candidate
      '<div class="byline"><div class="menu">قائمة</div></div>', // inside one
      '<div class="post-header"><time datetime="2025-01-01">أمس</time></div>', // holds metadata
      '<div class="related"><h2>عنوان</h2></div>', // holds a title candidate
      '<p>بداية<div class="menu">قائمة</div></p>', // would close the open <p>
      '<div CLASS="menu">قائمة</div>', // the parser keeps the attribute name's case
      '<div class="menu&amp;more">قائمة</div>', // an entity in the class
      '<li class="menu-item">قائمة</li>', // closed implicitly by start tags
      '<div class="menu">قائمة', // never closed
      '<a class="comment-link" href="#c">تعليق</a>',
    ];
    for (const markup of kept) expect(cutUnlikely(markup)).toBe(markup);
  });

  it('cuts nothing when Readability would remove <html> itself and fall back to the whole body', () => {
    const body = '<body><div class="sidebar">جانبي</div><p>نص</p></body>';
    expect(cutUnlikely(`<html class="header-spacing">${body}</html>`)).toBe(`<html class="header-spacing">${body}</html>`);
    expect(cutUnlikely(`<html><body style="display:none"><div class="sidebar">جانبي</div></body></html>`)).toContain('sidebar');
    expect(cut(`<html lang="ar">${body}</html>`)).toBe('<html lang="ar"><body>|<p>نص</p></body></html>');
  });

  it('ends an element where the parser does: nested same-name tags, an ancestor end tag, raw text', () => {
    expect(cut('<div class="menu"><div>أ</div><div>ب</div></div>بعد')).toBe('|بعد');
    expect(cut('<section><div class="menu"><span>أ</section>بعد')).toBe('<section>|</section>بعد');
    expect(cut('<div class="comments"><textarea></div></textarea></div>بعد')).toBe('|بعد');
    expect(cut('<div class="menu"><!-- </div> --></div>بعد')).toBe('|بعد');
    expect(cut('<div class="menu" title="a>b"></div>بعد')).toBe('|بعد');
  });

  it('stays linear on deep nesting and stray end tags (100,000 of each)', () => {
    const n = 100_000;
    const t0 = performance.now();
    const out = cutUnlikely(`<html><body>${'<div class="a">'.repeat(n)}<div class="menu">x</div>${'</span>'.repeat(n)}${'</div>'.repeat(n)}</body></html>`);
    expect(performance.now() - t0).toBeLessThan(3000); // quadratic would take minutes
    expect(out).not.toContain('menu');
  });

  const tags = ['div', 'section', 'ul', 'ol', 'li', 'p', 'span', 'a', 'table', 'tr', 'td', 'code', 'h1', 'h2', 'h3', 'form', 'header', 'aside', 'nav', 'footer', 'dl', 'dt', 'dd', 'option', 'select', 'input', 'br', 'img', 'meta', 'time', 'svg', 'math', 'mi', 'title', 'textarea', 'script', 'body', 'html'];
  const attrs = [
    'class="sidebar"', 'class="menu main"', 'class="related-posts"', 'class=comments', 'class="content"', 'class="author"', "class='social share'", 'id="footer"', 'id=header',
    'role="navigation"', 'role="complementary"', 'role="main"', 'CLASS="menu"', 'class="menu&amp;x"', 'hidden', 'style="display:none"', 'itemprop="author"', 'rel="author"', 'title="a>b"', 'class="header-spacing"',
  ];
  const piece = fc.oneof(
    fc.record({ tag: fc.constantFrom(...tags), attrs: fc.subarray(attrs, { maxLength: 3 }), slash: fc.boolean(), space: fc.constantFrom('', ' ', '  ') }).map(({ tag, attrs: a, slash, space }) => `<${tag}${a.map((x) => ` ${x}`).join('')}${space}${slash ? '/' : ''}>`),
    fc.record({ tag: fc.constantFrom(...tags), space: fc.constantFrom('', ' ') }).map(({ tag, space }) => `</${tag}${space}>`),
    fc.constantFrom('نص', ' ', 'a < b', 'x&amp;y', '<!-- c -->', '<!doctype html>', '</ div>', '</>', '<3', '</p>', '</br>', '<![CDATA[ </div> ]]>', '<?pi?>'),
  );

  it('parsing the cut markup gives the tree of the whole markup without the cut elements (random tag soup)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const markup = pieces.join('');
        expect(cutTree(markup)).toBe(wholeMinusCut(markup));
      }),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
  });

  it('the same for a page built like a news site', () => {
    const page = `<!doctype html><html lang="ar"><head><title>عنوان</title></head><body><header class="site-header"><nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li></ul></nav></header>
<main><article><h1>عنوان</h1><div class="entry"><p>الفقرة الأولى.</p><div class="social-share"><a href="#">شارك</a></div><p>الفقرة الثانية.</p></div></article>
<div class="related-posts"><ul><li><a href="/1">خبر آخر</a></li></ul></div><div id="comments"><form><input name="n"></form></div></main></body></html>`;
    expect(cutRanges(page)).toHaveLength(4);
    expect(cutTree(page)).toBe(wholeMinusCut(page));
  });
});

describe('extractMain with unlikely candidates cut first', () => {
  const paragraph = (i: number): string => `<p>الفقرة رقم ${i} من نص الخبر الطويل الذي يروي ما جرى في اجتماع المجلس البلدي أمس بحضور الأعضاء كلهم، وقد امتد النقاش ساعات.</p>`;

  it('gives what the whole page gives', () => {
    const page = `<html><body><div class="site-header"><a href="/">الموقع</a></div><div class="entry">${[1, 2, 3, 4, 5].map(paragraph).join('')}<div class="social-tools">شارك الخبر</div></div>
<div class="sidebar"><p>الأكثر قراءة اليوم في الموقع كله من الأخبار والتقارير والتحليلات المختلفة</p></div></body></html>`;
    const fast = extractMain(page);
    expect(fast.paragraphs).toHaveLength(5);
    expect(fast).toEqual(extractMain(page, { ...DEFAULT_HTML_OPTIONS, cutUnlikely: false }));
  });

  it('a short page: every attempt finds too little and Readability keeps the longest, as on the whole page', () => {
    const page = `<html><body><div class="sidebar"><p>روابط الموقع وأقسامه المختلفة هنا</p></div><div class="entry">${paragraph(1)}</div><div class="related-posts"><p>${'خبر آخر قريب منه '.repeat(3)}</p></div></body></html>`;
    const fast = extractMain(page);
    expect(fast.via).toBe('readability');
    expect(fast).toEqual(extractMain(page, { ...DEFAULT_HTML_OPTIONS, cutUnlikely: false }));
  });

  it('starts again from the whole page when the first attempt finds too little (the article sits in an "unlikely" container)', () => {
    const page = `<html><body><div class="menu"><a href="/">الرئيسية</a></div><div class="comment-thread">${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</div></body></html>`;
    const fast = extractMain(page);
    expect(fast.via).toBe('readability');
    expect(fast.paragraphs).toHaveLength(6);
    expect(fast).toEqual(extractMain(page, { ...DEFAULT_HTML_OPTIONS, cutUnlikely: false }));
  });
});
