import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMain } from '../../src/ingest/html/extract.js';
import { elementsWithTag, inlineStyle, probablyVisible, speedUp } from '../../src/ingest/html/readability-dom.js';

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
};

describe('Readability helpers over linkedom', () => {
  const { document } = parseHTML(PAGE);
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
