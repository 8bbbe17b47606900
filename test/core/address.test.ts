import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressKey, sameAddress } from '../../src/core/index.js';

describe('addressKey', () => {
  it('gives one key to the ways one article is linked', () => {
    const key = addressKey('https://alufuq.example/news/2026/11/fire');
    for (const written of [
      'http://www.alufuq.example/news/2026/11/fire',
      'https://ALUFUQ.example/news/2026/11/fire/',
      'https://alufuq.example:443/news/2026/11/fire#comments',
      'https://alufuq.example/news/2026/11/fire?utm_source=rss&utm_medium=feed',
      ' https://alufuq.example/news/2026/11/fire?fbclid=abc ',
    ]) expect(addressKey(written)).toBe(key);
  });

  it('keeps what names the article: path, its own parameters (in any order), port', () => {
    expect(addressKey('https://x.example/article?id=7&lang=ar')).toBe(addressKey('https://x.example/article?lang=ar&id=7'));
    expect(addressKey('https://x.example/article?id=7')).not.toBe(addressKey('https://x.example/article?id=8'));
    expect(addressKey('https://x.example/a/fire')).not.toBe(addressKey('https://x.example/b/fire'));
    expect(addressKey('https://x.example:8080/a')).not.toBe(addressKey('https://x.example/a'));
    expect(addressKey('https://x.example/%D8%AD%D8%B1%D9%8A%D9%82')).toBe(addressKey('https://x.example/حريق'));
  });

  it('leaves text that is no web address as it is, and never throws', () => {
    expect(addressKey('urn:isbn:123')).toBe('urn:isbn:123');
    expect(addressKey('not a url')).toBe('not a url');
    fc.assert(fc.property(fc.string(), (s) => addressKey(addressKey(s)) === addressKey(s)));
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (u) => addressKey(addressKey(u)) === addressKey(u)));
  });

  it('says two missing addresses are not the same article', () => {
    expect(sameAddress(null, null)).toBe(false);
    expect(sameAddress('https://x.example/a', undefined)).toBe(false);
    expect(sameAddress('https://x.example/a/', 'http://www.x.example/a')).toBe(true);
  });
});
