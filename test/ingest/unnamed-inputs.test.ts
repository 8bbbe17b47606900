/**
 * Files whose name says nothing of their content (`M0001.arabic`, `article_123`, `.dat`, `.story`) are
 * read by their content when it is text, and refused as `unsupported`, saying what they are, when it
 * is not. A name that gives a format khulasa does not read (`.pdf`, `.docx`, `.png`) is refused by name.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { IngestOutcome } from '../../src/core/index.js';
import { ingestPaths, type IngestOptions } from '../../src/ingest/index.js';

const ARTICLE = [
  'وزير الزراعة يفتتح موسم قطف الزيتون في المحافظات الشمالية',
  'افتتح وزير الزراعة صباح اليوم السبت موسم قطف الزيتون من بلدة في المحافظات الشمالية، بحضور عدد من المزارعين وممثلي الجمعيات التعاونية الزراعية.',
  'وقال الوزير في كلمة أمام المزارعين إن الإنتاج المتوقع هذا العام يزيد على إنتاج العام الماضي بنحو الخمس، بفضل الأمطار التي هطلت في الربيع.',
  'وأضاف أن الوزارة ستوفر معاصر متنقلة للقرى البعيدة، وأنها ستشتري فائض الزيت من صغار المزارعين بأسعار تشجيعية حتى نهاية الموسم.',
].join('\n');

const READS = 'khulasa reads text, HTML, JSON, WARC and feeds';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-unnamed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function one(path: string, options: IngestOptions = {}): Promise<IngestOutcome> {
  const out: IngestOutcome[] = [];
  for await (const o of ingestPaths([path], options)) out.push(o);
  expect(out).toHaveLength(1);
  return out[0]!;
}

const textOf = (o: IngestOutcome): string => (o.kind === 'ok' ? o.document.text : `${o.code}: ${o.detail}`);

/** The first bytes of a .docx: a ZIP whose first member is in `word/`. */
const DOCX_HEAD = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(22), Buffer.from('word/document.xml')]);
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');

