import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/index.js';
import { canonicalAgency } from '../../src/ingest/plain/agencies.js';
import { agencyCredit } from '../../src/ingest/plain/dateline.js';
import { LINE_RULES } from '../../src/ingest/plain/furniture-rules.js';
import { leadingDate } from '../../src/ingest/plain/dates.js';
import { copyrightHolder } from '../../src/ingest/plain/site-name.js';
import { joinWrappedLines, unwrapHardWrapped, wrapWidth } from '../../src/ingest/plain/unwrap.js';
import { clean } from '../../src/text/index.js';

const reasonOf = (line: string): string | null => {
  const c = clean(line);
  const words = c.split(/\s+/).length;
  return LINE_RULES.find((r) => words <= r.maxWords && r.pattern.test(c))?.reason ?? null;
};

const BODY = [
  'وافقت الحكومة في جلستها الأسبوعية على خطة لتوسيع شبكة الطرق الريفية في المحافظات الشمالية خلال العامين المقبلين.',
  'وقال وزير الأشغال في مؤتمر صحفي إن "المرحلة الأولى ستبدأ مطلع الربيع وتشمل أكثر من مئة كيلومتر من الطرق".',
  'وأشار إلى أن كلفة المشروع تقدر بنحو أربعين مليون دينار، تمول من قرض ميسر ومن موازنة الوزارة.',
];

describe('Arab news agencies', () => {
  it.each([
    ['وات', 'TAP'],
    ['واج', 'APS'],
    ['وفا', 'WAFA'],
    ['بنا', 'BNA'],
    ['واع', 'INA'],
    ['سبأ', 'SABA'],
    ['ومع', 'MAP'],
    ['و.م.ع', 'MAP'],
    ['واس', 'SPA'],
    ['وام', 'WAM'],
    ['قنا', 'QNA'],
    ['كونا', 'KUNA'],
    ['بترا', 'Petra'],
    ['سانا', 'SANA'],
    ['شينخوا', 'Xinhua'],
    ['وكالة الأنباء العراقية', 'INA'],
  ])('%s → %s', (form, name) => expect(canonicalAgency(form)).toBe(name));

  it('credits a trailing -(وات) and a line that is only (وفا)', () => {
    expect(agencyCredit('وسيستأنف العمل في الميناء صباح الغد.-(وات)')).toMatchObject({ agency: 'TAP' });
    expect(agencyCredit('(وفا)')).toMatchObject({ agency: 'WAFA', rest: '' });
    expect(agencyCredit('وقال المتحدث إن بنا جديدا سيضاف إلى القانون')).toBeNull();
  });
});

describe('subscription and channel prompts', () => {
  it.each([
    'سجّل بريدك الإلكتروني لتصلك نشرة الصباح وتتمكن من حفظ الأخبار',
    'أدخل بريدك الإلكتروني',
    'عاجل | تابعوا آخر الأخبار على قناتنا في تيليغرام',
    'انضموا إلى قناتنا على واتساب',
    'ضع بريدك الإلكتروني هنا',
  ])('removes: %s', (line) => expect(reasonOf(line)).toBe('newsletter'));

  it.each([
    'وتابع الوزير أن الحكومة ستراجع أسعار الوقود الشهر المقبل.',
    'ولتصل المساعدات إلى مستحقيها، شكلت الوزارة لجانا محلية في كل بلدة.',
  ])('keeps: %s', (line) => expect(reasonOf(line)).toBeNull());
});

