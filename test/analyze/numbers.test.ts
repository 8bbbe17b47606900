import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analyze/index.js';

describe('findQuantities', () => {
  it.each([
    ['اجتمع ثلاثة عشر وزير دفاع في باريس.', 13, 'وزير'],
    ['اجتمع 13 وزير دفاع في باريس.', 13, 'وزير'],
    ['لقي اثنا عشر شخصاً حتفهم في الحادث.', 12, 'شخص'],
    ['انتشلت الفرق اثنتي عشرة جثة من الوادي.', 12, 'جثه'],
    ['وصلت اثنتا عشرة شاحنة إلى المعبر.', 12, 'شاحن'],
    ['أصيب أحد عشر عاملاً في الانفجار.', 11, 'عامل'],
    ['اجتمع ١٣ وزير دفاع في باريس.', 13, 'وزير'],
    ['حضر 11 وزيرا الاجتماع.', 11, 'وزير'],
    ['ارتفعت الحصيلة إلى سبعة وأربعين قتيلاً في الإقليم.', 47, 'قتيل'],
    ['قتل 47 شخصا في الزلزال.', 47, 'شخص'],
    ['تستهدف مدينة يقطنها 1,2 مليون نسمة.', 1_200_000, null],
    ['سترسل بلاده مئتي مدرب إضافي.', 200, null],
    ['انهار أكثر من ثلاثمئة منزل.', 300, null],
    ['تحالفا من ستين دولة.', 60, 'دوله'],
  ])('%s', (text, value, unit) => {
    const q = findQuantities(text)[0];
    expect(q?.value).toBe(value);
    if (unit !== null) expect(q?.unit).toBe(unit);
  });

  it('reads a decimal comma or point before a unit (5,8 درجات، 5.6 درجات) and keeps 1,250 as thousands', () => {
    expect(findQuantities('زلزال بقوة 5,8 درجات').map((q) => q.value)).toEqual([5.8]);
    expect(findQuantities('بلغت قوته 5.6 درجات').map((q) => q.value)).toEqual([5.6]);
    expect(findQuantities('بلغ 1,250 دولارا').map((q) => q.value)).toEqual([1250]);
  });

  it('reads a range of thousands as two numbers (ما بين خمسة آلاف وستة آلاف)', () => {
    const qs = findQuantities('يتحصن فيها ما بين خمسة آلاف وستة آلاف مقاتل.');
    expect(qs.map((q) => q.value)).toEqual([6000]);
  });
});
