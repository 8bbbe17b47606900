/** UTF-16 saved without a byte order mark (some Windows exporters do) is text, not binary. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanBytes, decodeBytes } from '../../src/ingest/index.js';

const TEXT = [
  'أعلنت هيئة الأرصاد الجوية أن موجة من الأمطار الغزيرة ستضرب المناطق الساحلية اعتبارا من مساء الغد،',
  'ودعت المواطنين إلى تجنب الأودية والابتعاد عن مجاري السيول خلال الأيام الثلاثة المقبلة (2026).',
].join('\r\n');

const utf16 = (text: string, order: 'le' | 'be'): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  return order === 'le' ? le : le.swap16();
};

describe('UTF-16 without a BOM', () => {
  it.each(['le', 'be'] as const)('is decoded (%s)', (order) => {
    expect(decodeBytes(utf16(TEXT, order))).toMatchObject({ kind: 'decoded', text: TEXT, encoding: `utf-16${order}` });
  });

  it('is cleaned like the same article in UTF-8', () => {
    const article = `${TEXT}\r\n${TEXT.replace('الساحلية', 'الجبلية')}\r\n${TEXT.replace('الغد', 'الأحد')}`;
    const fromUtf16 = cleanBytes('weather.txt', utf16(article, 'le'));
    expect(fromUtf16.kind).toBe('ok');
    expect(fromUtf16).toEqual(cleanBytes('weather.txt', Buffer.from(article)));
  });

  it('is not guessed for bytes that only hold NULs here and there: those stay binary', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 400 }), (bytes) => {
        const withNul = Uint8Array.from(bytes, (b, i) => (i % 7 === 0 ? 0 : b));
        const out = decodeBytes(withNul);
        expect(out).toMatchObject({ kind: 'rejected', code: 'binary' });
      }),
    );
  });
});
