/**
 * `npm run bench -- furniture-counts`: what keeping furniture counts adds to storing a document. Stores
 * 5,000 small documents in a temporary SQLite file without counts, then with 8 line keys each over 10
 * groups, twice each way, and prints the CPU seconds of each pass.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentId } from '../src/core/index.js';
import { openSqliteStore, type NewDocument } from '../src/store/index.js';
import { cpuSecondsSince, fmt } from './measure.js';

const DOCUMENTS = 5000;
const TEXT = 'أعلنت الحكومة اليوم خطة جديدة للنقل.';

const document = (n: number, counted: boolean): NewDocument => ({
  id: documentId(`doc-${n}`),
  key: `hash-${n}`,
  source: `source-${n}`,
  path: `/in/a-${n}.txt`,
  status: 'ok',
  title: `عنوان ${n}`,
  outlet: 'صحيفة',
  dateline: null,
  agency: null,
  published: null,
  url: null,
  raw: null,
  text: TEXT,
  paragraphs: [TEXT],
  removed: [],
  contentHash: `hash-${n}`,
  reason: null,
  detail: null,
  duplicateOf: null,
  sentences: [],
  link: null,
  run: 1,
  // Two lines every member of the group shares, six of the document's own.
  ...(counted ? { furniture: { group: `g${n % 10}`, lines: Array.from({ length: 8 }, (_, k) => (k < 2 ? `shared-${k}` : `line-${n}-${k}`)) } } : { furniture: null }),
});

for (const counted of [false, true, false, true]) {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-furniture-bench-'));
  const store = openSqliteStore(join(dir, 'k.sqlite'));
  try {
    const start = process.cpuUsage();
    for (let n = 0; n < DOCUMENTS; n++) await store.addDocument(document(n, counted));
    console.log(`${DOCUMENTS} documents ${counted ? 'with furniture counts' : 'without counts'}: ${fmt(cpuSecondsSince(start), 2)} CPU s`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
