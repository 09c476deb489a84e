/**
 * Ids in a story's HTML (src/remark/rehype-story-ids.ts), through the story Markdown pipeline the
 * content store uses: footnote links find their notes, and no id of the story can be one of the
 * page's own.
 */
import { describe, expect, it } from 'vitest';
import { storyMarkdown } from '../../src/markdown';

async function render(markdown: string): Promise<string> {
  const { processor } = storyMarkdown({ mentionTargets: { actors: [], locations: [] } as never, href: () => '/' });
  const renderer = await processor.createRenderer({ syntaxHighlight: false } as never);
  return (await renderer.render(markdown, { frontmatter: {} } as never)).code;
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
const anchors = (html: string) => [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]!);
const references = (html: string) => [...html.matchAll(/\saria-(?:describedby|labelledby)="([^"]*)"/g)].map((m) => m[1]!);

describe('a story’s ids', () => {
  it('let every footnote link find its note, and every note its reference', async () => {
    const html = await render('The talks ended[^1], the envoys left[^note].\n\n[^1]: In Geneva.\n[^note]: On Friday.\n');
    expect(anchors(html)).toHaveLength(4);
    for (const target of [...anchors(html), ...references(html)]) expect(ids(html)).toContain(target);
    expect(html).not.toContain('user-content-user-content-');
  });

  it('never take an id the page uses: every one is prefixed, and headings are unique', async () => {
    const html = await render('# Main\n\n## Story timeline\n\nText.\n\n## Story timeline\n\n<p id="story-actors">raw</p>\n');
    expect(ids(html)).toEqual(['user-content-main', 'user-content-story-timeline', 'user-content-story-timeline-1', 'user-content-story-actors']);
  });
});
