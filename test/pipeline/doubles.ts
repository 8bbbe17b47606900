/**
 * Small stand-ins for the stages, so the pipeline's bookkeeping (idempotence, incremental updates,
 * statuses) is tested on its own. Input files: line 1 outlet, line 2 title, then paragraphs; a file
 * starting with `BINARY` is rejected.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument, documentId, storyId, type CleanDocument, type DocumentId, type StoryId } from '../../src/core/index.js';
import type { FurniturePrior } from '../../src/core/index.js';
import type { DigestStages, StagedOutcome } from '../../src/pipeline/index.js';
import { sentences } from '../../src/text/index.js';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => listFiles(join(path, f)));
}

export function readDouble(path: string): StagedOutcome {
  const raw = readFileSync(path, 'utf8');
  if (raw.startsWith('BINARY')) return { kind: 'rejected', path, code: 'binary', detail: 'test double: binary marker', bytesHash: sha(raw) };
  const [outlet = '', title = '', ...body] = raw.split('\n').map((l) => l.trim());
  const paragraphs = body.filter((l) => l.length > 0);
  const hash = sha(paragraphs.join('\n').replace(/\s+/g, ' '));
  const document = cleanDocument({ id: documentId(`d-${hash.slice(0, 12)}`), path, title, outlet, paragraphs, contentHash: hash });
  return { kind: 'ok', path, document, raw };
}

/** The double's furniture lines: paragraphs shorter than 40 characters. */
const shortLines = (d: Pick<CleanDocument, 'paragraphs'>): string[] => [...new Set(d.paragraphs.filter((p) => p.length < 40))];

/**
 * Like the real pass: a short paragraph found in two or more documents of one outlet is that outlet's
 * furniture. `prior` holds the counts of documents learned before (the double's line keys are the lines).
 */
function learnRepeatedLines(docs: readonly CleanDocument[], prior: FurniturePrior = new Map()): CleanDocument[] {
  const counts = new Map<string, number>();
  for (const d of docs) for (const p of shortLines(d)) counts.set(`${d.outlet}|${p}`, (counts.get(`${d.outlet}|${p}`) ?? 0) + 1);
  const seen = (d: CleanDocument, p: string): number => (counts.get(`${d.outlet}|${p}`) ?? 0) + (prior.get(d.outlet ?? '')?.lines.get(p) ?? 0);
  return docs.map((d) => {
    const furniture = d.paragraphs.filter((p) => p.length < 40 && seen(d, p) >= 2);
    if (furniture.length === 0) return d;
    const paragraphs = d.paragraphs.filter((p) => !furniture.includes(p));
    const text = paragraphs.join('\n');
    const hash = sha(text.replace(/\s+/g, ' '));
    return {
      ...d,
      paragraphs,
      text,
      contentHash: hash,
      id: documentId(`d-${hash.slice(0, 12)}`),
      removed: [...d.removed, ...furniture.map((t) => ({ text: t, reason: 'outlet-furniture' as const }))],
    };
  });
}

/** The stages without furniture counts: the furniture context is read as stored documents, as before the store kept counts. */
export function withoutFurnitureCounts<T extends DigestStages>(stages: T): T {
  const { furnitureKeys: _keys, ...rest } = stages;
  return rest as T;
}

const wordSet = (text: string): Set<string> => new Set(text.split(/\s+/).filter(Boolean));
/** The double's fingerprint: its words as 32-bit hashes, so a replay from stored fingerprints decides as one from the text. */
const wordHashes = (text: string): Set<string> => new Set([...wordSet(text)].map((w) => String(parseInt(sha(w).slice(0, 8), 16))));

export interface Calls {
  summarize: string[][];
  analyze: number;
  dedupAdds: number;
  clusterTerms: number;
  fingerprints: number;
}

