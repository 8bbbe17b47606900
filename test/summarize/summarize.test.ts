import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../../src/summarize/index.js';
import { sentences, words } from '../../src/text/index.js';
import type { CleanDocument, Summary } from '../../src/core/index.js';
import { cleanDoc, fixtureStory } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'summarize');
const flood = fixtureStory(join(FIXTURES, 'three-outlets-one-flood'));

function citedSentence(docs: readonly CleanDocument[], ref: { document: string; sentence: number }): string {
  const doc = docs.find((d) => d.id === ref.document)!;
  return sentences(doc.text)[ref.sentence]!.text;
}

describe('summarize: the public surface', () => {
  it('exports only summarize and its default options', async () => {
    expect(Object.keys(await import('../../src/summarize/index.js')).sort()).toEqual(['DEFAULT_SUMMARY_OPTIONS', 'summarize']);
  });

  it('summarizes nothing to nothing', () => {
    expect(summarize([])).toEqual({ sentences: [], words: 0 });
  });

  it('returns an empty summary when no sentence fits the budget', () => {
    expect(summarize(flood, { words: 3 })).toEqual({ sentences: [], words: 0 });
  });
});

describe('summarize: a three-outlet story', () => {
  const summary = summarize(flood, { words: 60 });
  const texts = summary.sentences.map((s) => s.text);

  it('cites, for every sentence, a document whose sentence contains it', () => {
    for (const s of summary.sentences) expect(citedSentence(flood, s.sources[0]!)).toContain(s.text);
  });

  it('says the death toll once, citing the three outlets that report it', () => {
    const toll = summary.sentences.filter((s) => /خمسة/.test(s.text));
    expect(toll).toHaveLength(1);
    expect(new Set(toll[0]!.sources.map((r) => r.document))).toEqual(new Set(['a-wire', 'b-daily', 'c-weekly']));
  });

  it('leaves out headlines, subheadings, datelines and furniture', () => {
    for (const t of texts) {
      expect(t).not.toMatch(/^(عمليات الإجلاء|اقرأ أيضا|شارك المقال|الساحل - 12)/);
      expect(t).not.toContain('(وكالة الأنباء)');
    }
  });

  it('keeps the word budget and counts words as the text layer does', () => {
    expect(summary.words).toBeLessThanOrEqual(60);
    expect(summary.words).toBe(texts.reduce((n, t) => n + words(t).length, 0));
  });

  it('is deterministic', () => {
    expect(summarize(flood, { words: 60 })).toEqual(summary);
  });

  it('counts an exact copy as one report, not two', () => {
    const copy = { ...flood[2]!, id: flood[2]!.id.replace('c', 'd') as CleanDocument['id'] };
    const withCopy = summarize([...flood, copy], { words: 60 });
    expect(withCopy.sentences.map((s) => s.text)).toEqual(texts);
  });
});

describe('summarize: ordering', () => {
  it('puts leads first, earlier publication first among leads, and keeps one article in its order', () => {
    const later = cleanDoc('later', ['أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين المتضررين من الجفاف في الجنوب.', 'وتشمل الخطة قروضا ميسرة وتوزيع البذور مجانا على أكثر من ألف مزرعة صغيرة.'], { published: '2026-03-02' });
    const earlier = cleanDoc('earlier', ['قال وزير الزراعة إن الجفاف أتلف نصف محصول القمح في المحافظات الجنوبية هذا العام.', 'وأضاف الوزير أن الحكومة ستعلن خطة لدعم المزارعين المتضررين خلال أيام.'], { published: '2026-03-01' });
    const s = summarize([later, earlier], { words: 200 });
    const order = s.sentences.map((x) => `${x.sources[0]!.document}#${x.sources[0]!.sentence}`);
    expect(order.indexOf('earlier#0')).toBeLessThan(order.indexOf('later#0'));
    expect(order.indexOf('later#0')).toBeLessThan(order.indexOf('later#1') === -1 ? Infinity : order.indexOf('later#1'));
    expect(order[0]).toBe('earlier#0');
  });
});

