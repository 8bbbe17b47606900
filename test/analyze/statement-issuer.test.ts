import { describe, expect, it } from 'vitest';
import { speakers } from './probes.js';

/** `وأضاف البيان: «…»`: a statement speaks for whoever issued it, whatever verb the issuing sentence has. */
describe('a statement carried over to its issuer', () => {
  it.each([
    [
      'the subject of the sentence that gave the statement, though its verb reports nothing (قدّرت X في بيان)',
      'وقال مدير الدفاع المدني العميد سامر الخطيب: «أنقذنا عشرين شخصاً».',
      'وقدرت بلدية الوادي في بيان خسائرها الأولية بمليوني دينار، وأفادت بأن المياه غمرت الحقول.',
      'وأضاف البيان: «نطالب بتعويض المزارعين».',
      ['سامر الخطيب', 'بلدية الوادي'],
    ],
    [
      'whoever issued it (أصدرت X بياناً), not the person quoted before',
      'وقال الوزير خالد النجار: «لن نتراجع عن القرار».',
      'وأصدرت نقابة المعلمين بياناً مساء أمس رفضت فيه القرار.',
      'وقال البيان: «القرار مجحف بحق المعلمين».',
      ['خالد النجار', 'نقابة المعلمين'],
    ],
    [
      'still the subject of a reporting verb with في بيان',
      'وقال الوزير خالد النجار: «لن نتراجع عن القرار».',
      'وأكدت وزارة الصحة في بيان أنها فتحت تحقيقاً.',
      'وأضاف البيان: «ستعلن النتائج للرأي العام».',
      ['خالد النجار', 'وزارة الصحة'],
    ],
  ])('goes to %s', (_, before, issuing, carried, expected) => {
    expect(speakers([before, issuing, carried].join('\n\n'))).toEqual(expected);
  });
});
