import { describe, expect, it } from 'vitest';
import { documentId, storyId, type Digest, type DigestStory, type StoryEntity } from '../../src/core/index.js';
import { renderHtml, renderMarkdown } from '../../src/render/index.js';
import { sharedNames } from '../../src/render/shared-names.js';
import { hostileDigest } from './hostile.js';

const d = documentId('d-1');
const entity = (name: string, type: StoryEntity['type'], mentions: number, variants: string[] = []): StoryEntity => ({ name, type, variants, mentions, documents: [d] });
const story = (id: string, entities: StoryEntity[]): DigestStory => ({ ...hostileDigest().digest.stories[0]!, id: storyId(id), entities });

const stories = [
  story('s-a', [entity('أشتون كارتر', 'person', 4, ['كارتر', 'اشتون كارتر']), entity('الرقة', 'place', 6), entity('الأمم المتحدة', 'organization', 1)]),
  story('s-b', [entity('آشتون كارتر', 'person', 2), entity('الرقة', 'place', 1), entity('جيمي كارتر', 'person', 3, ['كارتر'])]),
  story('s-c', [entity('الرقه', 'place', 2), entity('كارتر', 'person', 1), entity('الامم المتحدة', 'organization', 2)]),
];

describe('names found in several stories', () => {
  it('matches a name across stories by its key form, most stories first, with the stories in digest order', () => {
    expect(sharedNames(stories).map((x) => [x.type, x.name, x.stories, x.mentions])).toEqual([
      ['place', 'الرقة', [0, 1, 2], 9],
      ['person', 'أشتون كارتر', [0, 1], 6],
      ['organization', 'الامم المتحدة', [0, 2], 3],
    ]);
  });

  it('never joins two people through a surname alone', () => {
    const people = sharedNames(stories).filter((x) => x.type === 'person');
    expect(people.map((x) => x.name)).toEqual(['أشتون كارتر']);
    expect(sharedNames(stories, 1).filter((x) => x.type === 'person').map((x) => x.name).sort()).toEqual(['أشتون كارتر', 'جيمي كارتر', 'كارتر']);
  });

  it('heads digest.md and the page with them, the page linking each to its stories', () => {
    const base = hostileDigest();
    const digest: Digest = { ...base.digest, stories };
    const md = renderMarkdown(digest);
    expect(md).toContain('## أسماء في أكثر من قصة\n\n- أشخاص: أشتون كارتر (1، 2)\n- أماكن: الرقة (1، 2، 3)\n- منظمات وهيئات: الامم المتحدة (1، 3)\n');
    expect(md.indexOf('أسماء في أكثر من قصة')).toBeLessThan(md.indexOf('## 1.'));
    const html = renderHtml(digest, base.sources, { fontCss: null });
    expect(html).toMatch(/<section class="shared-names">.*الرقة <span class="meta">\(<a href="#story-s-a">1<\/a>، <a href="#story-s-b">2<\/a>، <a href="#story-s-c">3<\/a>\)<\/span>/s);
    expect(renderMarkdown({ ...digest, stories: stories.slice(0, 1) })).not.toContain('أسماء في أكثر من قصة');
  });
});
