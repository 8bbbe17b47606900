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

const wordsOf = (name: string): string[] => key(name).split(/\s+/).filter(Boolean);

/** Compact key forms of a name (its key words) with and without its media word and article. */
function forms(words: readonly string[]): string[] {
  const out = [compact(words.join(' '))];
  if (words.length >= 2 && MEDIA_WORDS.has(words[0] as string)) out.push(compact(words.slice(1).join(' ')));
  return [...out, ...out.map((f) => f.replace(/^ال/, ''))].filter((f) => f.length >= 3);
}

/**
 * `صحيفة الفجر` for the outlet `صحيفة الفجر الجديد`: a media word and the outlet's next words, the
 * name cut short by the organization rules, still names the outlet.
 */
function leadingPart(words: readonly string[], outlet: readonly string[]): boolean {
  return words.length >= 2 && MEDIA_WORDS.has(words[0] as string) && words.length < outlet.length && words.every((w, i) => w === outlet[i]);
}

/** The entities minus organizations named like one of the outlets (outlet names as written in the documents). */
export function withoutOwnOutlets(entities: readonly StoryEntity[], outlets: readonly (string | null)[]): StoryEntity[] {
  const named = outlets.filter((o): o is string => o !== null && o.trim() !== '');
  const outletWords = named.map(wordsOf);
  const own = new Set(outletWords.flatMap(forms));
  if (own.size === 0) return [...entities];
  // Each name's key words once, whatever the number of outlets.
  const isOutlet = (n: string): boolean => {
    const words = wordsOf(n);
    return forms(words).some((f) => own.has(f)) || outletWords.some((w) => leadingPart(words, w));
  };
  return entities.filter((e) => e.type !== 'organization' || ![e.name, ...e.variants].some(isOutlet));
}