describe('headline, date line, body', () => {
  const HEADLINE = 'الحكومة تقر خطة لتوسيع شبكة الطرق الريفية في الشمال.';

  it('a first line ending with a full stop is the headline when a date-only line follows it', () => {
    const doc = cleanText([HEADLINE, '', 'الأحد 12 أبريل 2026', '', ...BODY].join('\n'));
    expect(doc.title).toBe(HEADLINE);
    expect(doc.published).toBe('2026-04-12');
    expect(doc.paragraphs).toEqual(BODY);
  });

  it('a headline that names an event by its date does not date the article: the date line does', () => {
    const headline = 'ذكرى فيضان 14 مارس 2019 في المدينة';
    const doc = cleanText([headline, '', 'الأحد 12 أبريل 2026', '', ...BODY].join('\n'));
    expect(doc.title).toBe(headline);
    expect(doc.published).toBe('2026-04-12');
  });

  it('a date line after the last paragraph of a short article closes no header: the paragraphs, dateline and agency stay as without it', () => {
    const short = ['القاهرة (رويترز) - قال وزير الأشغال إن العمل في الطريق الجديد سيبدأ الشهر المقبل.', ...BODY.slice(2)];
    const plain = cleanText(short.join('\n'));
    const doc = cleanText([...short, 'الأحد 12 أبريل 2026'].join('\n'));
    expect(doc).toMatchObject({ title: null, dateline: 'القاهرة', agency: 'Reuters', paragraphs: plain.paragraphs, published: '2026-04-12' });
  });

  it('a date opening the first paragraph is the article date, cut from the prose; a date that is the sentence adverbial stays', () => {
    const headline = HEADLINE.slice(0, -1);
    const doc = cleanText([headline, 'الثلاثاء 14 أبريل، 2026 ، أعلنت وزارة الأشغال أن العمل في الطريق الأول سيبدأ الشهر المقبل.', ...BODY.slice(1)].join('\n'));
    expect(doc.published).toBe('2026-04-14');
    expect(doc.paragraphs[0]).toBe('أعلنت وزارة الأشغال أن العمل في الطريق الأول سيبدأ الشهر المقبل.');
    expect(doc.removed).toContainEqual({ text: 'الثلاثاء 14 أبريل، 2026', reason: 'date-line' });
    const adverbial = 'في 14 أبريل 2026 أعلنت وزارة الأشغال أن العمل في الطريق الأول سيبدأ الشهر المقبل.';
    expect(cleanText([headline, adverbial, ...BODY.slice(1)].join('\n')).paragraphs[0]).toBe(adverbial);
    expect(leadingDate('14 أبريل 2026 يوم لن ينساه')).toBeNull();
    expect(leadingDate('12/04/2026 - قالت الشرطة إن المشتبه بهم وصلوا')).toEqual({ span: '12/04/2026', rest: 'قالت الشرطة إن المشتبه بهم وصلوا' });
  });

  it('a date and an inline dateline opening the first paragraph are both cut, in either order', () => {
    const prose = 'قال وزير الأشغال إن العمل في الطريق الجديد سيبدأ الشهر المقبل.';
    for (const opening of ['الثلاثاء 14 أبريل 2026 - القاهرة (رويترز) - ', 'القاهرة (رويترز) - الثلاثاء 14 أبريل 2026 - ']) {
      const doc = cleanText(['الحكومة تقر خطة لتوسيع الطرق الريفية', `${opening}${prose}`, ...BODY.slice(1)].join('\n'));
      expect(doc, opening).toMatchObject({ dateline: 'القاهرة', agency: 'Reuters', published: '2026-04-14' });
      expect(doc.paragraphs[0], opening).toBe(prose);
    }
  });

  it('a number opening the prose is no date line: not a quantity, a year, a range, nor a date that is the subject (no separator after it; a weekday-led date needs none)', () => {
    for (const p of [
      '15 من البحرية الأمريكية قتلوا في الهجوم على القاعدة أمس.',
      '2005 كان عاما صعبا على الاقتصاد في المنطقة كلها.',
      '2005 - 2006 شهدت البلاد أزمة مالية حادة أثرت على الجميع.',
      '14 أبريل 2026 يوم لن ينساه أهل المدينة أبدا بعد الفيضان.',
      '1 مايو 2005 هو عيد العمال الذي تحتفل به الدول كلها.',
    ])
      expect(leadingDate(p), p).toBeNull();
    expect(leadingDate('السبت 26 مارس 2005 الساعة 10:30 ، قالت الشرطة إن المشتبه بهم وصلوا')).toEqual({
      span: 'السبت 26 مارس 2005 الساعة 10:30',
      rest: 'قالت الشرطة إن المشتبه بهم وصلوا',
    });
    expect(leadingDate('الثلاثاء 20 سبتمبر 2005 اكتشفت الشرطة أن المشتبه بهم وصلوا')).toEqual({
      span: 'الثلاثاء 20 سبتمبر 2005',
      rest: 'اكتشفت الشرطة أن المشتبه بهم وصلوا',
    });
    const subject = '1 مايو 2005 هو عيد العمال الذي تحتفل به الدول كلها.';
    const doc = cleanText(['العمال يحتفلون بعيدهم في العواصم العربية', subject, ...BODY.slice(1)].join('\n'));
    expect(doc.published).toBeNull();
    expect(doc.paragraphs[0]).toBe(subject);
  });

  it('without the date line such a first line stays a paragraph, and a long one stays a paragraph before a date line', () => {
    expect(cleanText([HEADLINE, ...BODY].join('\n')).paragraphs[0]).toBe(HEADLINE);
    const long = `${BODY[0]!.slice(0, -1)} ${BODY[2]!}`;
    const doc = cleanText([long, 'الأحد 12 أبريل 2026', ...BODY].join('\n'));
    expect(doc.title).toBeNull();
    expect(doc.paragraphs[0]).toBe(long);
  });
});

