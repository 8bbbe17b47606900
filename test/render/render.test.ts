import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicCount, escapeHtml, outletsLine, renderMarkdown, safeHref, storyTable } from '../../src/render/index.js';
import { hostileDigest } from './hostile.js';

describe('escaping', () => {
  it('leaves no markup character in escaped text', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']/.test(escapeHtml(s))));
  });

  it('accepts only http(s) links', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'notaurl', null]) expect(safeHref(bad)).toBeNull();
  });
});

describe('Arabic counts', () => {
  it('agrees the noun with the number', () => {
    expect(outletsLine(1, 1)).toBe('مصدر واحد، تقرير مستقل واحد');
    expect(outletsLine(2, 2)).toBe('مصدران، تقريران مستقلان');
    expect(outletsLine(5, 3)).toBe('5 مصادر، 3 تقارير مستقلة');
    expect(outletsLine(11, 12)).toBe('11 مصدرًا، 12 تقريرًا مستقلًا');
    expect(arabicCount(100, { one: '', two: '', few: 'x', many: 'y', other: 'z' })).toBe('100 z');
    expect(arabicCount(103, { one: '', two: '', few: 'x', many: 'y', other: 'z' })).toBe('103 x');
  });
});

describe('digest.md and the story table', () => {
  const { digest } = hostileDigest();
  it('escapes markup in markdown', () => {
    const md = renderMarkdown(digest);
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).toContain('## 1. ');
  });

  it('prints one row per story, largest first', () => {
    const table = storyTable(digest);
    expect(table.split('\n')[0]).toBe('1 stories from 3 documents (1 ok, 1 duplicate, 1 rejected)');
    expect(table.split('\n')[2]).toMatch(/^1\s+2\s+2\s+1\s+new\s+/);
  });
});

describe('render index', () => {
  it('exports only the public names', async () => {
    expect(Object.keys(await import('../../src/render/index.js')).sort()).toEqual([
      'FONT_WEIGHTS',
      'arabicCount',
      'arabicFontCss',
      'escapeHtml',
      'outletsLine',
      'renderHtml',
      'renderJson',
      'renderMarkdown',
      'safeHref',
      'storyTable',
    ]);
  });
});
