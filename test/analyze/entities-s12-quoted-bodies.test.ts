import { describe, expect, it } from 'vitest';
import { organizations } from './probes.js';

describe('session 12: quoted short names of companies (quoted-bodies.ts)', () => {
  it('reads a quoted short name after a company’s full name, and its quoted repeats', () => {
    const text = 'ووقعت شركة الخليج الوطنية للأسمدة "خلفاس" عقدا جديدا. وقال رئيس "خلفاس" إن العقد مهم.';
    expect(organizations(text)).toEqual(['شركة الخليج الوطنية للأسمدة', 'خلفاس', 'خلفاس']);
  });

  it('reads a quoted name after the shares that name it', () => {
    expect(organizations('وارتفع سهم "نوارس" بنسبة اثنين في المئة.')).toEqual(['نوارس']);
  });

  it('reads no name in a quoted word after a council or a federation (what it said)', () => {
    expect(organizations('وقال مجلس الأمن الدولي "يأسف" لما جرى.')).toEqual(['مجلس الأمن الدولي']);
    expect(organizations('واعتبر الاتحاد الوطني لكرة اليد “باطلة” تلك النتيجة.')).toEqual(['الاتحاد الوطني لكرة اليد']);
  });
});
