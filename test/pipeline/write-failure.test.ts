/** A digest file that cannot be written leaves no temporary file behind (a full disk, a folder in its place). */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultStages, runDigest, writeDigestFiles } from '../../src/pipeline/index.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = [
  'انطلاق حملة لتشجير الطرق السريعة في المحافظة',
  'أطلقت مديرية الزراعة صباح اليوم حملة لزراعة عشرة آلاف شجرة على جانبي الطرق السريعة في المحافظة بمشاركة متطوعين من الجامعات.',
  'وقال مدير الزراعة إن الحملة تستمر شهرا كاملا، وإن الأشجار اختيرت من الأنواع التي تتحمل الجفاف ولا تحتاج إلى ري كثير.',
  'وأضاف أن المديرية ستتابع نمو الأشجار خلال السنتين المقبلتين، وأن حملة ثانية ستنطلق في الربيع في المناطق الجبلية.',
].join('\n');

describe('writeDigestFiles when a file cannot be written', () => {
  it('throws and leaves no temporary file in the output folder', async () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const { digest, sources } = await runDigest([join(dir, 'a.txt')], { db: join(dir, 'store.sqlite'), stages: defaultStages(), analysis: false });
    const out = join(dir, 'out');
    mkdirSync(join(out, 'digest.json', 'in-the-way'), { recursive: true });
    expect(() => writeDigestFiles(out, digest, sources)).toThrow();
    expect(readdirSync(out)).toEqual(['digest.json']);
  });
});
