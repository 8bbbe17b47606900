import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/text/sentences.js';
import { evaluateSplitter, khulasaSplitter, loadSentenceGold } from '../../src/eval/sentences.js';

const split = (text: string, semicolon = false): string[] => sentences(text, { semicolonEndsSentence: semicolon }).map((s) => s.text);

describe('sentences', () => {
  it('splits at . ! ? ؟ and keeps indices, paragraphs and offsets', () => {
    const text = 'عنوان بلا نقطة\nوصل الوفد. هل ينجح؟ نأمل ذلك! Yes? نعم.';
    const result = sentences(text);
    expect(result.map((s) => s.text)).toEqual(['عنوان بلا نقطة', 'وصل الوفد.', 'هل ينجح؟', 'نأمل ذلك!', 'Yes?', 'نعم.']);
    expect(result.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.map((s) => s.paragraph)).toEqual([0, 1, 1, 1, 1, 1]);
    for (const s of result) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a quotation that spans sentence ends inside one sentence («», "", “”, ”“)', () => {
    expect(split('وقال: «الوضع صعب. لكننا سننجح.» وأضاف أن الخطة جاهزة.')).toEqual(['وقال: «الوضع صعب. لكننا سننجح.»', 'وأضاف أن الخطة جاهزة.']);
    expect(split('وتابع "هذا الأمر هنا. لأننا نسعى..." وغادر.')).toEqual(['وتابع "هذا الأمر هنا. لأننا نسعى..."', 'وغادر.']);
    expect(split('وقال: ”الوضع كارثي. الملايين بحاجة.“ وأضاف.')).toEqual(['وقال: ”الوضع كارثي. الملايين بحاجة.“', 'وأضاف.']);
  });

  it('splits inside a quotation that does not close in its paragraph', () => {
    expect(split('قال: «بحث الوزيران الوضع. واتفقا على التنسيق.')).toEqual(['قال: «بحث الوزيران الوضع.', 'واتفقا على التنسيق.']);
  });

  it('does not split at initials and abbreviations', () => {
    expect(split('غزة (أ. ف. ب.) - قتل ثلاثة. وقال د. خالد إن أ.ف.ب أخطأت.')).toEqual(['غزة (أ. ف. ب.) - قتل ثلاثة.', 'وقال د. خالد إن أ.ف.ب أخطأت.']);
    expect(split('وأكد الوزير ود. أحمد النجار ذلك.')).toEqual(['وأكد الوزير ود. أحمد النجار ذلك.']);
    expect(split('على العنوان ص.ب 2231 من القرن الخامس ق.م والآن.')).toEqual(['على العنوان ص.ب 2231 من القرن الخامس ق.م والآن.']);
    expect(split('خريج M.I.T. الأميركية مع Microsoft Corp. في مشروع.')).toEqual(['خريج M.I.T. الأميركية مع Microsoft Corp. في مشروع.']);
  });

  it('splits after a date or unit abbreviation that follows a number', () => {
    expect(split('في عام 1445 هـ. وبدأ الموسم. إلى عام 480 ق.م. وهي جرة.')).toEqual(['في عام 1445 هـ.', 'وبدأ الموسم.', 'إلى عام 480 ق.م.', 'وهي جرة.']);
    expect(split('إلى عام 480 ق. م. وهي جرة.')).toEqual(['إلى عام 480 ق. م.', 'وهي جرة.']);
  });

  it('does not split inside numbers', () => {
    expect(split('بلغ 3.5 و1,2 مليون و٣٫٥ و8،8 في المئة عند 11:30.')).toHaveLength(1);
  });

  it('treats .. and … inside a line as a pause, not an end', () => {
    expect(split('بعد عشرين عاما.. عاد المصنع… ثم توقف.')).toEqual(['بعد عشرين عاما.. عاد المصنع… ثم توقف.']);
  });

  it('ends a sentence at a full ellipsis followed by a new و-sentence, not at the .. pause', () => {
    expect(split('نقص في المياه والكهرباء... وتحتاج المخيمات إلى تمويل.')).toEqual(['نقص في المياه والكهرباء...', 'وتحتاج المخيمات إلى تمويل.']);
    expect(split('تفاؤلهم.. والمصنع مصدر رزق. الطريق طويل... فالازدحام يستهلك الوقت.')).toEqual(['تفاؤلهم.. والمصنع مصدر رزق.', 'الطريق طويل... فالازدحام يستهلك الوقت.']);
  });

  it('splits where a space after the full stop is missing, but not inside a domain', () => {
    expect(split('انقطع التيار.وقالت الشركة إن www.example.org يعمل.')).toEqual(['انقطع التيار.', 'وقالت الشركة إن www.example.org يعمل.']);
  });

  it('keeps a post-posed attribution with its quotation or question', () => {
    expect(split('«هل يعقل هذا؟» تساءل النائب. "لا تراجع" وفق ما صرح الوزير.')).toEqual(['«هل يعقل هذا؟» تساءل النائب.', '"لا تراجع" وفق ما صرح الوزير.']);
  });

  it('does not end a sentence at ؛ by default, and can', () => {
    const text = 'تراجعت الصادرات؛ بسبب الشحن.';
    expect(split(text)).toHaveLength(1);
    expect(split(text, true)).toEqual(['تراجعت الصادرات؛', 'بسبب الشحن.']);
  });

  it('keeps list numbers with their item', () => {
    expect(split('1. غسل اليدين\n2. تجنب الزحام')).toEqual(['1. غسل اليدين', '2. تجنب الزحام']);
  });

  it('skips empty lines but counts them as paragraphs', () => {
    expect(sentences('أ ب.\n\n  \nج د.').map((s) => s.paragraph)).toEqual([0, 3]);
    expect(sentences('')).toEqual([]);
  });
});

describe('sentence gold set', () => {
  const gold = loadSentenceGold();

  it('has at least 300 sentences in 30 passages', () => {
    expect(gold.length).toBeGreaterThanOrEqual(30);
    expect(gold.reduce((n, p) => n + p.sentenceCount, 0)).toBeGreaterThanOrEqual(300);
  });

  it('khulasa reaches boundary F1 ≥ 0.98 inside lines', () => {
    expect(evaluateSplitter(gold, khulasaSplitter()).withinLine.f1).toBeGreaterThanOrEqual(0.98);
  });
});