describe('a file whose name says nothing of its content', () => {
  it('is read when it is UTF-8 text: .arabic (as the TAC 2011 sources are named), no extension, .dat', async () => {
    const expected = textOf(await one(file('reference.txt', ARTICLE)));
    for (const name of ['M0001.arabic', 'article_123', 'story.dat', 'olive.md']) {
      const o = await one(file(name, ARTICLE));
      expect(o.kind, name).toBe('ok');
      expect(textOf(o), name).toBe(expected);
    }
  });

  it('is read when it is Windows-1256 text with an odd extension', async () => {
    const o = await one(file('olive.story', iconv.encode(ARTICLE, 'windows-1256')));
    expect(textOf(o)).toBe(textOf(await one(file('reference-2.txt', ARTICLE))));
  });

  it('is read when it is UTF-16, with a byte order mark or without one', async () => {
    const le = Buffer.from(ARTICLE, 'utf16le');
    expect((await one(file('bom16', Buffer.concat([Buffer.from([0xff, 0xfe]), le])))).kind).toBe('ok');
    expect((await one(file('nobom16.dat', le))).kind).toBe('ok');
  });

  it('is read as the markup, JSON or feed its first bytes show', async () => {
    const html = `<!doctype html><html><head><title>موسم الزيتون</title></head><body><article>${ARTICLE.split('\n')
      .slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const page = await one(file('page_17', html));
    expect(page).toMatchObject({ kind: 'ok', document: { title: 'موسم الزيتون' } });
    const record = await one(file('record_17', JSON.stringify({ title: 'موسم الزيتون', text: ARTICLE.split('\n').slice(1).join('\n') })));
    expect(record).toMatchObject({ kind: 'ok', document: { title: 'موسم الزيتون' } });
  });

  it('is refused as unsupported, naming the format, when its first bytes are a PDF, a Word document or a ZIP', async () => {
    expect(await one(file('report.dat', PDF))).toMatchObject({ kind: 'rejected', code: 'unsupported', detail: `a PDF document: ${READS}` });
    expect(await one(file('story', DOCX_HEAD))).toMatchObject({ kind: 'rejected', code: 'unsupported', detail: `a Word document: ${READS}` });
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.alloc(24), Buffer.from('photos/1.jpg')]);
    expect(await one(file('archive.arabic', zip))).toMatchObject({ kind: 'rejected', code: 'unsupported', detail: expect.stringMatching(/^a ZIP archive/) as unknown });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await one(file('image_4', png))).toMatchObject({ code: 'unsupported', detail: `a PNG image: ${READS}` });
  });

  it('is refused as an RTF document, text though it is, rather than read as an article full of markup', async () => {
    const rtf = `{\\rtf1\\ansi\\ansicpg1256 {\\fonttbl{\\f0 Arial;}}\\f0 ${ARTICLE}}`;
    expect(await one(file('letter.doc1', rtf))).toMatchObject({ kind: 'rejected', code: 'unsupported', detail: `an RTF document: ${READS}` });
  });

  it('is refused as binary content when it holds NUL bytes and is not UTF-16', async () => {
    const bytes = Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0, 0, 7, 0, 3])]);
    expect(await one(file('dump.raw', bytes))).toMatchObject({ kind: 'rejected', code: 'unsupported', detail: expect.stringMatching(/^binary content \(\d+ NUL bytes in the first \d+ bytes\): khulasa reads/) as unknown });
  });

  it('is judged after gunzip when the name gives only .gz: a gzipped PDF is refused, gzipped text read', async () => {
    expect(await one(file('feed_dump.gz', gzipSync(PDF)))).toMatchObject({ code: 'unsupported', detail: `a PDF document: ${READS}` });
    expect((await one(file('olive.gz', gzipSync(ARTICLE)))).kind).toBe('ok');
  });

  it('is judged by its content on standard input too', async () => {
    const stdin = new PassThrough();
    stdin.end(PDF);
    expect(await one('-', { stdin })).toMatchObject({ path: '-', code: 'unsupported', detail: `a PDF document: ${READS}` });
  });
});

describe('a file whose name gives a format khulasa does not read', () => {
  it.each([
    ['scan.pdf', 'a PDF document'],
    ['notes.docx', 'a Word document'],
    ['photo.JPG', 'a JPEG image'],
    ['old.sqlite', 'an SQLite database'],
    ['khulasa.sqlite-wal', 'a file SQLite keeps beside a database'],
    ['pages.tar.gz', 'a tar archive'],
    ['bundle.zip', 'a ZIP archive (as .docx, .xlsx and .epub files are)'],
    ['model.pkl', 'a binary data file'],
  ])('is refused by its name without being read (%s)', async (name, what) => {
    // The content is an article: only the name decides.
    expect(await one(file(name, ARTICLE))).toMatchObject({ kind: 'rejected', code: 'unsupported', detail: `${what}: ${READS}` });
  });

  it('a table or SQL dump is refused with why: text, but a whole table would read as one article', async () => {
    for (const name of ['articles.csv', 'articles.TSV', 'dump.sql']) {
      const got = await one(file(name, ARTICLE));
      expect(got).toMatchObject({ kind: 'rejected', code: 'unsupported' });
      expect((got as { detail: string }).detail).toMatch(/^an? (CSV or TSV table|SQL script): read as one text, a whole table would make one article: give one article per file/);
    }
  });

  it('is not a Palestinian (.ps) or Somali (.so) host name saved as a file name: those are read by content', async () => {
    expect((await one(file('wafa.ps', ARTICLE))).kind).toBe('ok');
    expect((await one(file('hiiraan.so', ARTICLE))).kind).toBe('ok');
  });
});

describe('a plain text file that is not an article (README, LICENSE, notes)', () => {
  it('is read, and the article checks reject it with their reason: not Arabic, or too short', async () => {
    const readme = 'Scraped articles, May 2026. One article per file, named by the outlet and its number.\nRun khulasa digest on this folder.';
    expect(await one(file('README', readme))).toMatchObject({ kind: 'rejected', code: 'not-arabic' });
    const license = 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files, to deal in the Software without restriction.';
    expect(await one(file('LICENSE', license))).toMatchObject({ kind: 'rejected', code: 'not-arabic' });
    expect(await one(file('notes', 'ملاحظات: أعيدوا جلب مقالات يوم الأحد.'))).toMatchObject({ kind: 'rejected', code: 'too-short' });
  });
});
