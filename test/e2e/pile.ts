/**
 * A generated pile of Arabic news articles for crash tests and benchmarks: `stories` stories, each
 * told by several outlets in their own words, some reports republished as near copies. Seeded, so the
 * same arguments always write the same files. The sentences are templates filled with invented names.
 */
import { seededRandom } from '../../src/core/index.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';


const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const OUTLETS = ['صحيفة الغد', 'وكالة الشرق', 'موقع النهار', 'جريدة المساء', 'بوابة الخليج', 'صوت المغرب', 'أخبار الساحل', 'منبر الجنوب', 'نافذة العرب', 'الرصد اليومي'];
const DAYS = ['السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة'];
/** Sentence skeletons: `$1`..`$4` are a fact's key words, `$n` its number. Reports word the same facts differently. */
const SKELETONS = [
  'أعلن $1 أن $2 في $3 بلغ $n حالة منذ يوم $d، مؤكداً متابعة $4 عن كثب.',
  'وقال $1 في تصريح صحافي إن $4 تواصل العمل في $3 بعد أن سجل $2 نحو $n حالة.',
  'وبحسب مصادر محلية فإن $2 ارتفع إلى $n في $3، فيما دعا $1 إلى دعم $4.',
  'وأوضح $1 خلال مؤتمر صحافي عقده $d أن $n من $2 سجلت في $3 وأن $4 تحركت سريعاً.',
  'وأشارت تقارير إلى أن $3 شهدت $2 بعدد $n، وهو ما دفع $1 إلى استنفار $4.',
  'من جهته، طالب $1 بتعزيز $4 في $3 بعد تسجيل $n من $2 حتى مساء $d.',
  'ولفت $1 إلى أن $4 رصدت $n من $2 في محيط $3 خلال الساعات الماضية.',
  'في غضون ذلك، نقلت وسائل إعلام عن $1 قوله إن $2 في $3 لم يتجاوز $n وإن $4 جاهزة.',
  'وكان $1 قد حذر يوم $d من تفاقم $2 في $3، داعياً $4 إلى التدخل، وسط أنباء عن $n حالة.',
  'ويرى مراقبون أن $2 في $3 قد يتجاوز $n ما لم تتدخل $4 بحسب $1.',
];

export interface PileOptions {
  readonly stories: number;
  readonly reportsPerStory: number;
  /** Share of reports also republished as a near copy by another outlet. Default 0.1. */
  readonly copyShare?: number;
  readonly seed?: number;
}

/** Writes the pile under `dir` (one folder per outlet); returns how many files it wrote. */
export function writePile(dir: string, options: PileOptions): number {
  const rnd = seededRandom(options.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const word = (): string => Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => pick([...LETTERS])).join('');
  let files = 0;
  const write = (outletIndex: number, name: string, text: string): void => {
    const folder = join(dir, `outlet-${outletIndex}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, name), text);
    files++;
  };
  for (let s = 0; s < options.stories; s++) {
    const names = Array.from({ length: 6 }, () => `${word()} ${word()}`);
    const day = pick(DAYS);
    const facts = Array.from({ length: 7 }, () => ({
      words: [pick(names), `ال${word()}`, `مدينة ${word()}`, `هيئة ${word()}`],
      n: 5 + Math.floor(rnd() * 900),
    }));
    const render = (f: (typeof facts)[number]): string =>
      pick(SKELETONS).replace(/\$([1-4nd])/g, (_, k: string) => (k === 'n' ? String(f.n) : k === 'd' ? day : f.words[Number(k) - 1]!));
    for (let r = 0; r < options.reportsPerStory; r++) {
      const o = (s + r) % OUTLETS.length;
      const outlet = OUTLETS[o]!;
      const chosen = [...facts].sort(() => rnd() - 0.5).slice(0, 4 + (r % 3));
      const body = [...chosen.map(render), `وأفاد مراسل ${outlet} بأن ${word()} ${word()} ما زالت ${word()} حتى ساعة إعداد هذا التقرير.`];
      const title = `${facts[0]!.words[1]} في ${facts[0]!.words[2]}: ${facts[0]!.n} حالة و${facts[0]!.words[0]} يدعو ${facts[0]!.words[3]}`;
      write(o, `story-${s}-report-${r}.txt`, [title, '', ...body, '', `جميع الحقوق محفوظة © ${outlet}`].join('\n'));
      if (rnd() < (options.copyShare ?? 0.1)) {
        const c = (o + 3) % OUTLETS.length;
        const copy = [title, '', ...body.slice(0, -1), `نقلاً عن ${outlet}.`, '', `جميع الحقوق محفوظة © ${OUTLETS[c]!}`].join('\n');
        write(c, `story-${s}-copy-${r}.txt`, copy);
      }
    }
  }
  return files;
}
