import { describe, expect, it } from 'vitest';
import { organizations, speakers } from './probes.js';

describe('organizations, rounds 34 and 35 classes', () => {
  it('goes on with a ministry\'s second field after a first word shaped like a nisba (وزارة التربية والتعليم)', () => {
    expect(organizations('وأعلنت وزارة الزراعة والري في بيان تمديد المهلة.')).toEqual(['وزارة الزراعة والري']);
    expect(organizations('وأعلنت وزارة التربية والتعليم في بيان تعطيل الدراسة.')).toEqual(['وزارة التربية والتعليم']);
    expect(organizations('وقالت وزارة الخارجية والمغتربين إن السفير غادر.')).toEqual(['وزارة الخارجية والمغتربين']);
    expect(speakers('أما وزارة المالية والتخطيط في حكومة الإقليم فقالت في بيان إن الرواتب ستصرف "خلال الأسبوع المقبل بعد وصول الأموال".')).toEqual(['وزارة المالية والتخطيط']);
    // و + a new cue is another body, not the ministry's field.
    expect(organizations('واجتمعت وزارة الداخلية والهيئة الوطنية للانتخابات أمس.')).toEqual(['وزارة الداخلية', 'الهيئة الوطنية للانتخابات']);
  });
});
