import { describe, expect, it } from 'vitest';
import { speakers } from './probes.js';

describe('a scene verb and its object before a carried-over reporting verb', () => {
  it('is no unread name: the quote goes to the person quoted before (ثم يقلب الأوراق ويضيف:)', () => {
    const text = [
      'وقال سالم ولد أحمد: “هذه المخطوطة في الفلك، نسخها جدي بيده”.',
      'ثم يقلب الأوراق ويضيف: “كان عندنا أكثر من ألف مخطوط، لم يبق منها إلا القليل”.',
    ].join('\n');
    expect(speakers(text)).toEqual(['سالم ولد أحمد', 'سالم ولد أحمد']);
  });

  it('still gives a quote to a named actor the sentence opens on (يقف X يعد الحمولات، ثم يقول:)', () => {
    const text = [
      'وقال سالم ولد أحمد: “هذه المخطوطة في الفلك، نسخها جدي بيده”.',
      'يقف يوسف البكري يعد الحمولات، ثم يقول: “الموسم هذا العام أضعف من كل ما عرفناه”.',
    ].join('\n');
    expect(speakers(text)[1]).toBe('يوسف البكري');
  });
});
