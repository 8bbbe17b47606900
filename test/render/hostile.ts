import { documentId, storyId, type Digest, type DigestSource } from '../../src/core/index.js';

/** Strings an article could carry that would run if they reached the page unescaped. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '"><svg onload=alert(3)>',
  "' onmouseover='alert(4)",
  '<a href="javascript:alert(5)">اضغط</a>',
  '</style><script>alert(6)</script>',
  '<iframe src="javascript:alert(7)"></iframe>',
] as const;

export const hostile = (i: number): string => `نص ${HOSTILE[i % HOSTILE.length]} عربي`;

export function hostileDigest(): { digest: Digest; sources: DigestSource[] } {
  const a = documentId('d-1"><script>alert(8)</script>');
  const b = documentId('d-2');
  const text = `${hostile(0)}.\n${hostile(1)}.`;
  const sources: DigestSource[] = [
    {
      id: a,
      paragraphs: text.split('\n'),
      sentences: [
        { index: 0, paragraph: 0, start: 0, end: hostile(0).length + 1, text: `${hostile(0)}.` },
        { index: 1, paragraph: 1, start: hostile(0).length + 2, end: text.length, text: `${hostile(1)}.` },
      ],
    },
  ];
  const digest: Digest = {
    version: 1,
    run: { number: 1, startedAt: '2026-11-21T00:00:00Z', words: 120 },
    counts: { documents: 3, ok: 1, duplicate: 1, rejected: 1, stories: 1 },
    documents: [
      { id: a, path: `/in/${HOSTILE[0]}.txt`, title: hostile(2), outlet: hostile(3), agency: hostile(4), published: hostile(5), status: 'ok', url: 'javascript:alert(9)' },
      { id: b, path: '/in/b.txt', title: hostile(6), outlet: hostile(0), agency: null, published: null, status: 'duplicate', duplicateOf: a, reason: 'near', url: 'JaVaScRiPt:alert(10)' },
      { id: documentId('r-1'), path: `/in/${HOSTILE[1]}`, title: null, outlet: null, agency: null, published: null, status: 'rejected', reason: 'binary', detail: hostile(2), url: null },
    ],
    stories: [
      {
        id: storyId(`s-${HOSTILE[2]}`),
        title: hostile(4),
        documents: [a, b],
        summary: [{ text: `${hostile(0)}.`, sources: [{ document: a, sentence: 0 }, { document: b, sentence: 0 }] }],
        entities: [{ name: hostile(1), type: 'person', variants: [hostile(2)], mentions: 2, documents: [a] }],
        quotes: [{ speaker: hostile(3), text: hostile(4), mode: 'verbatim', documents: [a] }],
        timeline: [{ date: hostile(5), resolved: false, text: hostile(6), documents: [a] }],
        disagreements: [{ topic: hostile(0), sides: [{ value: hostile(1), documents: [a], outlets: [hostile(2)] }, { value: '12', documents: [b], outlets: ['x'] }] }],
        status: 'new',
        created: 1,
        updated: 1,
        outlets: [hostile(3), hostile(0)],
        outletCount: 2,
        independentReports: 1,
        summaryWords: 4,
      },
    ],
  };
  return { digest, sources };
}
