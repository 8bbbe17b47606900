/**
 * Summarization time and peak memory on generated stories of 10, 100 and 500 documents (each
 * document ~14 sentences of ~20 words drawn from a shared pool of facts, as outlets retelling one
 * story). Targets: 10 documents ≤ 20 ms, 500 documents ≤ 2 s.
 */
import { cleanDocument, documentId, seededRandom, type CleanDocument } from '../src/core/index.js';
import { summarize } from '../src/summarize/index.js';
import { fmt, measure } from './measure.js';

const WORDS = (
  'الحكومة الوزير المدينة الجيش البرلمان الانتخابات الفيضانات المستشفى الشرطة المحكمة أعلن قال أكد نفى أجلت اعتقلت افتتح رفض ' +
  'وافق طالب خمسة عشرات مئات ثلاثة الجنوبية الشمالية الجديدة الرسمية العاجلة الكبيرة السكان المتظاهرين الطلاب المزارعين العمال ' +
  'الأطباء الصحفيين اللاجئين الجرحى الضحايا الميناء الحدود الاتفاق المفاوضات الأمطار الطرق الجسور المدارس الكهرباء المياه ' +
  'الرئيس الأمم المتحدة الوكالة المتحدث باسم وزارة الداخلية الخارجية الصحة الدفاع المدني فرق الإنقاذ العاصمة الإقليم'
).split(' ');
const GLUE = ['في', 'من', 'إلى', 'على', 'أن', 'بعد', 'قبل', 'خلال', 'حول', 'منذ', 'و'];


function story(documents: number, seed: number): CleanDocument[] {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const facts = Array.from({ length: 60 }, () => Array.from({ length: 12 + Math.floor(r() * 16) }, (_, i) => (i % 3 === 2 ? pick(GLUE) : pick(WORDS))));
  return Array.from({ length: documents }, (_, d) => {
    const paragraphs: string[] = [];
    for (let p = 0; p < 7; p++) {
      const sentences = [0, 1].map(() => {
        const f = [...pick(facts)];
        f.splice(Math.floor(r() * f.length), 1, pick(WORDS));
        return `${f.join(' ')}.`;
      });
      paragraphs.push(sentences.join(' '));
    }
    return cleanDocument({ id: documentId(`d${d}`), path: `d${d}.txt`, paragraphs, contentHash: `h${seed}-${d}` });
  });
}

const words = (docs: readonly CleanDocument[]): number => docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);

summarize(story(10, 99)); // warm-up: JIT and the text layer's tables

for (const [documents, runs, target] of [[10, 20, 0.02], [100, 5, null], [500, 3, 2]] as const) {
  const docs = story(documents, documents);
  let best = Infinity;
  let peakRss = 0;
  let peakHeap = 0;
  let summaryWords = 0;
  for (let i = 0; i < runs; i++) {
    const m = await measure(() => {
      summaryWords = summarize(docs).words;
    });
    best = Math.min(best, m.seconds);
    peakRss = Math.max(peakRss, m.peakRssMB);
    peakHeap = Math.max(peakHeap, m.peakHeapMB);
  }
  const verdict = target === null ? '' : best <= target ? ` (target ≤ ${target * 1000} ms: met)` : ` (target ≤ ${target * 1000} ms: MISSED)`;
  console.log(
    `${documents} documents, ${words(docs)} words → ${summaryWords}-word summary: best of ${runs} ${fmt(best * 1000)} ms${verdict}, ` +
      `${fmt(documents / best, 0)} documents/s, peak RSS ${fmt(peakRss)} MB, peak heap ${fmt(peakHeap)} MB`,
  );
}