describe('outlet', () => {
  it('a short first line that is also the dateline outlet is the outlet, not the title', () => {
    const doc = cleanText(['نجمة الشمال', 'افتتاح طريق جديد يربط القرى الجبلية بالمدينة', 'إربد ـ نجمة الشمال', ...BODY].join('\n'));
    expect(doc.outlet).toBe('نجمة الشمال');
    expect(doc.title).toBe('افتتاح طريق جديد يربط القرى الجبلية بالمدينة');
    expect(doc.removed).toContainEqual({ text: 'نجمة الشمال', reason: 'site-name' });
  });

  it('a reporter after the dateline is not taken for the outlet', () => {
    const doc = cleanText(['افتتاح طريق جديد يربط القرى الجبلية بالمدينة', 'إربد ـ سامر العلي', ...BODY].join('\n'));
    expect(doc.outlet).toBeNull();
    expect(doc.dateline).toBe('إربد');
  });

  it('metadata beats a printed outlet; the URL host is the last resort', () => {
    expect(cleanText(['الأناضول', ...BODY].join('\n'), { outlet: 'صحيفة الميدان' }).outlet).toBe('صحيفة الميدان');
    expect(cleanText(BODY.join('\n'), { url: 'https://www.midan-news.example/a/1' }).outlet).toBe('midan-news.example');
    expect(cleanText(BODY.join('\n')).outlet).toBeNull();
  });

  it('reads the holder of a copyright line', () => {
    expect(copyrightHolder('جميع الحقوق محفوظة لموقع صوت الوادي 2026 ©')).toBe('صوت الوادي');
    expect(copyrightHolder('صوت الوادي - جميع الحقوق محفوظة')).toBe('صوت الوادي');
    expect(copyrightHolder('جميع الحقوق محفوظة')).toBeNull();
    expect(copyrightHolder('Copyright © 2026 Voice of the Valley. All rights reserved.')).toBeNull();
  });
});

/** Greedy word wrap at `width` characters, as mail clients and some corpora do. */
const wrap = (paragraph: string, width: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const w of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines;
};

describe('hard-wrapped text', () => {
  it('re-joins wrapped paragraphs and keeps the headline apart', () => {
    const headline = 'الحكومة تقر خطة لتوسيع الطرق الريفية';
    const text = [headline, ...BODY.flatMap((p) => wrap(p, 60))].join('\n');
    expect(unwrapHardWrapped(text).split('\n')).toEqual([headline, ...BODY]);
    const doc = cleanText(text);
    expect(doc.title).toBe(headline);
    expect(doc.paragraphs).toEqual(BODY);
  });

  it('joins a line followed by a lower-case continuation', () => {
    const english = [
      'The council approved the plan on Tuesday after a long debate over',
      'the cost of the new roads and the share paid by the villages, which',
      'had asked for more time. The vote was close.',
      'Work is due to start in the spring and to last two years, according',
      'to the ministry, which will publish the tender documents next month',
      'on its website and in the official gazette.',
    ].join('\n');
    expect(unwrapHardWrapped(english).split('\n')).toHaveLength(2);
  });

  it('leaves one-paragraph-per-line text unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BODY, 'شارك', 'اقرأ أيضاً', 'جميع الحقوق محفوظة © 2026', 'عنوان قصير للخبر'), { maxLength: 20 }), (lines) => {
        const text = lines.join('\n');
        expect(unwrapHardWrapped(text)).toBe(text);
      }),
    );
  });

  it('re-joins any greedy wrap of prose exactly, at any width from 45 to 100', () => {
    const words = BODY.join(' ').split(' ');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 8, max: 40 }), { minLength: 3, maxLength: 6 }), fc.integer({ min: 45, max: 100 }), (sizes, width) => {
        let at = 0;
        const paragraphs = sizes.map((n) => {
          const p = Array.from({ length: n }, (_, i) => words[(at + i) % words.length]!).join(' ').replace(/[.،]$/u, '') + '.';
          at += n;
          return p;
        });
        const text = paragraphs.flatMap((p) => wrap(p, width)).join('\n');
        const out = unwrapHardWrapped(text);
        expect(out.split(/\s+/)).toEqual(text.split(/\s+/));
        if (wrapWidth(text.split('\n')) !== null) expect(out.split('\n').length).toBeLessThanOrEqual(text.split('\n').length);
      }),
    );
  });

  it('re-joins a wrap whose longest line holds one character the wrapper did not count (a diacritic), at any width from 45 to 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 45, max: 100 }), (width) => {
        const paragraphs = [...BODY, ...BODY];
        const lines = paragraphs.flatMap((p) => wrap(p, width));
        const longest = lines.reduce((a, l, i) => (l.length > lines[a]!.length ? i : a), 0);
        lines[longest] = lines[longest]!.replace(/(\p{L})(\s|$)/u, '$1\u064B$2');
        expect(wrapWidth(lines)).not.toBeNull();
        expect(unwrapHardWrapped(lines.join('\n')).split('\n')).toHaveLength(paragraphs.length);
      }),
    );
  });

  it('joins the same lines in place, keeping every offset, for scoring annotations made on the wrapped text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 45, max: 100 }), fc.boolean(), (width, headline) => {
        const text = [...(headline ? ['الحكومة تقر خطة لتوسيع الطرق الريفية'] : []), ...BODY.flatMap((p) => wrap(p, width))].join('\n');
        const joined = joinWrappedLines(text);
        expect(joined).toHaveLength(text.length);
        expect([...joined].every((ch, i) => ch === text[i] || (text[i] === '\n' && ch === ' '))).toBe(true);
        expect(joined.split('\n')).toEqual(unwrapHardWrapped(text).split('\n'));
      }),
    );
    const plain = BODY.join('\n');
    expect(joinWrappedLines(plain)).toBe(plain);
  });

  it('joins CRLF lines in place too: the whole line break becomes spaces, offsets kept', () => {
    const lines = [...BODY, ...BODY].flatMap((p) => wrap(p, 60));
    const joined = joinWrappedLines(lines.join('\r\n'));
    expect(joined).toHaveLength(lines.join('\r\n').length);
    expect(joined).not.toMatch(/\r(?!\n)/u);
    expect(joined.split('\r\n').map((l) => l.replace(/\s+/gu, ' '))).toEqual(unwrapHardWrapped(lines.join('\n')).split('\n'));
  });

  it('does not take a list of short headlines for wrapped text', () => {
    const list = [
      'ارتفاع أسعار الخضار في الأسواق الشعبية قبل شهر رمضان',
      'افتتاح معرض دولي للكتاب في العاصمة بمشاركة عربية واسعة',
      'فوز المنتخب الوطني في مباراة ودية أمام ضيفه القادم من آسيا',
      'أمطار غزيرة على المناطق الساحلية وتحذيرات من السيول',
      'تأجيل الامتحانات في ثلاث محافظات بسبب الأحوال الجوية',
      'وزير الصحة يتفقد مستشفى المدينة ويعد بتوسيع قسم الطوارئ',
    ];
    expect(wrapWidth(list)).toBeNull();
  });
});

