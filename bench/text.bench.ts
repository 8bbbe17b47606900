/**
 * Text-layer throughput: `node --import tsx bench/text.bench.ts [MB]` (default 50 MB).
 * Generates Arabic news-like articles deterministically (seeded PRNG over a hand-written vocabulary,
 * with quotes, numbers, abbreviations and noise), then times clean + key + words + sentences + stems.
 */
import { seededRandom } from '../src/core/index.js';
import { Buffer } from 'node:buffer';
import { clean, key, keyTerms, sentences, words } from '../src/text/index.js';
import { cpuSecondsSince, fmt, measure } from './measure.js';


const NOUNS = (
  'الحكومة الوزير وزير الدفاع الرئيس البرلمان المعارضة الجيش الشرطة المدينة العاصمة المنطقة الحدود الاتفاق المفاوضات ' +
  'الانتخابات الاقتصاد الأسعار النفط الغاز الكهرباء المياه المستشفى المدارس الطلاب اللاجئين الأطفال النساء العمال ' +
  'الشركة المصرف البنك المركزي الموازنة العجز الديون الضرائب الاستثمار التجارة الصادرات الواردات الزراعة الصناعة ' +
  'السياحة الطقس العاصفة الأمطار الثلوج الحرائق الزلزال الفيضانات الطائرات الصواريخ الهجوم العملية العمليات التحالف ' +
  'القوات المقاتلين المسلحين المدنيين الضحايا الجرحى القتلى المحكمة القضاء النيابة المتهم المحامي الشهود التحقيق ' +
  'المؤتمر القمة الاجتماع الجلسة البيان التقرير الدراسة الاستطلاع المركز الوكالة الصحيفة القناة الموقع المنصة ' +
  'الأمم المتحدة مجلس الأمن الاتحاد الأوروبي الولايات المتحدة الجامعة العربية المنظمة الصحة العالمية'
).split(' ');
const VERBS = (
  'قال أكد أعلن أضاف أوضح أشار ذكر كشف نفى دعا حذر شدد اعتبر رأى طالب أفاد تابع وصف بحث ناقش وقع رفض قبل ' +
  'قالت أكدت أعلنت أضافت أوضحت أشارت ذكرت كشفت نفت دعت حذرت شددت اعتبرت رأت طالبت أفادت'
).split(' ');
const LINKS = 'في من إلى على عن مع بعد قبل خلال منذ حول بين ضد عبر لدى'.split(' ');
const ADJECTIVES = 'الجديد الجديدة الأولى الثاني الكبير الواسعة الأمنية الاقتصادية السياسية الإنسانية العسكرية الرسمية المحلية الدولية الماضي المقبل'.split(' ');
const NAMES = 'أحمد محمد سامر خالد ريم سلمى عادل نبيل هشام ليلى يوسف منصور الخطيب حداد السعدي عيسى النجار عوض'.split(' ');
const PLACES = 'بغداد دمشق بيروت القاهرة عمان الرياض الرباط تونس الخرطوم طرابلس الدوحة أبوظبي غزة الموصل حلب باريس واشنطن لندن'.split(' ');
const TAILS = ['.', '.', '.', '.', '.', '؟', '!', '...', '.'];
const PROCLITICS = ['', '', 'و', 'ب', 'ل', 'ف', 'وب', 'ول', 'ك'];
const SUFFIXES = ['', '', 'ة', 'ات', 'ين', 'ون', 'ان', 'ها', 'هم', 'ه', 'ية', 'تين'];
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإةى';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

