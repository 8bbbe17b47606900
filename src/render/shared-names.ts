/**
 * Names that recur across the digest's stories (a minister in a budget vote and in a strike, a city
 * in a flood and in an election): the digest's index of who and what is in the news today, each
 * name with the stories it is in. Within a story the analyzer has already merged a name's variants;
 * across stories a name is matched by the key form of its shown name or of a variant (for a person,
 * only variants of two words or more: a surname alone may be two people).
 */
import type { DigestStory, EntityType } from '../core/index.js';
import { key } from '../text/index.js';

export interface SharedName {
  readonly type: EntityType;
  /** The name as the story where it is mentioned most shows it. */
  readonly name: string;
  /** Positions in the digest's story order (0-based), ascending. */
  readonly stories: readonly number[];
  /** Mentions over all those stories. */
  readonly mentions: number;
}

/** Names found in at least `minStories` stories, by type; most stories first, then most mentions, then name. */
export function sharedNames(stories: readonly DigestStory[], minStories = 2): SharedName[] {
  const groupOf = new Map<string, number>();
  const groups: { type: EntityType; best: { name: string; mentions: number }; stories: Set<number>; mentions: number }[] = [];
  stories.forEach((story, at) => {
    for (const entity of story.entities) {
      const keys = [entity.name, ...entity.variants.filter((v) => entity.type !== 'person' || v.trim().split(/\s+/).length >= 2)].map((n) => `${entity.type}:${key(n)}`);
      const known = keys.map((k) => groupOf.get(k)).find((g) => g !== undefined);
      const g = known ?? groups.push({ type: entity.type, best: { name: entity.name, mentions: 0 }, stories: new Set(), mentions: 0 }) - 1;
      for (const k of keys) if (!groupOf.has(k)) groupOf.set(k, g);
      const group = groups[g]!;
      group.stories.add(at);
      group.mentions += entity.mentions;
      if (entity.mentions > group.best.mentions) group.best = { name: entity.name, mentions: entity.mentions };
    }
  });
  return groups
    .filter((g) => g.stories.size >= minStories)
    .map((g) => ({ type: g.type, name: g.best.name, stories: [...g.stories].sort((a, b) => a - b), mentions: g.mentions }))
    .sort((a, b) => b.stories.length - a.stories.length || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
