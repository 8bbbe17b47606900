import { describe, expect, it } from 'vitest';
import { persons, speakers } from './probes.js';

describe('a scene verb\'s subject and its object, session 8 classes', () => {
  it('ends a name before a noun carrying the pronoun ه, the verb\'s object (`يسحب X شباكه`)', () => {
    const text = 'مع أول ضوء على شاطئ البحيرة، يسحب سعيد أبو حمدان شباكه إلى قارب صغير. "السمك قليل هذا العام"، يقول الصياد الستيني، "والحمد لله على كل حال".';
    expect(speakers(text)).toEqual(['سعيد أبو حمدان', 'سعيد أبو حمدان']);
    expect(persons('ويجمع منير السعدي حطبه قبل الغروب.')).toEqual(['منير السعدي']);
  });

  it('keeps names that end in a written ه after ي or ا, زاده and الله', () => {
    expect(persons('وقال محمد نبيه إن الاجتماع انتهى.')).toEqual(['محمد نبيه']);
    expect(persons('وقال محمد علي زاده إن الاجتماع انتهى.')).toEqual(['محمد علي زاده']);
    expect(persons('وقال سالم عبد الله إن الاجتماع انتهى.')).toEqual(['سالم عبد الله']);
  });
});