function generateArticle(rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const number = (): string => {
    const r = rand();
    const n = Math.floor(rand() * 5000);
    if (r < 0.2) return `${n},${Math.floor(rand() * 10)}`;
    if (r < 0.4) return `${n}.${Math.floor(rand() * 10)}`;
    if (r < 0.55) return [...String(n)].map((d) => ARABIC_DIGITS[Number(d)]).join('') + '٫' + ARABIC_DIGITS[Math.floor(rand() * 10)];
    return String(n);
  };
  // Real news has hundreds of thousands of word types: inflected forms and unseen names keep the
  // type/token ratio (and so the cost of words seen for the first time) realistic.
  const inflected = (): string => `${pick(PROCLITICS)}${pick(NOUNS).replace(/^ال/, '').replace(/ة$/, '')}${pick(SUFFIXES)}`;
  const unseenName = (): string => {
    let w = '';
    const n = 3 + Math.floor(rand() * 6);
    for (let i = 0; i < n; i++) w += LETTERS[Math.floor(rand() * LETTERS.length)];
    return w;
  };
  const phrase = (len: number): string => {
    const out: string[] = [];
    for (let i = 0; i < len; i++) {
      const r = rand();
      if (r < 0.08) out.push(inflected());
      else if (r < 0.12) out.push(unseenName());
      else if (r < 0.35) out.push(pick(NOUNS));
      else if (r < 0.5) out.push(pick(LINKS));
      else if (r < 0.62) out.push(pick(ADJECTIVES));
      else if (r < 0.7) out.push(`و${pick(NOUNS)}`);
      else if (r < 0.76) out.push(pick(PLACES));
      else if (r < 0.82) out.push(number());
      else if (r < 0.86) out.push(`${pick(NOUNS)}،`);
      else out.push(pick(NOUNS));
    }
    return out.join(' ');
  };
  const sentence = (): string => {
    const r = rand();
    const speaker = `${pick(NOUNS)} ${pick(NAMES)} ${pick(NAMES)}`;
    if (r < 0.2) return `و${pick(VERBS)} ${speaker}: «${phrase(8)}. ${phrase(6)}».`;
    if (r < 0.3) return `و${pick(VERBS)} ${speaker} إن "${phrase(10)}"، مضيفاً أن ${phrase(6)}.`;
    if (r < 0.35) return `وقال د. ${pick(NAMES)} ${pick(NAMES)} (أ. ف. ب.) إن ${phrase(9)}.`;
    if (r < 0.4) return `${phrase(7)}.. ${phrase(6)}${pick(TAILS)}`;
    return `و${pick(VERBS)} ${phrase(6 + Math.floor(rand() * 14))}${pick(TAILS)}`;
  };
  const paragraphs: string[] = [`${pick(PLACES)} ـ ${phrase(6)}`];
  const count = 4 + Math.floor(rand() * 8);
  for (let p = 0; p < count; p++) {
    const ss: string[] = [];
    const n = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) ss.push(sentence());
    let para = ss.join(' ');
    if (rand() < 0.1) para = para.replace(' ', '\u00A0').replace('ا', 'اــ');
    if (rand() < 0.05) para = `\u200F${para}`;
    paragraphs.push(para);
  }
  return paragraphs.join('\n');
}

function generateCorpus(megabytes: number, seed = 20261121): { articles: string[]; bytes: number } {
  const rand = seededRandom(seed);
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1e6) {
    const a = generateArticle(rand);
    articles.push(a);
    bytes += Buffer.byteLength(a, 'utf8');
  }
  return { articles, bytes };
}

const megabytes = Number(process.argv[2] ?? 50);
const { articles, bytes } = generateCorpus(megabytes);
const chars = articles.reduce((n, a) => n + a.length, 0);
const typeSet = new Set<string>();
for (const a of articles) for (const w of a.split(/[\s.،؛؟!:«»"()]+/)) typeSet.add(w);
const types = typeSet.size;
typeSet.clear();
console.log(`corpus: ${articles.length} articles, ${fmt(bytes / 1e6)} MB UTF-8, ${fmt(chars / 1e6)} M chars, ${types} distinct space-separated forms (seeded, deterministic)`);

let wordCount = 0;
let sentenceCount = 0;
let termCount = 0;
let keyChars = 0;
const cpu0 = process.cpuUsage();
const m = await measure(() => {
  for (const raw of articles) {
    const c = clean(raw);
    keyChars += key(c).length;
    wordCount += words(c).length;
    sentenceCount += sentences(c).length;
    termCount += keyTerms(c).length;
  }
});
const cpuSeconds = cpuSecondsSince(cpu0);
console.log(`clean + key + words + sentences + stems: ${fmt(m.seconds, 2)} s wall, ${fmt(cpuSeconds, 2)} s CPU (${wordCount} words, ${sentenceCount} sentences, ${termCount} terms, ${keyChars} key chars)`);
console.log(`  wall: ${fmt(bytes / 1e6 / m.seconds)} MB/s, ${fmt(wordCount / 1e6 / m.seconds, 2)} M words/s`);
console.log(`  CPU:  ${fmt(bytes / 1e6 / cpuSeconds)} MB/s, ${fmt(wordCount / 1e6 / cpuSeconds, 2)} M words/s (process CPU time: steadier than wall time on a shared machine; includes GC threads)`);
console.log(`  peak RSS ${fmt(m.peakRssMB)} MB, peak heap ${fmt(m.peakHeapMB)} MB (corpus held in memory)`);

const stages: [string, (s: string) => unknown][] = [
  ['clean', clean],
  ['key', key],
  ['words', words],
  ['sentences', sentences],
  ['keyTerms', keyTerms],
];
const sample = articles.slice(0, Math.ceil(articles.length / 5)).map(clean);
const sampleBytes = sample.reduce((n, a) => n + Buffer.byteLength(a, 'utf8'), 0);
for (const [name, fn] of stages) {
  const t = await measure(() => {
    for (const a of sample) fn(a);
  });
  console.log(`  ${name.padEnd(10)} ${fmt(sampleBytes / 1e6 / t.seconds).padStart(7)} MB/s on a ${fmt(sampleBytes / 1e6)} MB sample`);
}
