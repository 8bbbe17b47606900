import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

const BODY = [
  'رفع البنك المركزي سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية في اجتماعه الدوري، في خطوة قال إنها تهدف إلى كبح التضخم الذي بلغ أعلى مستوياته منذ عشر سنوات.',
  'وقال محافظ البنك في مؤتمر صحافي إن "القرار كان صعباً لكنه ضروري"، مضيفاً أن اللجنة ستراجع الوضع مجدداً بعد ثلاثة أشهر.',
].join('\n');

function files(): { dir: string; a: string; b: string; bad: string } {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-cli-'));
  writeFileSync(join(dir, 'a.txt'), `البنك المركزي يرفع الفائدة\n${BODY}\nجميع الحقوق محفوظة ©\n`);
  writeFileSync(join(dir, 'b.txt'), `${BODY}\nشارك\n`);
  writeFileSync(join(dir, 'c.bin'), Buffer.from([0, 1, 2]));
  return { dir, a: join(dir, 'a.txt'), b: join(dir, 'b.txt'), bad: join(dir, 'c.bin') };
}

describe('khulasa clean', () => {
  it('prints one JSON line per input with the contract fields', async () => {
    const f = files();
    const io = memoryIo();
    expect(await main(['clean', '--json', f.a], io)).toBe(0);
    const line = JSON.parse(io.out.join('').trim()) as Record<string, unknown>;
    for (const k of ['path', 'title', 'outlet', 'dateline', 'agency', 'published', 'paragraphs', 'removed']) expect(line).toHaveProperty(k);
    expect(line['title']).toBe('البنك المركزي يرفع الفائدة');
    expect(line['paragraphs']).toEqual(BODY.split('\n'));
    expect(line['removed']).toEqual([
      { text: 'البنك المركزي يرفع الفائدة', reason: 'title' },
      { text: 'جميع الحقوق محفوظة ©', reason: 'copyright' },
    ]);
  });

  it('prints a readable report, and exits 2 without inputs', async () => {
    const f = files();
    const io = memoryIo();
    expect(await main(['clean', f.a], io)).toBe(0);
    expect(io.out.join('')).toContain('[copyright] جميع الحقوق محفوظة ©');
    expect(await main(['clean'], memoryIo())).toBe(2);
    expect(await main(['clean', '--frob', f.a], memoryIo())).toBe(2);
  });
});

describe('khulasa ingest', () => {
  it('reports ok, duplicate (of which path) and rejected with counts; exit 1 when something is rejected', async () => {
    const f = files();
    const io = memoryIo();
    expect(await main(['ingest', f.dir], io)).toBe(1);
    const text = io.out.join('');
    expect(text).toMatch(/ok +\S+a\.txt/);
    expect(text).toContain(`duplicate  ${f.b}  of ${f.a}`);
    expect(text).toMatch(/rejected +\S+c\.bin +unsupported/);
    expect(text).toContain('1 ok, 1 duplicate, 1 rejected');
  });

  it('prints JSON lines with --json and exits 0 when all are accepted', async () => {
    const f = files();
    const io = memoryIo();
    expect(await main(['ingest', '--json', f.a, f.b], io)).toBe(0);
    const lines = io.out.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['status'])).toEqual(['ok', 'duplicate', undefined]);
    expect(lines[1]!['duplicateOf']).toBe(f.a);
    expect(lines[2]).toEqual({ counts: { ok: 1, duplicate: 1, rejected: 0 } });
    expect(await main(['ingest'], memoryIo())).toBe(2);
  });
});
