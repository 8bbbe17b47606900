import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanBytes } from '../../src/ingest/index.js';
import { decodeBytes } from '../../src/ingest/decode/decode.js';
import { checkMojibake, countLetters } from '../../src/ingest/decode/mojibake.js';

const ARTICLE =
  'أعلنت وزارة الصحة في بيان صدر اليوم الأحد أن حملة التطعيم الوطنية ضد شلل الأطفال وصلت إلى أكثر من مليوني طفل في المحافظات الشمالية، وأن الفرق الطبية ستواصل عملها حتى نهاية الشهر الجاري.\n' +
  'وقال المتحدث باسم الوزارة إن "الإقبال فاق التوقعات"، مشيراً إلى أن العيادات المتنقلة ستصل إلى القرى النائية خلال الأسبوع المقبل.';

const decoded = (bytes: Uint8Array, hints = {}): { text: string; encoding: string; via: string } => {
  const d = decodeBytes(bytes, hints);
  if (d.kind !== 'decoded') throw new Error(`rejected: ${d.code} ${d.detail}`);
  return d;
};

describe('decodeBytes', () => {
  it('reads UTF-8', () => {
    expect(decoded(Buffer.from(ARTICLE, 'utf8'))).toMatchObject({ text: ARTICLE, encoding: 'utf-8' });
  });

  it('detects Windows-1256 bytes', () => {
    expect(decoded(iconv.encode(ARTICLE, 'windows-1256'))).toMatchObject({ text: ARTICLE, encoding: 'windows-1256', via: 'detected' });
  });

  it('detects ISO-8859-6 bytes', () => {
    const plain = ARTICLE.replace(/["،]/g, ' ');
    const d = decoded(iconv.encode(plain, 'iso-8859-6'));
    expect(d.text).toBe(plain);
  });

  it('honours a BOM (UTF-8 and UTF-16LE)', () => {
    expect(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]))).toMatchObject({ text: ARTICLE, via: 'bom' });
    expect(decoded(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]))).toMatchObject({ text: ARTICLE, via: 'bom' });
  });

  it('follows the declared charset, then <meta charset>', () => {
    expect(decoded(iconv.encode(ARTICLE, 'windows-1256'), { declared: 'windows-1256' })).toMatchObject({ text: ARTICLE, via: 'declared' });
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body>${ARTICLE}</body></html>`;
    expect(decoded(iconv.encode(page, 'windows-1256'), { html: true })).toMatchObject({ text: page, via: 'meta' });
  });

  it('does not trust a Western label on Arabic legacy bytes', () => {
    expect(decoded(iconv.encode(ARTICLE, 'windows-1256'), { declared: 'iso-8859-1' }).text).toBe(ARTICLE);
  });

  it('repairs UTF-8 that was read as Windows-1256 and saved again (ط/ظ mojibake)', () => {
    const mojibake = new TextDecoder('windows-1256').decode(Buffer.from(ARTICLE, 'utf8'));
    expect(mojibake).toMatch(/^ط/);
    const d = decoded(Buffer.from(mojibake, 'utf8'));
    expect(d.text).toBe(ARTICLE);
    expect(d.via).toBe('utf-8+repaired');
  });

  it('repairs UTF-8 read as Windows-1252 and Windows-1256 read as Windows-1252', () => {
    const latin = new TextDecoder('windows-1252').decode(Buffer.from(ARTICLE, 'utf8'));
    expect(checkMojibake(latin)).toMatchObject({ kind: 'repaired', text: ARTICLE });
    const cp = new TextDecoder('windows-1252').decode(iconv.encode(ARTICLE, 'windows-1256'));
    expect(checkMojibake(cp)).toMatchObject({ kind: 'repaired', text: ARTICLE });
  });

  it('leaves ordinary Arabic, English and French text alone', () => {
    expect(checkMojibake(ARTICLE).kind).toBe('clean');
    expect(checkMojibake('The committee met on Tuesday and agreed on a new budget for the schools.').kind).toBe('clean');
    expect(checkMojibake("L'équipe a présenté à l'université une étude sur la qualité de l'été.").kind).toBe('clean');
  });

  it('rejects mojibake it cannot reverse', () => {
    const mojibake = new TextDecoder('windows-1256').decode(Buffer.from(ARTICLE, 'utf8'));
    const damaged = [...mojibake].map((c, i) => (i % 20 === 7 ? 'ع' : c)).join('');
    expect(decodeBytes(Buffer.from(damaged, 'utf8'))).toMatchObject({ kind: 'rejected', code: 'mojibake' });
  });

  it('rejects binary instead of decoding it', () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))).toMatchObject({ kind: 'rejected', code: 'binary' });
    const nul = Buffer.from(`${ARTICLE}\u0000\u0000${ARTICLE}`);
    expect(decodeBytes(nul)).toMatchObject({ kind: 'rejected', code: 'binary' });
    expect(decodeBytes(new Uint8Array(0))).toMatchObject({ kind: 'rejected', code: 'empty' });
  });

  it('names the binary format its signature gives (a .txt that is a PDF, a PNG), as a reader would', () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))).toMatchObject({ detail: 'starts with the signature of a PNG image' });
    expect(decodeBytes(Buffer.from(`%PDF-1.4\n${ARTICLE}`))).toMatchObject({ code: 'binary', detail: 'starts with the signature of a PDF document' });
  });

  it('reads a text that begins with the letters of a binary signature but holds no NUL: MZ, ftyp, wOFF', () => {
    for (const start of ['MZ ', 'abcdftyp ', 'wOFF ', 'RIFFLE ']) expect(decodeBytes(Buffer.from(`${start}${ARTICLE}`)).kind, start).toBe('decoded');
  });

  it('keeps almost-valid UTF-8 (one damaged byte) instead of guessing a legacy charset', () => {
    const bytes = Buffer.from(ARTICLE, 'utf8');
    const cut = Buffer.concat([bytes.subarray(0, 101), bytes.subarray(102)]);
    const d = decoded(cut);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.length).toBeGreaterThan(ARTICLE.length - 5);
  });

  it('property: any Arabic text survives a Windows-1256 round trip', () => {
    const arabicWord = fc.array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإئؤةى'), { minLength: 2, maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(arabicWord, { minLength: 20, maxLength: 60 }), (ws) => {
        const text = ws.join(' ');
        expect(decoded(iconv.encode(text, 'windows-1256')).text).toBe(text);
      }),
      { numRuns: 50 },
    );
  });
});

describe('cleanBytes', () => {
  it('cleans a Windows-1256 text file into the same document as its UTF-8 twin', () => {
    const a = cleanBytes('a.txt', Buffer.from(ARTICLE, 'utf8'), {}, { minWords: 10 });
    const b = cleanBytes('b.txt', iconv.encode(ARTICLE, 'windows-1256'), {}, { minWords: 10 });
    expect(a.kind).toBe('ok');
    expect(b.kind === 'ok' && a.kind === 'ok' && b.document.contentHash === a.document.contentHash).toBe(true);
  });

  it('rejects by policy: too short, not Arabic', () => {
    expect(cleanBytes('a.txt', Buffer.from(ARTICLE.split('\n')[1]!))).toMatchObject({ kind: 'rejected', code: 'too-short' });
    const english = 'The council approved the budget after a long debate about schools, roads and the new library. '.repeat(5);
    expect(cleanBytes('e.txt', Buffer.from(english))).toMatchObject({ kind: 'rejected', code: 'not-arabic' });
  });
});

describe('letter count of the mojibake check', () => {
  it('equals the number of \\p{L} matches, astral letters and lone surrogates included', () => {
    const pieces = fc.constantFrom('ا', 'ب', 'ـ', '٣', 'a', 'Z', ' ', '.', 'é', 'Ø', '𝒜', '😀', '\uD800', '\uDC00', '中', 'ﻻ', '\u064B');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')), (text) => countLetters(text) === (text.match(/\p{L}/gu)?.length ?? 0)),
      { numRuns: 500 },
    );
    expect(countLetters('')).toBe(0);
  });
});
