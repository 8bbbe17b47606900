/**
 * A generated news stream for benchmarks and property tests: Arabic-like words from a seeded PRNG,
 * many stories that share topic vocabularies, stories that open and fade over the stream, and wire
 * copies (new headline, furniture, a paragraph cut) of earlier documents. Labelled by construction.
 */
import { seededRandom } from '../dedup/index.js';

export interface SyntheticDocument {
  readonly id: string;
  readonly text: string;
  readonly story: number;
  /** The document this one copies (the first of its copy group), else null. */
  readonly copyOf: string | null;
}

export interface SyntheticOptions {
  readonly documents: number;
  readonly seed: number;
  /** Mean documents per story. Default 8. */
  readonly storySize?: number;
  /** Share of documents that are wire copies of an earlier document of their story. Default 0.15. */
  readonly copyRate?: number;
}

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const FUNCTION_WORDS = ['في', 'من', 'على', 'إلى', 'أن', 'التي', 'الذي', 'قال', 'عن', 'مع', 'هذا', 'كما', 'وقد', 'بعد', 'خلال'];
const FURNITURE = ['الرئيسية | أخبار', 'جميع الحقوق محفوظة', 'شارك الخبر', 'اقرأ أيضا'];

type Random = () => number;

function word(random: Random): string {
  const n = 3 + Math.floor(random() * 5);
  let w = random() < 0.3 ? 'ال' : '';
  for (let i = 0; i < n; i++) w += LETTERS[Math.floor(random() * LETTERS.length)];
  return random() < 0.15 ? `${w}ة` : w;
}

const words = (random: Random, n: number): string[] => Array.from({ length: n }, () => word(random));

/** Zipf-like draw over `n` ranks: rank ≈ n^u − 1. */
const zipf = (random: Random, n: number): number => Math.min(n - 1, Math.floor(Math.pow(n + 1, random()) - 1));

export function generateStream(options: SyntheticOptions): SyntheticDocument[] {
  const random = seededRandom(options.seed);
  const storySize = options.storySize ?? 8;
  const copyRate = options.copyRate ?? 0.15;
  const general = words(random, 20_000);
  const topics = Array.from({ length: 60 }, () => words(random, 400));
  const stories: { topic: string[]; own: string[]; docs: SyntheticDocument[] }[] = [];
  const active: number[] = [];
  const out: SyntheticDocument[] = [];

  const sentence = (s: { topic: string[]; own: string[] }): string => {
    const n = 8 + Math.floor(random() * 14);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = random();
      ws.push(
        r < 0.2 ? FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)]!
        : r < 0.42 ? s.own[zipf(random, s.own.length)]!
        : r < 0.62 ? s.topic[zipf(random, s.topic.length)]!
        : general[zipf(random, general.length)]!,
      );
    }
    return `${ws.join(' ')}.`;
  };

  for (let i = 0; i < options.documents; i++) {
    if (active.length === 0 || random() < 1 / storySize) {
      stories.push({ topic: topics[Math.floor(random() * topics.length)]!, own: words(random, 30), docs: [] });
      active.push(stories.length - 1);
      if (active.length > 200) active.splice(Math.floor(random() * 50), 1);
    }
    const si = active[Math.max(0, active.length - 1 - zipf(random, Math.min(active.length, 200)))]!;
    const s = stories[si]!;
    const id = `d${i}`;
    const originals = s.docs.filter((d) => d.copyOf === null);
    let doc: SyntheticDocument;
    if (originals.length > 0 && random() < copyRate) {
      const source = originals[Math.floor(random() * originals.length)]!;
      const paragraphs = source.text.split('\n');
      paragraphs[0] = words(random, 7).join(' ');
      if (paragraphs.length > 3 && random() < 0.5) paragraphs.splice(1 + Math.floor(random() * (paragraphs.length - 2)), 1);
      doc = { id, text: [FURNITURE[Math.floor(random() * FURNITURE.length)]!, ...paragraphs].join('\n'), story: si, copyOf: source.id };
    } else {
      const headline = sentence(s).split(' ').slice(0, 8).join(' ');
      const paragraphs = Array.from({ length: 3 + Math.floor(random() * 5) }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(s)).join(' '));
      doc = { id, text: [headline, ...paragraphs].join('\n'), story: si, copyOf: null };
    }
    s.docs.push(doc);
    out.push(doc);
  }
  return out;
}
