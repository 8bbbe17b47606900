/** A page whose elements nest absurdly deep (unclosed tags by the hundred thousand) is extracted in linear time, its text kept. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/ingest/index.js';

const PARAGRAPHS = [
  'افتتحت وزارة الصحة مستشفى جديدا في المدينة الساحلية بسعة مئتي سرير وقسم للطوارئ يعمل على مدار الساعة.',
  'وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة والقرى المجاورة لها.',
];

describe('deeply nested markup', () => {
  it('keeps its text and takes well under a second for 100,000 unclosed elements', () => {
    const page = `<html><head><title>مستشفى جديد</title></head><body><article><h1>مستشفى جديد</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${'<b>'.repeat(100_000)}نهاية</article></body></html>`;
    const started = process.cpuUsage();
    const doc = extractHtml(page);
    const { user, system } = process.cpuUsage(started);
    expect(doc.text).toContain(PARAGRAPHS[0]);
    expect(doc.text).toContain(PARAGRAPHS[1]);
    expect((user + system) / 1e6).toBeLessThan(3);
  });
});
