import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CleanDocument, Summary } from '../../src/core/index.js';
import { summarize } from '../../src/summarize/index.js';
import { factFrame, frameUpTo, sameFact } from '../../src/summarize/facts.js';
import { cleanDoc, fixtureStory } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'summarize');
const collapse = fixtureStory(join(FIXTURES, 'four-outlets-restate-one-collapse-toll'));
const summit = fixtureStory(join(FIXTURES, 'three-days-of-one-summit-stay-apart'));

/** Summary sentences that cite the first sentence (the lead) of their document. */
const leads = (s: Summary): Summary['sentences'] => s.sentences.filter((x) => x.sources[0]!.sentence === 0);
const citedDocuments = (x: Summary['sentences'][number]): string[] => x.sources.map((r) => r.document as string).sort();

describe('sameFact: the frame of a sentence', () => {
  it('joins two outlets that count the same thing at the same time, whatever the numbers and words', () => {
    const a = factFrame('لقي سبعة أشخاص حتفهم إثر انهيار مبنى مساء أمس الخميس في صفاقس.', '2026-03-13');
    const b = factFrame('ارتفعت حصيلة ضحايا انهيار العمارة مساء الخميس 12 مارس إلى تسعة قتلى.', null);
    expect(sameFact(a, b)).toBe(true);
    expect(sameFact(b, a)).toBe(true);
  });

  it('keeps apart the same count on other days, another count on the same day, and a sentence without a time', () => {
    const opening = factFrame('افتتحت القمة صباح اليوم بمشاركة 14 دولة.', '2026-05-10');
    const closing = factFrame('اختتمت القمة مساء اليوم بتوقيع 14 دولة على إعلان.', '2026-05-12');
    const ships = factFrame('قالت مصادر اليوم الثلاثاء إن 37 سفينة تنتظر قبالة الميناء.', '2026-11-17');
    const suspended = factFrame('أعلنت النقابة مساء أمس الثلاثاء تعليق الإضراب بعد اتفاق مع 3 وزارات.', '2026-11-18');
    const timeless = factFrame('وتنتظر 40 سفينة قبالة الميناء.', '2026-11-17');
    expect(sameFact(opening, closing)).toBe(false);
    expect(sameFact(ships, suspended)).toBe(false);
    expect(sameFact(ships, timeless)).toBe(false);
  });

  it('reads the time of the main event only: an earlier event mentioned later in the sentence does not count', () => {
    const a = factFrame('اعتقلت الشرطة اليوم الاثنين 4 أشخاص يشتبه في تورطهم في تفجير السبت.', '2026-03-16');
    const b = factFrame('أسفر تفجير السبت عن مقتل 20 شخصا.', '2026-03-16');
    expect(sameFact(a, b)).toBe(false);
  });

  it('a leading clause keeps what its own words say', () => {
    const text = 'انهار مبنى في صفاقس مساء أمس، ما أسفر عن مقتل ثمانية أشخاص.';
    const whole = factFrame(text, '2026-03-13');
    const clause = frameUpTo(whole, text.indexOf('،'));
    expect(whole.counts).toHaveLength(1);
    expect(clause.counts).toHaveLength(0);
    expect(clause.anchors).toEqual(whole.anchors);
  });
});

