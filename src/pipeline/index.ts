export { runDigest, ingestToStore, DIGEST_DEFAULTS, type DigestOptions, type DigestResult } from './digest.js';
export { buildDigest, type DigestSettings } from './model.js';
export { parseSince } from './window.js';
export type { DigestStages, Deduper, ClusteredStory, ClusterDocument, StoryClusterer, StagedOutcome, OutputVersions } from './stages.js';
export type { ProgressEvent, ProgressListener, DigestPhase } from './progress.js';
export type { IngestCounts } from './ingest-to-store.js';
export { writeDigestFiles, DIGEST_FILES } from './write.js';
export { defaultStages, type StageOptions } from './default-stages.js';
