import { describe, expect, it } from 'vitest';
import { dates } from './probes.js';

describe('a weekday in a future clause', () => {
  // 2026-11-18 is a Wednesday.
  it('is the coming one, today included, when bare (سيستأنفون العمل صباح الأربعاء)', () => {
    expect(dates('وقال إن العمال سيستأنفون العمل صباح الأربعاء.', '2026-11-18')).toEqual(['صباح الأربعاء=2026-11-18']);
    expect(dates('وقال إن الجلسة ستعقد يوم الخميس.', '2026-11-18')).toEqual(['يوم الخميس=2026-11-19']);
  });

  it('is next week’s when المقبل says so on the same weekday', () => {
    expect(dates('وتعقد الجلسة الأربعاء المقبل.', '2026-11-18')).toEqual(['الأربعاء المقبل=2026-11-25']);
  });
});
