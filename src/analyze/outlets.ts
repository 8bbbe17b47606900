/**
 * A story's own outlets are its sources, not its subject: an organization entity whose name is
 * the `outlet` of one of the story's documents (`صحيفة الضفتين` or `الضفتين`) is left out of the
 * story's entities. Decided from the documents' outlet field, never from a list of outlet names.
 */
import type { StoryEntity } from '../core/index.js';
import { key } from '../text/index.js';
import { compact } from './similarity.js';

/** Words that say what kind of outlet a name is (صحيفة الضفتين): the name is compared without them. */
const MEDIA_WORDS = new Set<string>(['صحيفة', 'جريدة', 'موقع', 'بوابة', 'قناة', 'وكالة', 'شبكة', 'إذاعة', 'مجلة', 'تلفزيون', 'فضائية', 'منصة'].map((w) => key(w)));

/** Compact key forms of a name with and without its media word and article. */
function forms(name: string): string[] {
  const words = key(name).split(/\s+/).filter(Boolean);
  const out = [compact(words.join(' '))];
  if (words.length >= 2 && MEDIA_WORDS.has(words[0] as string)) out.push(compact(words.slice(1).join(' ')));
  return [...out, ...out.map((f) => f.replace(/^ال/, ''))].filter((f) => f.length >= 3);
}

/**
 * `صحيفة الفجر` for the outlet `صحيفة الفجر الجديد`: a media word and the outlet's next words, the
 * name cut short by the organization rules, still names the outlet.
 */
function leadingPart(name: string, outlet: readonly string[]): boolean {
  const words = key(name).split(/\s+/).filter(Boolean);
  return words.length >= 2 && MEDIA_WORDS.has(words[0] as string) && words.length < outlet.length && words.every((w, i) => w === outlet[i]);
}

/** The entities minus organizations named like one of the outlets (outlet names as written in the documents). */
export function withoutOwnOutlets(entities: readonly StoryEntity[], outlets: readonly (string | null)[]): StoryEntity[] {
  const named = outlets.filter((o): o is string => o !== null && o.trim() !== '');
  const own = new Set(named.flatMap(forms));
  const outletWords = named.map((o) => key(o).split(/\s+/).filter(Boolean));
  if (own.size === 0) return [...entities];
  const isOutlet = (n: string): boolean => forms(n).some((f) => own.has(f)) || outletWords.some((w) => leadingPart(n, w));
  return entities.filter((e) => e.type !== 'organization' || ![e.name, ...e.variants].some(isOutlet));
}
