/**
 * A near-duplicate test set generated from labelled base texts: copies with the edits outlets make
 * to a wire story, labelled by construction, shuffled with the originals (seeded). Different base
 * texts of the same story stay in the stream as hard negatives. The furniture and background lines
 * below were written for khulasa.
 */
import { seededRandom } from '../dedup/index.js';
import type { LabelledText } from './cluster-corpus.js';

const EDITS = ['headline', 'paragraph-added', 'paragraph-cut', 'reordered', 'furniture', 'word-edits', 'truncated'] as const;
export type Edit = (typeof EDITS)[number] | 'exact';

export interface GeneratedText {
  readonly name: string;
  readonly text: string;
  /** Name of the base text this one copies; itself for a base text. */
  readonly base: string;
  /** Gold story of the base. */
  readonly story: string;
  readonly edits: readonly Edit[];
}

const FURNITURE_TOP = ['الرئيسية | أخبار | عربي ودولي', 'شبكة الخبر اليومي - آخر تحديث منذ ساعتين', 'تابعونا على فيسبوك وتويتر', 'ت + ت - الحجم الطبيعي'];
const FURNITURE_BOTTOM = [
  'اقرأ أيضاً: أسعار الذهب تتراجع في الأسواق المحلية',
  'جميع الحقوق محفوظة © موقع الأنباء',
  'شارك هذا الخبر مع أصدقائك',
  'للاشتراك في النشرة البريدية أدخل بريدك الإلكتروني',
  'التعليقات المنشورة لا تعبر عن رأي الموقع',
];
const BACKGROUND = [
  'ويأتي هذا التطور بعد أسابيع من التوتر الذي شهدته المنطقة، وسط دعوات دولية إلى التهدئة.',
  'وكانت تقارير سابقة قد أشارت إلى أن المفاوضات تعثرت أكثر من مرة خلال الأشهر الماضية.',
  'ويرى مراقبون أن الخطوة قد تفتح الباب أمام مرحلة جديدة من التعاون بين الأطراف المعنية.',
  'ولم يصدر حتى الآن أي تعليق رسمي من الجهات المختصة على هذه الأنباء.',
  'وتابع مراسلنا تفاصيل الحدث من موقعه، ونقل عن شهود عيان وصفهم لما جرى.',
  'يذكر أن الملف نفسه كان محور نقاش واسع في وسائل الإعلام المحلية خلال الفترة الأخيرة.',
  'وفي سياق متصل، أعلنت جهات عدة عن متابعتها للموقف عن كثب.',
];
const HEADLINE_PREFIX = ['عاجل:', 'بالفيديو:', 'تقرير:', 'خاص:', ''];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/**
 * Paragraphs; sentence-sized pieces instead when a text has fewer than three paragraphs or one
 * paragraph holds most of it (a title line, a date line and one long body), so that cutting or
 * keeping units cuts or keeps a fair share of the text.
 */
function units(text: string): string[] {
  const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
  const longest = Math.max(...paragraphs.map((p) => p.length));
  if (paragraphs.length >= 3 && longest <= 0.4 * text.length) return paragraphs;
  return paragraphs.flatMap((p) => p.split(/(?<=[.!؟?])\s+/)).filter((s) => s.trim() !== '');
}

const APPLY: Record<(typeof EDITS)[number], (u: string[], random: Random) => string[]> = {
  headline(u, random) {
    const words = u.slice(0, 2).join(' ').split(/\s+/).filter((w) => w.length > 2);
    const chosen = Array.from({ length: 6 + Math.floor(random() * 4) }, () => pick(random, words));
    return [`${pick(random, HEADLINE_PREFIX)} ${chosen.join(' ')}`.trim(), ...u];
  },
  'paragraph-added'(u, random) {
    const at = Math.floor(random() * (u.length + 1));
    const added = [pick(random, BACKGROUND), pick(random, BACKGROUND)].join(' ');
    return [...u.slice(0, at), added, ...u.slice(at)];
  },
  'paragraph-cut'(u, random) {
    if (u.length < 3) return u;
    const at = 1 + Math.floor(random() * (u.length - 1));
    return [...u.slice(0, at), ...u.slice(at + 1)];
  },
  reordered(u, random) {
    if (u.length < 2) return u;
    const out = [...u];
    const i = Math.floor(random() * out.length);
    const j = (i + 1 + Math.floor(random() * (out.length - 1))) % out.length;
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  },
  furniture(u, random) {
    return [pick(random, FURNITURE_TOP), ...u, pick(random, FURNITURE_BOTTOM), pick(random, FURNITURE_BOTTOM)];
  },
  /** The outlet ran only the top of the story: the first half to two thirds of it. */
  truncated(u, random) {
    if (u.length < 4) return u;
    return u.slice(0, Math.ceil(u.length * (0.5 + random() / 6)));
  },
  'word-edits'(u, random) {
    return u.map((paragraph) =>
      paragraph
        .split(' ')
        .flatMap((w, _, all) => {
          if (random() >= 0.02) return [w];
          const r = random();
          return r < 0.34 ? [] : r < 0.67 ? [w, w] : [pick(random, all)];
        })
        .join(' '),
    );
  },
};

/** Copies of every base (one, sometimes two; one in ten exact), each with one to three edits. */
export function generateDuplicateSet(bases: readonly LabelledText[], seed: number): GeneratedText[] {
  const random = seededRandom(seed);
  const out: GeneratedText[] = bases.map((b) => ({ name: b.name, text: b.text, base: b.name, story: b.story, edits: [] }));
  for (const b of bases) {
    const copies = random() < 0.5 ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const name = `${b.name}#copy${c + 1}`;
      if (random() < 0.1) {
        out.push({ name, text: b.text, base: b.name, story: b.story, edits: ['exact'] });
        continue;
      }
      const edits = EDITS.filter(() => random() < 0.3);
      if (edits.length === 0) edits.push(pick(random, EDITS));
      let u = units(b.text);
      for (const e of edits.slice(0, 3)) u = APPLY[e](u, random);
      out.push({ name, text: u.join('\n'), base: b.name, story: b.story, edits: edits.slice(0, 3) });
    }
  }
  const shuffled = [...out];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled;
}
