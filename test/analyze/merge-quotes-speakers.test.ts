import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { mergeQuotes } from '../../src/analyze/merge-quotes.js';
import type { QuoteMention } from '../../src/analyze/types.js';
import { documentId, type DocumentId } from '../../src/core/index.js';
import { doc } from './doc.js';

const said = (speaker: string | null, text: string): QuoteMention => ({ kind: 'quote-mention', start: 0, end: text.length, text, mode: 'verbatim', speaker, cue: null });
const docs = (...speakers: (string | null)[]) =>
  speakers.map((s, i) => ({ document: documentId(`d${i}`) as DocumentId, quotes: [said(s, 'لن نقبل بأي تأجيل جديد للمشروع')], sentenceAt: () => 0 }));

describe('mergeQuotes: the speakers the documents give one quote', () => {
  it('shows the speaker named most often and lists the others with their documents', () => {
    const [q] = mergeQuotes(docs('سامي المجالي', 'وزير النقل', 'سامي المجالي', null), () => null, 0.8);
    expect(q?.speaker).toBe('سامي المجالي');
    expect(q?.documents).toEqual(['d0', 'd1', 'd2', 'd3']);
    expect(q?.otherSpeakers).toEqual([{ speaker: 'وزير النقل', documents: ['d1'] }]);
  });

  it('compares speakers by the name they resolve to, so variants of one person are no second speaker', () => {
    const canonical = (n: string): string | null => (n === 'المجالي' ? 'سامي المجالي' : null);
    const [q] = mergeQuotes(docs('سامي المجالي', 'المجالي'), canonical, 0.8);
    expect(q?.speaker).toBe('سامي المجالي');
    expect(q).not.toHaveProperty('otherSpeakers');
  });
});

describe('analyzeStory: outlets that give one quote to different people', () => {
  it('keeps both attributions, each citing its article', () => {
    const a = doc('a', 'قال وزير الأشغال العامة سامي المجالي أمس: "لن نقبل بأي تأجيل جديد لمشروع الطريق الصحراوي".');
    const b = doc('b', 'قال مدير الطرق خالد العبادي أمس: "لن نقبل بأي تأجيل جديد لمشروع الطريق الصحراوي".');
    const c = doc('c', 'وقال الوزير سامي المجالي في مؤتمر صحفي: "لن نقبل بأي تأجيل جديد لمشروع الطريق الصحراوي".');
    const [q] = analyzeStory([a, b, c]).quotes;
    expect(q?.documents).toEqual([a.id, b.id, c.id]);
    expect(q?.speaker).toBe('سامي المجالي');
    expect(q?.otherSpeakers).toEqual([{ speaker: 'خالد العبادي', documents: [b.id] }]);
  });
});
