import { createHash } from 'node:crypto';
import { documentId, type DocumentId } from '../core/index.js';

const sha = (...parts: readonly string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex');

/** A rejected input has no content hash: it is keyed by its path and what made it fail (or its bytes' hash). */
export const rejectedKey = (path: string, evidence: string): string => `rejected:${sha(path, evidence)}`;
export const rejectedId = (key: string): DocumentId => documentId(`r-${sha(key).slice(0, 16)}`);

/** The same clean article found again at another path. */
export const copyKey = (contentHash: string, path: string): string => `${contentHash}@${path}`;
export const copyId = (original: DocumentId, path: string): DocumentId => documentId(`${original}-${sha(path).slice(0, 8)}`);

/** Fingerprint of the members a story output was computed from. */
export const membershipHash = (ids: readonly string[], ...settings: readonly string[]): string => sha(...ids, '|', ...settings).slice(0, 32);

/**
 * What a stored output is keyed by: its members' fingerprint, then the version of the code that made
 * it. A different key means the output is stale; `sameMembers` asks only about the members.
 */
export const outputKey = (members: string, version: string): string => (version === '' ? members : `${members}@${sha(version).slice(0, 16)}`);
export const sameMembers = (key: string, members: string): boolean => key === members || key.startsWith(`${members}@`);