describe('summarize: golden', () => {
  it('three-outlets-one-flood (UPDATE_GOLDEN=1 re-blesses)', () => {
    const file = join(FIXTURES, 'three-outlets-one-flood', 'expected.json');
    const actual: Summary = summarize(flood, { words: 60 });
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('summarize: datelines and credits around a sentence', () => {
  it('cites the sentence but leaves a leading dateline and a trailing agency credit out of its text', () => {
    const d = cleanDoc('wire', [
      'القاهرة (رويترز) - قال مسؤولون في وزارة الصحة إن حملة التطعيم الوطنية ستبدأ الأسبوع المقبل في جميع المحافظات (أ ف ب)',
      'وأوضح المسؤولون أن الحملة تستهدف أكثر من عشرة ملايين طفل دون سن الخامسة.',
    ]);
    const s = summarize([d], { words: 100 });
    expect(s.sentences[0]!.text).toBe('قال مسؤولون في وزارة الصحة إن حملة التطعيم الوطنية ستبدأ الأسبوع المقبل في جميع المحافظات');
    expect(s.sentences[0]!.sources).toEqual([{ document: 'wire', sentence: 0 }]);
  });
});

describe('summarize: a discourse opener', () => {
  it('starts the span after an opener that only links to the previous sentence, and cites the sentence', () => {
    const d = cleanDoc('port', [
      'أعلنت إدارة الميناء استئناف حركة الملاحة صباح اليوم بعد توقف دام ثلاثة أيام بسبب العاصفة.',
      'من جهة أخرى، قررت الإدارة تعويض شركات الشحن المتضررة عن رسوم الرسو خلال فترة التوقف.',
    ]);
    const s = summarize([d], { words: 100 });
    expect(s.sentences.map((x) => x.text)).toEqual([
      'أعلنت إدارة الميناء استئناف حركة الملاحة صباح اليوم بعد توقف دام ثلاثة أيام بسبب العاصفة.',
      'قررت الإدارة تعويض شركات الشحن المتضررة عن رسوم الرسو خلال فترة التوقف.',
    ]);
    expect(s.sentences[1]!.sources).toEqual([{ document: 'port', sentence: 1 }]);
  });
});

describe('summarize: independent reports', () => {
  it('lets a document linked as a duplicate vote with its original, not as a second report', () => {
    const rewrite = cleanDoc('rewrite', flood[2]!.paragraphs.map((p) => p.replace('على الأقل', 'حسب الحصيلة الأولية')));
    const docs = [...flood, rewrite];
    const link = { kind: 'syndicated', document: rewrite.id, original: flood[2]!.id, similarity: 0.9 } as const;
    expect(summarize(docs, { words: 60, duplicates: [link] }).sentences.map((s) => s.text)).toEqual(summarize(flood, { words: 60 }).sentences.map((s) => s.text));
  });
});

describe('summarize: a closing parenthesis that is not a credit', () => {
  it('keeps a parenthesised figure at the end of a sentence', () => {
    const d = cleanDoc('money', ['أعلنت الحكومة أمس خطة شاملة لإعادة إعمار الأحياء المتضررة. وقالت الوزارة إن كلفة إعادة الإعمار الأولية بلغت خمسة ملايين دولار (4.6 ملايين يورو)']);
    const texts = summarize([d], { words: 100 }).sentences.map((s) => s.text);
    expect(texts).toContain('وقالت الوزارة إن كلفة إعادة الإعمار الأولية بلغت خمسة ملايين دولار (4.6 ملايين يورو)');
  });
});

describe('summarize: publication times', () => {
  it('orders leads by the instant of publication, whatever the offsets, with unknown times last', () => {
    const lead = (id: string, text: string, published: string | null): CleanDocument =>
      cleanDoc(id, [text], { published });
    const docs = [
      lead('unknown', 'أعلنت النقابة العامة للنقل البحري تعليق الإضراب في جميع الموانئ بعد اتفاق مع الوزارة.', null),
      lead('gulf', 'قالت مصادر ملاحية إن عشرات السفن تنتظر قبالة الميناء مع دخول إضراب العمال يومه الثاني.', '2026-11-17T11:45:00+04:00'),
      lead('utc', 'دخل عمال الميناء التجاري في إضراب مفتوح عن العمل احتجاجا على ظروف العمل والأجور المتدنية.', '2026-11-17T08:00:00'),
    ];
    const order = summarize(docs, { words: 200, paraphrase: 1, redundancy: 1 }).sentences.map((s) => s.sources[0]!.document);
    expect(order).toEqual(['gulf', 'utc', 'unknown']);
  });
});

describe('summarize: the leading clause of a sentence that no longer fits', () => {
  const d = cleanDoc('council', [
    'وافق مجلس المدينة بالإجماع على ميزانية العام المقبل بعد جلسة نقاش طويلة استمرت حتى المساء.',
    'وخصص المجلس ثلث الميزانية لصيانة شبكة المياه القديمة، وأقر زيادة رواتب عمال النظافة بنسبة عشرة في المئة، ووعد بمراجعة الرسوم المحلية قبل نهاية السنة.',
    'وقال رئيس المجلس في تصريح للصحفيين عقب الجلسة إن الميزانية الجديدة تراعي أولويات السكان في الأحياء الشعبية.',
  ]);

  it('fills the end of the budget with the clause before a comma, citing its sentence', () => {
    const s = summarize([d], { words: 27 });
    expect(s.sentences.map((x) => x.text)).toEqual([
      'وافق مجلس المدينة بالإجماع على ميزانية العام المقبل بعد جلسة نقاش طويلة استمرت حتى المساء.',
      'وخصص المجلس ثلث الميزانية لصيانة شبكة المياه القديمة',
    ]);
    expect(s.sentences[1]!.sources).toEqual([{ document: 'council', sentence: 1 }]);
    expect(s.words).toBe(23);
  });

  it('takes the whole sentence, not a clause of it, when it fits', () => {
    const texts = summarize([d], { words: 60 }).sentences.map((x) => x.text);
    expect(texts[1]).toBe(sentences(d.text)[1]!.text);
  });

  it('never adds the leading clause of a sentence already taken, however few key terms the clause has', () => {
    const d = cleanDoc('spill', ['وقال إنه لا يوجد حتى الآن، أي دليل على تورط الشركة في تسريب المواد الكيميائية إلى مياه النهر القريب من المصنع.']);
    expect(summarize([d], { words: 30 }).sentences).toHaveLength(1);
  });

  it('never ends a clause inside a number written with a comma', () => {
    const d = cleanDoc('quake', ['بلغت قوة الزلزال الذي ضرب الساحل الشرقي فجر اليوم 6،8 درجات على مقياس ريختر، وشعر به سكان المدن الساحلية في ثلاث دول مجاورة.']);
    expect(summarize([d], { words: 12 }).sentences).toEqual([]);
    expect(summarize([d], { words: 16 }).sentences.map((x) => x.text)).toEqual(['بلغت قوة الزلزال الذي ضرب الساحل الشرقي فجر اليوم 6،8 درجات على مقياس ريختر']);
  });

  it('offers no clause while a reporting verb still waits for what was said', () => {
    const waiting = cleanDoc('waiting', ['وقال الوزير الذي وصل صباح اليوم، إلى العاصمة في زيارة رسمية تستمر يومين، إن المفاوضات ستستأنف الأسبوع المقبل.']);
    expect(summarize([waiting], { words: 12 }).sentences).toEqual([]);
    const said = cleanDoc('said', ['وقال الوزير إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة، وإن الوفدين سيناقشان ملف الحدود والمياه.']);
    expect(summarize([said], { words: 12 }).sentences.map((x) => x.text)).toEqual(['وقال الوزير إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة']);
  });

  it('offers no clause inside an enumeration or before the main clause of a condition', () => {
    const list = cleanDoc('list', ['وصلت إلى الدور النهائي للبطولة العربية فرق من المغرب، وتونس، والجزائر، ومصر، والأردن وقطر والكويت.']);
    expect(summarize([list], { words: 12 }).sentences).toEqual([]);
    const condition = cleanDoc('condition', ['إذا استمر هطول الأمطار الغزيرة على المدينة طوال الليل، فإن السلطات ستغلق المدارس والطرق الرئيسية صباح الغد.']);
    expect(summarize([condition], { words: 12 }).sentences).toEqual([]);
  });

  it('ends a clause before a connective that opens the next one without a comma', () => {
    const runOn = cleanDoc('run-on', ['أكد مدير المستشفى أن الأقسام الجديدة ستفتح أبوابها للمرضى مطلع الشهر المقبل وأوضح المدير أن الكوادر الطبية اكتملت بعد تعيين عشرين طبيبا.']);
    expect(summarize([runOn], { words: 14 }).sentences.map((x) => x.text)).toEqual(['أكد مدير المستشفى أن الأقسام الجديدة ستفتح أبوابها للمرضى مطلع الشهر المقبل']);
    const where = cleanDoc('where', ['انطلقت اليوم في المدينة فعاليات المعرض الدولي للكتاب بمشاركة واسعة حيث تعرض أكثر من ثلاثمئة دار نشر عناوينها الجديدة.']);
    expect(summarize([where], { words: 12 }).sentences.map((x) => x.text)).toEqual(['انطلقت اليوم في المدينة فعاليات المعرض الدولي للكتاب بمشاركة واسعة']);
  });

  it('ends a clause before و and a particle or auxiliary that opens a verbal clause, attached or written apart', () => {
    const attached = cleanDoc('attached', ['افتتح وزير الصحة المستشفى الجديد في الضاحية الشمالية للمدينة وقد بلغت تكلفة بنائه نحو ثلاثين مليون دينار.']);
    expect(summarize([attached], { words: 12 }).sentences.map((x) => x.text)).toEqual(['افتتح وزير الصحة المستشفى الجديد في الضاحية الشمالية للمدينة']);
    const apart = cleanDoc('apart', ['تتكون السحب الركامية من قطرات ماء دقيقة معلقة في الهواء البارد و يتم ذلك بتكاثف بخار الماء حول ذرات الغبار.']);
    expect(summarize([apart], { words: 12 }).sentences.map((x) => x.text)).toEqual(['تتكون السحب الركامية من قطرات ماء دقيقة معلقة في الهواء البارد']);
  });

  it('does not end a clause before و and a noun, nor before فـ and a particle', () => {
    const noun = cleanDoc('noun', ['وصل إلى العاصمة مساء أمس وفد من رجال الأعمال والمستثمرين وممثلي الغرف التجارية في المحافظات الجنوبية للبلاد.']);
    expect(summarize([noun], { words: 12 }).sentences).toEqual([]);
    const answer = cleanDoc('answer', ['أعلنت الشركة أنها ستوقف الإنتاج في مصنعها القديم مؤقتا فقد تراجعت المبيعات في الربع الأخير من العام.']);
    expect(summarize([answer], { words: 12 }).sentences).toEqual([]);
  });

  it('offers no clause before the answer of أما or نظرا', () => {
    const topic = cleanDoc('topic', ['أما السحب العالية ذات الشكل الشبيه بالريش في طبقات الجو، فتتكون من بلورات ثلجية دقيقة جدا لا تسقط مطرا.']);
    expect(summarize([topic], { words: 12 }).sentences).toEqual([]);
    const cause = cleanDoc('cause', ['ونظرا لأهمية المدينة الاقتصادية وكثافتها السكانية العالية في الإقليم، فقد قررت الحكومة توسيع مطارها الدولي.']);
    expect(summarize([cause], { words: 12 }).sentences).toEqual([]);
  });

  it('offers no clause that ends with the title set off after a name, its predicate still to come', () => {
    const apposition = cleanDoc('apposition', ['سامي الحداد، رئيس اتحاد الغرف التجارية في المحافظة، اعتبر القرار الجديد خطوة متأخرة لكنها ضرورية لإنقاذ صغار التجار.']);
    expect(summarize([apposition], { words: 12 }).sentences).toEqual([]);
  });

  it('does not end a clause before a reporting verb that lacks its conjunction', () => {
    const relative = cleanDoc('relative', ['انتقد النائب المعارض الذي قال أمس إن الحكومة فشلت في إدارة الأزمة الاقتصادية خطة الموازنة الجديدة بشدة.']);
    expect(summarize([relative], { words: 12 }).sentences).toEqual([]);
  });

  it('offers no clause when the sentence opens with a prepositional phrase, or when a quote is left open', () => {
    const phrase = cleanDoc('phrase', ['في مؤتمر صحفي عقده الوزير صباح اليوم في مقر الوزارة بالعاصمة، أعلن عن خطة جديدة لدعم المزارعين المتضررين من الجفاف.']);
    expect(summarize([phrase], { words: 12 }).sentences).toEqual([]);
    const despite = cleanDoc('despite', ['وبالرغم من اعتراض النقابات على بنود الاتفاق الجديد، وقعت الحكومة العقد مع الشركة الأجنبية أمس.']);
    expect(summarize([despite], { words: 12 }).sentences).toEqual([]);
    const apart = cleanDoc('apart', ['و في صباح اليوم الأول من أيام المعرض الدولي للكتاب، ازدحمت القاعات بالزوار من كل المدن.']);
    expect(summarize([apart], { words: 12 }).sentences).toEqual([]);
    const besides = cleanDoc('besides', ['علاوة على الأضرار التي لحقت بالمحاصيل الزراعية في السهل، انهارت ثلاثة جسور صغيرة في القرى.']);
    expect(summarize([besides], { words: 12 }).sentences).toEqual([]);
    const quote = cleanDoc('quote', ['قال الوزير «إن الحكومة لن تتراجع عن قرارها مهما كانت الضغوط، وإنها ماضية في الإصلاح» أمام النواب.']);
    expect(summarize([quote], { words: 12 }).sentences).toEqual([]);
  });
});
