/** What the probe tests read of one text: the verbatim quotes' speakers, the mentions of one type as written, and the dates as `text=date`. */
import { findDates, findEntities, findQuotes } from '../../src/analyze/index.js';
import type { EntityType } from '../../src/core/index.js';

export const speakers = (text: string): (string | null)[] => findQuotes(text).filter((q) => q.mode === 'verbatim').map((q) => q.speaker);

const mentions = (type: EntityType) => (text: string): string[] => findEntities(text).filter((m) => m.type === type).map((m) => text.slice(m.start, m.end));
export const persons = mentions('person');
export const organizations = mentions('organization');
export const places = mentions('place');
export const dates = (text: string, published: string): string[] => findDates(text, published).map((d) => `${d.text}=${d.date}`);