export function doubleStages(calls: Calls = { summarize: [], analyze: 0, dedupAdds: 0, clusterTerms: 0, fingerprints: 0 }, failAfter = Infinity): DigestStages & { calls: Calls } {
  return {
    calls,
    async *ingest(paths) {
      for (const p of paths) for (const f of listFiles(p)) yield readDouble(f);
    },
    learnFurniture: learnRepeatedLines,
    furnitureGroup: (d) => d.outlet,
    furnitureKeys: (d) => (d.outlet === null ? null : { group: d.outlet, lines: shortLines(d) }),
    createDeduper() {
      const seen: { id: DocumentId; words: Set<string> }[] = [];
      return {
        add(doc, fp) {
          if (++calls.dedupAdds > failAfter) throw new Error('simulated crash');
          const words = fp ? new Set([...fp.signature].map(String)) : wordHashes(doc.text);
          for (const s of seen) {
            const inter = [...words].filter((w) => s.words.has(w)).length;
            const sim = inter / (words.size + s.words.size - inter);
            if (sim >= 0.8) return { kind: 'near', document: doc.id, original: s.id, similarity: sim };
          }
          seen.push({ id: doc.id, words });
          return null;
        },
      };
    },
    dedupFingerprint(text) {
      calls.fingerprints++;
      const hashes = [...wordHashes(text)].map(Number);
      return { shingles: hashes.length, signature: Uint32Array.from(hashes) };
    },
    clusterTerms(text) {
      calls.clusterTerms++;
      return text.split(/\s+/).filter(Boolean);
    },
    createClusterer() {
      const byKey = new Map<string, { id: StoryId; documents: DocumentId[] }>();
      return {
        add(d) {
          // The first title word, else the first term: documents without a title are grouped by their text.
          const k = (d.title ?? '').split(' ')[0] || (d.terms[0] ?? '');
          const s = byKey.get(k) ?? { id: storyId(`s-${d.id}`), documents: [] };
          s.documents.push(d.id);
          byKey.set(k, s);
        },
        stories: () => [...byKey.values()],
      };
    },
    summarize(docs, words) {
      calls.summarize.push(docs.map((d) => d.id));
      const out = [];
      let used = 0;
      for (const d of docs) {
        const s = sentences(d.text)[0];
        if (!s) continue;
        const n = s.text.split(/\s+/).length;
        if (used + n > words) break;
        used += n;
        out.push({ text: s.text, sources: [{ document: d.id, sentence: s.index }] });
      }
      return out;
    },
    analyze(docs) {
      calls.analyze++;
      return {
        entities: [{ name: docs[0]?.outlet ?? '', type: 'organization', variants: [], mentions: 1, documents: docs.map((d) => d.id) }],
        quotes: [],
        timeline: [],
        disagreements: [],
      };
    },
    sentences,
  };
}

/** Three stories (by the first word of the title), one near copy, one rejected input. */
export const PILE: Readonly<Record<string, string>> = {
  'a1.txt': 'صحيفة الغد\nفيضانات في الجنوب\nغمرت السيول عدة قرى في الجنوب صباح السبت بعد أمطار غزيرة.\nوقال مسؤول محلي إن فرق الإنقاذ أجلت عشرات الأسر.\nتابعونا على مواقع التواصل.',
  'a2.txt': 'وكالة الشرق\nفيضانات تجتاح قرى الجنوب\nأعلنت السلطات حالة الطوارئ في ثلاث محافظات بعد السيول.\nوأكد الدفاع المدني أن المدارس ستغلق يومين.',
  'a3-copy.txt': 'موقع النهار\nفيضانات في الجنوب\nغمرت السيول عدة قرى في الجنوب صباح السبت بعد أمطار غزيرة.\nوقال مسؤول محلي إن فرق الإنقاذ أجلت عشرات الأسر.\nتابعونا.',
  'b1.txt': 'صحيفة الغد\nمؤتمر المياه يفتتح أعماله\nافتتح المؤتمر الإقليمي للمياه أعماله في الرباط بمشاركة عشرين دولة.\nتابعونا على مواقع التواصل.',
  'b2.txt': 'جريدة المساء\nمؤتمر المياه يختتم أعماله\nاختتم المؤتمر أعماله بإعلان يدعو إلى صندوق مشترك للأمن المائي.',
  'c1.txt': 'وكالة الشرق\nإضراب في الميناء\nدخل عمال الميناء في إضراب مفتوح للمطالبة بتحسين الأجور.',
  'bad.txt': 'BINARY\u0000\u0001',
};
