import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { openSqliteStore } from '../../src/store/index.js';
import { memoryIo } from '../support/memory-io.js';

const ARTICLE = [
  'افتتاح أول مكتبة رقمية عامة في مدينة صفاقس',
  'افتتحت بلدية صفاقس صباح اليوم السبت أول مكتبة رقمية عامة في المدينة، تضم أكثر من عشرين ألف كتاب إلكتروني ومئتي جهاز حاسوب مفتوحة للطلبة والباحثين مجانا.',
  'وقال رئيس البلدية في كلمة خلال الافتتاح إن "المكتبة ستبقى مفتوحة حتى منتصف الليل طوال أيام الأسبوع، لأن الطلبة يحتاجون إلى مكان هادئ للدراسة".',
  'وأضاف أن المشروع كلف نحو مليوني دينار، وأن البلدية تعتزم افتتاح فرعين آخرين في الأحياء الشعبية خلال العام المقبل.',
].join('\n');

describe('khulasa ingest --db', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-ingest-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores each input once and accounts for every input on a rerun', async () => {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a.txt'), ARTICLE);
    writeFileSync(join(inputs, 'b.txt'), `\n${ARTICLE}\n`);
    writeFileSync(join(inputs, 'c.txt'), 'قصير جدا');
    const db = join(dir, 'store', 'k.sqlite');

    const first = memoryIo();
    expect(await main(['ingest', inputs, '--db', db], first)).toBe(1);
    const text = first.out.join('');
    expect(text).toMatch(/^ok +.*a\.txt/m);
    expect(text).toMatch(/^duplicate +.*b\.txt +exact/m);
    expect(text).toMatch(/^rejected +.*c\.txt +too-short/m);
    expect(text).toContain('1 ok, 1 duplicate, 1 rejected (3 newly stored, 0 already in');

    const second = memoryIo();
    expect(await main(['ingest', inputs, '--db', db, '--json'], second)).toBe(1);
    const lines = second.out.join('').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ counts: { ok: 1, duplicate: 1, rejected: 1, inputs: 3, added: 0 } });

    const store = openSqliteStore(db);
    try {
      expect((await store.documents()).map((d) => d.status).sort()).toEqual(['duplicate', 'ok', 'rejected']);
    } finally {
      await store.close();
    }
  });
});
