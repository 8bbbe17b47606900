import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { arabicFontCss, renderHtml } from '../../src/render/index.js';
import { HOSTILE, hostileDigest } from './hostile.js';
import { liveMarkup } from './live.js';

describe('index.html', () => {
  const { digest, sources } = hostileDigest();
  const html = renderHtml(digest, sources, { fontCss: null });

  it('lets no markup from the input run', () => {
    expect(liveMarkup(html)).toEqual([]);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
  });

  it('shows the hostile strings as text', () => {
    const { document } = parseHTML(html);
    const text = document.body.textContent ?? '';
    for (const h of HOSTILE) expect(text).toContain(h);
  });

  it('is right-to-left Arabic with a viewport for phones', () => {
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(document.querySelector('meta[name=viewport]')).not.toBeNull();
  });

  it('links every summary sentence to an element of the page holding that sentence', () => {
    const { document } = parseHTML(html);
    const links = [...document.querySelectorAll('ol.summary a.cite')];
    expect(links).toHaveLength(digest.stories[0]!.summary.length);
    for (const a of links) {
      const target = document.getElementById(a.getAttribute('href')!.slice(1));
      expect(target?.textContent).toBe(a.textContent);
      expect(target?.getAttribute('class')).toContain('cited');
    }
  });

  it('says "N outlets, K independent reports" in Arabic and lists duplicates and rejections with why', () => {
    expect(html).toContain('مصدران، تقرير مستقل واحد');
    const { document } = parseHTML(html);
    expect(document.getElementById('rejected')?.textContent).toContain('binary');
    expect(document.body.textContent).toContain('نسخة شبه مطابقة');
  });

  it('inlines the Arabic font so the page needs no network', () => {
    const css = arabicFontCss();
    expect(css).toMatch(/@font-face\{font-family:'Noto Naskh Arabic'.*src:url\(data:font\/woff2;base64,/);
    const page = renderHtml(digest, sources, { fontCss: css });
    expect(page.length).toBeLessThan(400_000);
    expect(page).not.toMatch(/url\((?!data:)/);
  });
});
