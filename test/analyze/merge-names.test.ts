import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { doc } from './doc.js';

describe('names merged across a story', () => {
  it('names a person by the full name, not by a compound given name alone that is more frequent', () => {
    const a = analyzeStory([
      doc('a', 'وقال الطبيب هوشيار عبد الله إن المستشفى يعمل بنصف طاقته. وأضاف عبد الله أن الأدوية نفدت. وختم عبد الله بالدعوة إلى الصبر.'),
    ]);
    const person = a.entities.find((e) => e.type === 'person' && e.variants.includes('هوشيار عبد الله'));
    expect(person?.name).toBe('هوشيار عبد الله');
  });

  it('reads a known surname after the conjunction و as the surname, not as a spelling of it with و', () => {
    const a = analyzeStory([doc('a', 'قال المزارع سالم الحارثي إن المحصول تضرر. وحضر الاجتماع المحافظ والحارثي وعدد من المزارعين.')]);
    const person = a.entities.find((e) => e.type === 'person' && e.name === 'سالم الحارثي');
    expect(person?.variants).not.toContain('والحارثي');
  });
});