describe('sameFact: summaries of restating outlets (fixture four-outlets-restate-one-collapse-toll)', () => {
  it.each([40, 60, 120, 200])('says the toll once at %i words, citing every outlet that gave it', (words) => {
    const s = summarize(collapse, { words });
    expect(leads(s)).toHaveLength(1);
    expect(citedDocuments(leads(s)[0]!)).toEqual(['a-agency', 'b-daily', 'c-site', 'd-radio']);
  });

  it('without the option, key-term similarity lets two or more versions of the toll in', () => {
    expect(leads(summarize(collapse, { words: 120, sameFact: false })).length).toBeGreaterThanOrEqual(2);
  });

  it('golden at 120 words (UPDATE_GOLDEN=1 re-blesses)', () => {
    const file = join(FIXTURES, 'four-outlets-restate-one-collapse-toll', 'expected.json');
    const actual = summarize(collapse, { words: 120 });
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('sameFact: different facts stay (fixture three-days-of-one-summit-stay-apart)', () => {
  it('keeps the opening, the protest and the closing, though they share the place and the count of countries', () => {
    const s = summarize(summit, { words: 120 });
    expect(leads(s).map((x) => x.sources[0]!.document).sort()).toEqual(['a-opening', 'b-protest', 'c-closing']);
    expect(s).toEqual(summarize(summit, { words: 120, sameFact: false }));
  });
});

describe('sameFact: which version is kept', () => {
  const day = '2026-02-03';
  const observatory = cleanDoc('a-observatory', [
    'سجل مرصد الأرصاد فجر اليوم عاصفة بلغت سرعة رياحها 110 كيلومترات في الساعة على السواحل الشمالية، دون تسجيل أضرار في الموانئ.',
    'وأوضح المرصد أن العاصفة ستضعف تدريجيا خلال ساعات النهار مع استمرار الأمطار المتفرقة.',
  ], { published: day });
  const agency = cleanDoc('b-agency', [
    'أصيب 15 شخصا بجروح وانقطعت الكهرباء عن آلاف المنازل جراء عاصفة بلغت سرعة رياحها 120 كيلومترا في الساعة ضربت فجر اليوم السواحل الشمالية.',
    'وقالت شركة الكهرباء إن فرقها أعادت التيار إلى نصف الأحياء المتضررة قبل الظهر.',
  ], { published: `${day}T10:00:00` });
  const daily = cleanDoc('c-daily', [
    'أصيب خمسة عشر شخصا في عاصفة عنيفة ضربت فجر اليوم المدن الساحلية في الشمال، وأغلقت السلطات المدارس احتياطا.',
    'واقتلعت الرياح عشرات الأشجار في الشوارع الرئيسية وألحقت أضرارا بسيارات متوقفة.',
  ], { published: `${day}T12:00:00` });

  it('takes the version the other outlets restate (wind speed and injured), not one that shares only the wind speed', () => {
    const s = summarize([observatory, daily, agency], { words: 100 });
    expect(leads(s)).toHaveLength(1);
    expect(leads(s)[0]!.sources[0]!.document).toBe('b-agency');
    expect(citedDocuments(leads(s)[0]!)).toEqual(['a-observatory', 'b-agency', 'c-daily']);
  });
});

// Generated stories: several outlets restate one event's toll, with their own words, numbers and
// ways of naming the day, and each adds a fact of its own.
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
/** Each event as outlets name it in their own words. */
const EVENTS = [
  ['انهيار جسر للمشاة', 'سقوط ممر علوي للراجلين', 'تداعي جسر حديدي قديم'],
  ['حريق في سوق شعبي', 'النيران التي اندلعت في سوق الخضار', 'حريق ضخم التهم محلات تجارية'],
  ['انفجار في مصنع للألعاب النارية', 'دوي انفجار داخل ورشة للمفرقعات', 'انفجار مستودع للمواد الحارقة'],
];
/** How each outlet closes its lead: its attribution or a detail of its own. */
const LEAD_ENDS = [
  'بحسب مصادر رسمية',
  'فيما تواصل فرق الإنقاذ البحث عن مفقودين تحت الركام',
  'وفق ما أعلنه الدفاع المدني في بيان مقتضب',
  'حسب مصدر طبي في المستشفى الحكومي بالمنطقة',
  'في أسوأ حادث من نوعه تشهده المنطقة منذ عقود',
];
const CITIES = ['مدينة الواحة', 'بلدة السهل الأخضر', 'ضاحية النخيل الشرقية'];
const COUNT_WORDS = ['ثلاثة', 'خمسة', 'سبعة', 'تسعة', 'أحد عشر', 'اثنا عشر'];
const OWN_FACTS = [
  'وقال شهود إن فرق الإطفاء وصلت متأخرة بسبب ازدحام الطرق المؤدية إلى المكان.',
  'وأعلنت السلطات المحلية فتح تحقيق لتحديد المسؤوليات ومعاقبة المقصرين.',
  'ونقل المصابون إلى ثلاثة مستشفيات قريبة حيث تلقوا الإسعافات اللازمة.',
  'وطالب نواب في البرلمان بمراجعة شروط السلامة في المنشآت العامة.',
  'وتداول مستخدمون على مواقع التواصل صورا تظهر حجم الدمار في المكان.',
  'وأكد المحافظ أن الدولة ستتكفل بعلاج الجرحى وتعويض العائلات المتضررة.',
];

const DAY_MS = 86_400_000;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface Outlet {
  readonly dated: boolean;
  readonly countForm: number;
  readonly count: number;
  readonly timeForm: number;
  readonly own: number;
  readonly late: boolean;
}

const outlet: fc.Arbitrary<Outlet> = fc.record({
  dated: fc.boolean(),
  countForm: fc.nat(3),
  count: fc.integer({ min: 2, max: 60 }),
  timeForm: fc.nat(3),
  own: fc.nat(OWN_FACTS.length - 1),
  late: fc.boolean(),
});

/** The lead of an outlet reporting an event on `eventDay`, published the day after (or the same day). */
function lead(o: Outlet, events: readonly string[], city: string, eventDay: number, index: number): { text: string; published: string | null } {
  const event = events[(o.own + index) % events.length]!;
  const published = o.late ? eventDay + 1 : eventDay;
  const date = new Date(eventDay * DAY_MS);
  const weekday = WEEKDAYS[date.getUTCDay()]!;
  const dayAndMonth = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!}`;
  const relative = o.late ? 'أمس' : 'اليوم';
  const time = !o.dated || o.timeForm === 3
    ? `مساء ${weekday} ${dayAndMonth}`
    : [`مساء ${relative}`, `مساء ${relative} ${weekday}`, `مساء ${weekday}`][o.timeForm]!;
  const n = o.count % 2 === 0 ? String(o.count) : COUNT_WORDS[o.count % COUNT_WORDS.length]!;
  const counted = [
    `لقي ${n} أشخاص حتفهم إثر ${event} ${time} في ${city}`,
    `أودى ${event} ${time} في ${city} بحياة ${n} أشخاص`,
    `ارتفعت حصيلة ضحايا ${event} الذي وقع ${time} في ${city} إلى ${n} قتيلا`,
    `أسفر ${event} ${time} في ${city} عن مقتل ${n} أشخاص وإصابة آخرين`,
  ][o.countForm]!;
  return { text: `${counted}، ${LEAD_ENDS[(o.own + index) % LEAD_ENDS.length]!}.`, published: o.dated ? isoOf(published) : null };
}

const restatingStory = fc
  .record({
    event: fc.constantFrom(...EVENTS),
    city: fc.constantFrom(...CITIES),
    eventDay: fc.integer({ min: 20_000, max: 21_000 }),
    outlets: fc.array(outlet, { minLength: 2, maxLength: 5 }),
  })
  .map(({ event, city, eventDay, outlets }) =>
    outlets.map((o, i) => {
      const l = lead(o, event, city, eventDay, i);
      const paragraphs = [l.text, OWN_FACTS[(o.own + i) % OWN_FACTS.length]!];
      return cleanDoc(`outlet${i}`, paragraphs, l.published === null ? {} : { published: l.published });
    }),
  );

/** The frame of a summary sentence, read from the document it cites. */
const frameOf = (docs: readonly CleanDocument[], x: Summary['sentences'][number]) =>
  factFrame(x.text, docs.find((d) => d.id === x.sources[0]!.document)!.published);

describe('sameFact: properties over generated restatements', () => {
  it('the toll is said at most once, and when said whole it cites every outlet', () => {
    fc.assert(fc.property(restatingStory, fc.integer({ min: 15, max: 200 }), (docs, words) => {
      const s = summarize(docs, { words });
      const said = leads(s);
      expect(said.length).toBeLessThanOrEqual(1);
      const whole = said.filter((x) => x.text.endsWith('.'));
      for (const x of whole) expect(x.sources.length).toBe(docs.length);
    }), { numRuns: 120 });
  });

  it('no two summary sentences of different documents report the same fact', () => {
    fc.assert(fc.property(restatingStory, fc.integer({ min: 15, max: 200 }), (docs, words) => {
      const s = summarize(docs, { words }).sentences;
      for (const [i, x] of s.entries()) {
        for (const y of s.slice(i + 1)) {
          if (x.sources[0]!.document !== y.sources[0]!.document) expect(sameFact(frameOf(docs, x), frameOf(docs, y))).toBe(false);
        }
      }
    }), { numRuns: 120 });
  });

  it('events on different days are different facts: the option then changes nothing', () => {
    const differentDays = fc
      .record({ event: fc.constantFrom(...EVENTS), city: fc.constantFrom(...CITIES), first: fc.integer({ min: 20_000, max: 21_000 }), outlets: fc.array(outlet, { minLength: 2, maxLength: 5 }) })
      .map(({ event, city, first, outlets }) =>
        outlets.map((o, i) => {
          // One outlet a week: every lead names another day, another weekday and another date.
          const l = lead({ ...o, dated: true, timeForm: o.timeForm % 3 }, event, city, first + 8 * i, i);
          return cleanDoc(`outlet${i}`, [l.text, OWN_FACTS[(o.own + i) % OWN_FACTS.length]!], { published: l.published! });
        }),
      );
    fc.assert(fc.property(differentDays, fc.integer({ min: 15, max: 200 }), (docs, words) => {
      expect(summarize(docs, { words })).toEqual(summarize(docs, { words, sameFact: false }));
    }), { numRuns: 80 });
  });
});
