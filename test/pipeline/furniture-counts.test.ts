/**
 * Furniture learned from the store's per-group line counts equals furniture learned from the stored
 * articles themselves, for any split of a pile into runs: the same store, document for document.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultStages, runDigest, type DigestStages } from '../../src/pipeline/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { doubleStages, PILE, withoutFurnitureCounts } from './doubles.js';

const clock = (): string => '2026-11-22T04:00:00.000Z';

async function contents(db: string): Promise<unknown> {
  const store = openSqliteStore(db);
  try {
    const stories = await store.stories();
    const documents = await store.documents();
    return { documents, links: await store.links(), stories, summaries: await Promise.all(stories.map((s) => store.summary(s.id))) };
  } finally {
    await store.close();
  }
}

/** Writes each batch to its own folder under `root`; returns the folders. */
function writeBatches(root: string, batches: readonly Readonly<Record<string, string>>[]): string[] {
  return batches.map((files, i) => {
    const folder = join(root, `batch-${i}`);
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return folder;
  });
}

/** Runs the digest once per batch, each run over every batch so far (as a folder that grows day by day). */
async function runInBatches(db: string, folders: readonly string[], stages: () => DigestStages): Promise<void> {
  for (let i = 1; i <= folders.length; i++) await runDigest(folders.slice(0, i), { db, stages: stages(), clock, analysis: false });
}

/** Extra articles of one outlet sharing the line تابعونا على مواقع التواصل. with a1 and b1 of PILE. */
const MORE: Readonly<Record<string, string>> = {
  'e1.txt': 'صحيفة الغد\nحريق في الغابة\nاندلع حريق واسع في غابة شمال المدينة مساء الجمعة.\nتابعونا على مواقع التواصل.',
  'e2.txt': 'صحيفة الغد\nانقطاع الكهرباء\nانقطعت الكهرباء عن أحياء عدة بسبب عطل في محطة التحويل.\nتابعونا على مواقع التواصل.\nاقرأ أيضا.',
  'e3.txt': 'جريدة المساء\nافتتاح جسر جديد\nافتتحت البلدية جسرا جديدا فوق النهر بعد عامين من العمل.\nاقرأ أيضا.',
};

function splits(names: readonly string[], runs: readonly number[]): Record<string, string>[] {
  const batches: Record<string, string>[] = [];
  names.forEach((name, i) => {
    const r = runs[i] ?? 0;
    while (batches.length <= r) batches.push({});
    batches[r]![name] = { ...PILE, ...MORE }[name]!;
  });
  return batches.filter((b) => Object.keys(b).length > 0);
}

describe('furniture from stored counts', () => {
  it('gives the store that reading the stored articles gives, for any split into runs (test doubles)', async () => {
    const names = [...Object.keys(PILE), ...Object.keys(MORE)];
    await fc.assert(
      fc.asyncProperty(fc.subarray(names, { minLength: 1 }), fc.array(fc.nat({ max: 3 }), { minLength: names.length, maxLength: names.length }), async (files, runs) => {
        const root = mkdtempSync(join(tmpdir(), 'khulasa-furniture-'));
        try {
          const folders = writeBatches(root, splits(files, runs));
          await runInBatches(join(root, 'counted.sqlite'), folders, () => doubleStages());
          await runInBatches(join(root, 'read.sqlite'), folders, () => withoutFurnitureCounts(doubleStages()));
          expect(await contents(join(root, 'counted.sqlite'))).toEqual(await contents(join(root, 'read.sqlite')));
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 20, seed: 11 },
    );
  });

  it('gives the store that reading the stored articles gives with the real stages, over three runs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'khulasa-furniture-real-'));
    try {
      // JSON records with an outlet and a URL; each outlet repeats its own short line in most articles.
      const outlets = [
        { outlet: 'الأنباء اليومية', url: 'https://anbaa.example/news/', line: 'للإعلان في الأنباء اليومية اتصلوا بنا.' },
        { outlet: 'صوت المدينة', url: 'https://sawt.example/a/', line: 'حقوق الصورة لصوت المدينة.' },
      ];
      const topics = ['شبكة المياه', 'معرض الكتاب', 'حركة الشحن في الميناء', 'موسم كرة القدم', 'الأمطار على المرتفعات', 'أسعار الخضار'];
      const article = (i: number) => {
        const o = outlets[i % outlets.length]!;
        const t = topics[i % topics.length]!;
        const body = [
          `ناقش المسؤولون في اجتماع مطول يوم ${i + 1} من الشهر ملف ${t} وما يتصل به من مشاريع جديدة في المدينة.`,
          `وقال متحدث إن العمل على ${t} سيستمر خلال الأسابيع المقبلة وفق خطة واضحة رقم ${i * 7 + 3}.`,
          ...(i % 4 === 3 ? [] : [o.line]),
        ];
        return JSON.stringify({ outlet: o.outlet, url: `${o.url}${i}`, title: `${t} ${i}`, text: body.join('\n') });
      };
      const batch = (from: number, to: number) => Object.fromEntries(Array.from({ length: to - from }, (_, k) => [`r-${from + k}.json`, article(from + k)]));
      const folders = writeBatches(root, [batch(0, 3), batch(3, 9), batch(9, 14)]);
      const real = () => defaultStages();
      await runInBatches(join(root, 'counted.sqlite'), folders, real);
      await runInBatches(join(root, 'read.sqlite'), folders, () => withoutFurnitureCounts(real()));
      const counted = await contents(join(root, 'counted.sqlite'));
      expect(counted).toEqual(await contents(join(root, 'read.sqlite')));
      // The pile does teach furniture: later runs remove each outlet's line.
      const docs = (counted as { documents: { removed: { reason: string }[] }[] }).documents;
      expect(docs.filter((d) => d.removed.some((r) => r.reason === 'outlet-furniture')).length).toBeGreaterThan(4);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
