/**
 * What a folder walk passes over without a rejection: hidden files and folders, files the operating
 * system keeps, editor backups (besides khulasa's own digest files). Each is told to `onSkipped`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestOutcome, SkippedInput } from '../../src/core/index.js';
import { ingestPaths, passedOver } from '../../src/ingest/index.js';

const ARTICLE = [
  'افتتحت بلدية المدينة صباح اليوم الأحد الجسر الجديد فوق النهر بعد عامين من الأعمال، بحضور محافظ المنطقة وعدد من أعضاء المجلس البلدي.',
  'وقال رئيس البلدية في كلمة خلال الافتتاح إن الجسر سيخفف الازدحام في وسط المدينة، وإنه سيختصر زمن التنقل بين الضفتين إلى أقل من عشر دقائق.',
  'وأوضح أن كلفة المشروع بلغت نحو ثلاثين مليون دينار، مولتها الحكومة والبلدية مناصفة.',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'khulasa-passed-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const put = (name: string, text = ARTICLE): void => writeFileSync(join(dir, name), text);

async function walk(paths: readonly string[]): Promise<{ read: string[]; skipped: SkippedInput[] }> {
  const skipped: SkippedInput[] = [];
  const read: IngestOutcome[] = [];
  for await (const o of ingestPaths(paths, { onSkipped: (s) => skipped.push(s) })) read.push(o);
  return { read: read.map((o) => `${o.path.slice(dir.length + 1)} ${o.kind === 'ok' ? 'ok' : o.code}`), skipped };
}

describe('passedOver', () => {
  it('names hidden files and folders, system files and editor backups, and nothing else', () => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, '__MACOSX'));
    const names = ['#bridge.txt#', '.DS_Store', '.bridge.txt.swp', '.git', '.gitkeep', 'Thumbs.db', '__MACOSX', 'bridge.txt', 'bridge.txt~', 'desktop.ini', 'notes~draft.txt', '~$report.docx'];
    for (const n of names) if (n !== '.git' && n !== '__MACOSX') put(n);
    const found = passedOver(dir, names).map((s) => [s.path.slice(dir.length + 1), s.code, s.detail.split(' ').slice(0, 3).join(' ')]);
    expect(found).toEqual([
      ['#bridge.txt#', 'backup', "an editor's backup,"],
      ['.DS_Store', 'hidden', 'a hidden file'],
      ['.bridge.txt.swp', 'backup', "an editor's backup,"],
      ['.git', 'hidden', 'a hidden folder'],
      ['.gitkeep', 'hidden', 'a hidden file'],
      ['Thumbs.db', 'hidden', 'a hidden file'],
      ['__MACOSX', 'hidden', 'a hidden folder'],
      ['bridge.txt~', 'backup', "an editor's backup,"],
      ['desktop.ini', 'hidden', 'a hidden file'],
      ['~$report.docx', 'backup', "an editor's backup,"],
    ]);
  });
});

describe('a folder walk', () => {
  it('reads the articles and tells onSkipped of each hidden file, hidden folder (once, not its files) and backup', async () => {
    put('bridge.txt');
    put('.DS_Store', '\u0000\u0001Bud1');
    put('.gitkeep', '');
    put('bridge.txt~', `${ARTICLE}\nمسودة`);
    mkdirSync(join(dir, '.git', 'objects'), { recursive: true });
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(dir, '.git', 'objects', 'ab12'), Buffer.from([0x78, 0x9c, 0, 1, 2]));
    const { read, skipped } = await walk([dir]);
    expect(read).toEqual(['bridge.txt ok']);
    expect(skipped.map((s) => [s.path.slice(dir.length + 1), s.code])).toEqual([
      ['.DS_Store', 'hidden'],
      ['.git', 'hidden'],
      ['.gitkeep', 'hidden'],
      ['bridge.txt~', 'backup'],
    ]);
  });

  it('reads a hidden file or a backup named on the command line, as asked', async () => {
    put('.bridge-copy.txt');
    put('bridge.txt~');
    const { read, skipped } = await walk([join(dir, '.bridge-copy.txt'), join(dir, 'bridge.txt~')]);
    expect(read).toEqual(['.bridge-copy.txt ok', 'bridge.txt~ ok']);
    expect(skipped).toEqual([]);
  });
});
