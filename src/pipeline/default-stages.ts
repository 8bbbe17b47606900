import type { DocumentId } from '../core/index.js';
import { analyzeStory, type AnalyzeOptions } from '../analyze/index.js';
import { createClusterer, type ClusterOptions } from '../cluster/index.js';
import { createDeduper, fingerprint, type DedupOptions } from '../dedup/index.js';
import { furnitureGroup, furnitureKeys, ingestPaths, learnOutletFurniture, type IngestOptions } from '../ingest/index.js';
import { summarize, type SummaryOptions } from '../summarize/index.js';
import { keyTerms, sentences } from '../text/index.js';
import { codeVersion } from './code-version.js';
import type { DigestStages } from './stages.js';

const folder = (name: string): URL => new URL(`../${name}/`, import.meta.url);

/** Options passed through to the real stages; each stage documents its own defaults. */
export interface StageOptions {
  readonly ingest?: IngestOptions;
  readonly dedup?: Partial<DedupOptions>;
  readonly cluster?: Partial<ClusterOptions>;
  readonly summary?: Omit<SummaryOptions, 'words'>;
  readonly analyze?: AnalyzeOptions;
}

/** The real stages of khulasa, wired into the shape the pipeline calls. */
export function defaultStages(options: StageOptions = {}): DigestStages {
  return {
    ingest: (paths) => ingestPaths(paths, options.ingest),
    learnFurniture: (docs, prior) => learnOutletFurniture(docs, {}, prior),
    furnitureGroup,
    furnitureKeys: (doc) => furnitureKeys(doc),
    createDeduper() {
      const deduper = createDeduper(options.dedup);
      return {
        add: (d, fp) => deduper.add({ id: d.id, text: d.text, contentHash: d.contentHash, outlet: d.outlet, agency: d.agency, ...(fp ? { fingerprint: fp } : {}) }),
      };
    },
    dedupFingerprint: (text) => fingerprint(text, options.dedup),
    clusterTerms: (text) => keyTerms(text),
    createClusterer(runLabel) {
      const clusterer = createClusterer(options.cluster);
      return {
        // With `terms` given the clusterer never reads `text`.
        add: (d) => void clusterer.add({ id: d.id, text: '', title: d.title, published: d.published, terms: d.terms }, runLabel),
        stories: () => clusterer.stories().map((s) => ({ id: s.id, documents: s.documents as readonly DocumentId[] })),
      };
    },
    summarize: (docs, words) => summarize(docs, { ...options.summary, words }).sentences,
    analyze: (docs) => analyzeStory(docs, options.analyze),
    sentences,
    versions: {
      summary: `${codeVersion([folder('summarize'), folder('text'), folder('core')])}:${JSON.stringify(options.summary ?? {})}`,
      analysis: `${codeVersion([folder('analyze'), folder('text'), folder('core')])}:${JSON.stringify(options.analyze ?? {})}`,
    },
  };
}
