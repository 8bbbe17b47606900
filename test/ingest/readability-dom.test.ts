import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMain } from '../../src/ingest/html/extract.js';
import { elementsWithTag, inlineStyle, javascriptLinksToText, probablyVisible, speedUp, validByline } from '../../src/ingest/html/readability-dom.js';

const PAGE = `<!doctype html><html><head><title>عنوان</title></head><body>
<DIV id="a"><P>أول <B>فقرة</B></P><template><p>داخل القالب</p></template>
<section><h1>عنوان</h1><div><p style="display: none">مخفية</p><p style="color:red;display:block; display : none ;">آخر إعلان يغلب</p>
<p style="visibility:hidden">لا ترى</p><p style="display:none !important">تبقى مرئية عند linkedom</p></div></section>
<span hidden>مخفي</span><span aria-hidden="true">مخفي</span><span aria-hidden="true" class="x fallback-image">صورة</span>
<span aria-hidden="false">ظاهر</span><ul><li><a href="/1">رابط</a></li><li><br></li></ul></DIV><p>خاتمة</p></body></html>`;

// Readability's own helpers, the reference the fast ones must match.
const reference = new Readability(parseHTML('<html><body></body></html>').document as never) as unknown as {
  _getAllNodesWithTag(node: unknown, tags: readonly string[]): readonly unknown[];
  _isProbablyVisible(node: unknown): boolean;
  _isValidByline(node: unknown, matchString: string): boolean;
  readonly REGEXPS: { readonly byline: RegExp };
};

const BYLINES = `<html><body><div class="post"><span rel="author">كتب: سامي الخطيب</span><a rel="author" href="https://a.test/x"></a>
<p itemprop="author"><b>ليلى حداد</b></p><div id="byline-top" class="x">مراسل الشؤون المحلية</div><div class="author-box">${'نبذة طويلة جدا عن الكاتب '.repeat(8)}</div>
<p class="dateline">القاهرة</p><p class="story">نص الخبر</p><span itemprop="name author">  </span></div></body></html>`;

const LINKS = `<html><body><div id="c"><p>قبل <a href="javascript:void(0)">رابط نصي</a> و<a href="javascript:open()"><b>رابط</b> مركب</a>
<a href="https://news.test/a">رابط عادي</a> <a href="#top">أعلى</a> <a href="">فارغ</a> <a>بلا عنوان</a></p><img src="https://news.test/i.jpg"></div></body></html>`;

describe('Readability helpers over linkedom', () => {
  const { document } = parseHTML(PAGE);
  // Readability creates elements with upper-case names (`createElement("DIV")`), which linkedom keeps.
  const created = document.createElement('DIV');
  created.appendChild(document.createElement('P'));
  document.body.appendChild(created);
  const all = [...document.querySelectorAll('*')];

  it.each([[['p']], [['P', 'h1']], [['a', 'br', 'li']], [['div', 'section', 'span']], [['nothing']]])('elementsWithTag(%j) matches querySelectorAll', (tags) => {
    for (const root of [document, document.body, ...all]) {
      expect(elementsWithTag(root as never, tags)).toEqual([...reference._getAllNodesWithTag(root, tags)]);
    }
  });

  it('probablyVisible matches _isProbablyVisible on every element', () => {
    const fast = all.map((el) => probablyVisible(el as never));
    expect(fast).toEqual(all.map((el) => Boolean(reference._isProbablyVisible(el))));
    expect(fast.filter((v) => !v).length).toBe(5);
  });

  it('validByline matches _isValidByline on every element', () => {
    const { document: doc } = parseHTML(BYLINES);
    const els = [...doc.querySelectorAll('*')] as unknown as { className: string; id: string }[];
    const fast = els.map((el) => validByline(reference.REGEXPS.byline, el as never, `${el.className} ${el.id}`));
    expect(fast).toEqual(els.map((el) => reference._isValidByline(el, `${el.className} ${el.id}`)));
    // rel=author span, itemprop=author, id byline, class dateline; not the empty link, the long box or the blank span.
    expect(fast.filter(Boolean).length).toBe(4);
  });

  it('javascriptLinksToText leaves what _fixRelativeUris leaves when every URL is already absolute', () => {
    const ours = parseHTML(LINKS).document;
    const theirs = parseHTML(LINKS).document;
    javascriptLinksToText(ours as never, ours.getElementById('c') as never);
    (new Readability(theirs as never) as unknown as { _fixRelativeUris(root: unknown): void })._fixRelativeUris(theirs.getElementById('c'));
    expect(ours.body.innerHTML).toBe(theirs.body.innerHTML);
    expect(ours.querySelectorAll('a').length).toBe(4);
  });

  it('inlineStyle reads the last declaration', () => {
    expect(inlineStyle('display:block;display: none', 'display')).toBe('none');
    expect(inlineStyle('color: red', 'display')).toBeUndefined();
    expect(inlineStyle(null, 'display')).toBeUndefined();
  });

  it('Readability gives the same article with the helpers installed', () => {
    const plain = new Readability(parseHTML(PAGE).document as never, { charThreshold: 10 }).parse();
    const reader = new Readability(parseHTML(PAGE).document as never, { charThreshold: 10 });
    speedUp(reader);
    expect(reader.parse()?.content).toBe(plain?.content);
  });

  it('extractMain sees the class names of Readability\'s output (a credit line styled by class is dropped)', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>الفقرة رقم ${i} من نص الخبر الطويل الذي يروي ما جرى في اجتماع المجلس البلدي أمس بحضور الأعضاء كلهم.</p>`).join('');
    const page = `<html><body><article>${body}<p class="photo-credit">تصوير وكالة الأنباء المحلية</p></article></body></html>`;
    const out = extractMain(page);
    expect(out.via).toBe('readability');
    expect(out.paragraphs).toHaveLength(6);
    expect(out.removed).toEqual([{ text: 'تصوير وكالة الأنباء المحلية', reason: 'caption' }]);
  });
});
