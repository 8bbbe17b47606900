import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { mergeEntities } from '../../src/analyze/merge-entities.js';
import type { EntityMention } from '../../src/analyze/types.js';
import { documentId } from '../../src/core/index.js';
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

  it('keeps a shorter name whose given name is a long vowel apart from the longer one\'s two people (أحمدو is not أحمد)', () => {
    const person = (name: string): EntityMention => ({ kind: 'entity-mention', text: name, type: 'person', form: name, name, source: 'cue', start: 0, end: name.length });
    const merged = mergeEntities([
      { document: documentId('a'), mentions: [person('سيدي أحمد ولد الطالب')] },
      { document: documentId('b'), mentions: [person('أحمدو ولد الطالب')] },
    ]);
    expect(merged.entities.map((e) => e.name).sort()).toEqual(['أحمدو ولد الطالب', 'سيدي أحمد ولد الطالب']);
    const same = mergeEntities([
      { document: documentId('a'), mentions: [person('سيدي أحمد ولد الطالب')] },
      { document: documentId('b'), mentions: [person('أحمد ولد الطالب')] },
    ]);
    expect(same.entities.map((e) => e.name)).toEqual(['سيدي أحمد ولد الطالب']);
  });
});
