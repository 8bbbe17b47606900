import { describe, expect, it } from 'vitest';
import { speakers } from './probes.js';

/** `وأضاف البيان: «…»`: a statement speaks for whoever issued it, whatever verb the issuing sentence has. */
describe('a statement carried over to its issuer', () => {
  it('goes to the subject of the sentence that gave the statement, though its verb reports nothing (قدّرت X في بيان)', () => {
    const text = [
      'وقال مدير الدفاع المدني العميد سامر الخطيب: «أنقذنا عشرين شخصاً».',
      'وقدرت بلدية الوادي في بيان خسائرها الأولية بمليوني دينار، وأفادت بأن المياه غمرت الحقول.',
      'وأضاف البيان: «نطالب بتعويض المزارعين».',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['سامر الخطيب', 'بلدية الوادي']);
  });

  it('goes to whoever issued it (أصدرت X بياناً), not to the person quoted before', () => {
    const text = [
      'وقال الوزير خالد النجار: «لن نتراجع عن القرار».',
      'وأصدرت نقابة المعلمين بياناً مساء أمس رفضت فيه القرار.',
      'وقال البيان: «القرار مجحف بحق المعلمين».',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['خالد النجار', 'نقابة المعلمين']);
  });

  it('still goes to the subject of a reporting verb with في بيان', () => {
    const text = [
      'وقال الوزير خالد النجار: «لن نتراجع عن القرار».',
      'وأكدت وزارة الصحة في بيان أنها فتحت تحقيقاً.',
      'وأضاف البيان: «ستعلن النتائج للرأي العام».',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['خالد النجار', 'وزارة الصحة']);
  });
});