describe('unseen elements cut before parsing', () => {
  it('cuts hidden, aria-hidden and display:none elements with their content, keeps the rest', async () => {
    const { stripUnseen } = await import('../../src/ingest/html/dom.js');
    const html = '<div><p>يبقى</p><div hidden><div>مخفي <div>داخلي</div></div></div><span aria-hidden="true">x</span><ul style="display: none"><li>قائمة</li></ul><img hidden src="a.png"><p>أيضا</p></div>';
    expect(stripUnseen(html)).toBe('<div><p>يبقى</p><p>أيضا</p></div>');
    expect(stripUnseen('<main><nav><a>الرئيسية</a></nav><p>نص</p><aside><p>الأكثر قراءة</p><aside>داخلي</aside></aside><footer>حقوق</footer></main>')).toBe('<main><p>نص</p></main>');
    const classed = '<div class="a hidden b"><p>نص ظاهر</p></div><input type="hidden" value="1">';
    expect(stripUnseen(classed)).toBe(classed);
  });

  it('leaves an element whose end tag is missing, in linear time', async () => {
    const { stripUnseen } = await import('../../src/ingest/html/dom.js');
    const html = `<p>نص</p>${'<div hidden>x'.repeat(20000)}`;
    const t0 = performance.now();
    expect(stripUnseen(html)).toBe(html);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('Hijri date lines', () => {
  it('a Hijri date with its Gregorian equivalent is a date line, a sentence with dates is not', async () => {
    const { isDateOnlyLine } = await import('../../src/ingest/plain/dates.js');
    expect(isDateOnlyLine('السبت 11 رجب 1448هـ الموافق 19 ديسمبر 2026م')).toBe(true);
    expect(isDateOnlyLine('وصل الوفد في 11 رجب إلى المدينة يوم 19 ديسمبر 2026')).toBe(false);
  });
});

describe('site-name look-alikes', () => {
  it('a `label | headline` first line is the title, not a site name', () => {
    const doc = cleanText(['فيديو | لحظة افتتاح الطريق الجديد', ...BODY].join('\n'));
    expect(doc.title).toBe('فيديو | لحظة افتتاح الطريق الجديد');
    expect(doc.outlet).toBeNull();
  });

  it('a place on its own line before the body is not taken for an outlet prefix', () => {
    const doc = cleanText(['افتتاح طريق جديد يربط القرى الجبلية', 'إربد :', `شهدت إربد ${BODY[0]!}`, ...BODY.slice(1)].join('\n'));
    expect(doc.outlet).toBeNull();
  });
});
