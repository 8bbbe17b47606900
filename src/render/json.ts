import type { Digest } from '../core/index.js';

export const renderJson = (digest: Digest): string => `${JSON.stringify(digest, null, 2)}\n`;
