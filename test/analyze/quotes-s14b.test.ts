import { describe, expect, it } from 'vitest';
import { speakers } from './probes.js';

describe('quotes whose speaker no rule read (session 14, second pass)', () => {
  describe('a subjectless reporting verb goes to the one person the text has named', () => {
    it('names the person of a feature opening whose sentence puts them far from its start', () => {
      const text =
        'تفوح رائحة الخبز الساخن في أزقة حي الميدان القديم، حيث يقف سالم الكعبي أمام فرنه الصغير، يرتب الأرغفة على الرف. «الطحين غلي مرتين هالسنة، والزبائن قلوا»، يقول الرجل الخمسيني وهو يمسح يديه.';
      expect(speakers(text)).toEqual(['سالم الكعبي']);
    });

    it('says nothing when two people are named before the quote', () => {
      const text =
        'تفوح رائحة الخبز الساخن في أزقة حي الميدان القديم، حيث يقف سالم الكعبي أمام فرنه الصغير إلى جانب جاره يوسف حداد، يرتبان الأرغفة على الرف. «الطحين غلي مرتين هالسنة، والزبائن قلوا»، يقول الرجل الخمسيني وهو يمسح يديه.';
      expect(speakers(text)).toEqual([]);
    });

    it('says nothing when the person was named only in an earlier paragraph', () => {
      const text =
        'تفوح رائحة الخبز الساخن في أزقة حي الميدان القديم، حيث يقف سالم الكعبي أمام فرنه الصغير.\nفي آخر الزقاق ترتفع أصوات الباعة منذ الفجر. «الطحين غلي مرتين هالسنة، والزبائن قلوا»، يقول الرجل الخمسيني وهو يمسح يديه.';
      expect(speakers(text)).toEqual([]);
    });

    it('keeps the gender of a post-posed verb: a later feminine verb is not the man it gave a quote to', () => {
      const text =
        'تفوح رائحة الخبز الساخن في أزقة حي الميدان القديم، حيث يقف سالم الكعبي أمام فرنه الصغير، يرتب الأرغفة على الرف. «الطحين غلي مرتين هالسنة، والزبائن قلوا»، يقول الرجل الخمسيني وهو يمسح يديه. تمر بجانبه امرأة تحمل سلة فارغة وتقول: «الخبز صار أغلى من اللحم يا جماعة».';
      expect(speakers(text)).toEqual(['سالم الكعبي']);
    });
  });

  describe('a description with نفسه or ذاته is the one just quoted', () => {
    it('reads `وتابع المسؤول ذاته:` as the official quoted before', () => {
      const text =
        'وقال مدير الصحة بالولاية كمال بوزيد إن المصابين غادروا المستشفى، موضحاً: «الأعراض كانت خفيفة في معظم الحالات». وتابع المسؤول ذاته: «ننتظر نتائج التحاليل من المخبر المركزي».';
      expect(speakers(text)).toEqual(['كمال بوزيد', 'كمال بوزيد']);
    });

    it('reads a post-posed `قال المصدر نفسه` the same way (the carry-over of a post-posed verb did so already)', () => {
      const text =
        'وقال مصدر أمني طلب عدم ذكر اسمه إن «الدوريات انتشرت على كل الطرق المؤدية إلى المدينة». «لم نعثر حتى الآن على أي أثر للفارين»، قال المصدر نفسه.';
      expect(speakers(text)).toEqual(['مصدر أمني', 'مصدر أمني']);
    });
  });

  describe('an addressee written لـX after the verb', () => {
    it('is not the subject: the one named after it speaks', () => {
      const text = 'وقال لـوكالة الأنباء الوطنية وزير الداخلية كمال بوزيد إن «الوضع تحت السيطرة في كل المدن».';
      expect(speakers(text)).toEqual(['كمال بوزيد']);
    });

    it('is not the subject of a pluperfect verb either: the one named between كان and قد speaks', () => {
      const text = 'وكان المدير الجهوي للجمارك، كمال بوزيد، قد صرح لـوكالة الأنباء الوطنية بأن مصالحه «أحبطت تهريب آلاف اللترات من الوقود».';
      expect(speakers(text)).toEqual(['كمال بوزيد']);
    });
  });

  describe('a name set off by commas after the verb\'s description', () => {
    it('is the subject: the body the description is about speaks', () => {
      const text = 'وفي بيان نشرته مساء الثلاثاء، قالت الشركة المالكة للفندق، مجموعة روتانا للفنادق، إنها «تتعاون بشكل كامل مع جهات التحقيق».';
      expect(speakers(text)).toEqual(['مجموعة روتانا للفنادق']);
    });
  });
});
