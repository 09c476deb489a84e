/**
 * Fixture tests for the mention plugin: each folder in mentions/ holds `input.md` (a story body),
 * `output.html` (the expected HTML, written by hand) and optionally `options.json`:
 *
 *   frontmatter  what Astro would put in `file.data.astro.frontmatter`: an object, or the path of a
 *                Markdown file to take it from; absent = no frontmatter at all
 *   targets      `{ "actors": { id: [name, ...aliases] }, "locations": { ... } }`, or the path of a
 *                content folder to load; absent = the real `content/`
 */
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { MentionKind, MentionTarget, MentionTargets } from '../../src/lib/mentions';
import { createPaths } from '../../src/lib/paths';
import { loadContentFolder } from '../../src/node/content-files';
import { mentionTargetsOf } from '../../src/lib/mentions';

const loadMentionTargets = (dir: string) => {
  const { actors, locations } = loadContentFolder(dir);
  return mentionTargetsOf(actors, locations);
};
import { remarkMentions, type RemarkMentionsOptions } from '../../src/remark/remark-mentions';
import { readFixtures, renderMarkdown } from '../helpers/remark-fixtures';

interface FixtureOptions {
  frontmatter?: Record<string, unknown> | string;
  targets?: Record<'actors' | 'locations', Record<string, string[]>> | string;
}

const root = new URL('./mentions/', import.meta.url);
const paths = createPaths('/');
const href = (kind: MentionKind, id: string) => (kind === 'actor' ? paths.actor(id) : paths.location(id));

function targetsFrom(spec: FixtureOptions['targets']): MentionTargets {
  if (spec === undefined || typeof spec === 'string') return loadMentionTargets(spec ?? 'content');
  const byId = (kind: MentionKind, entries: Record<string, string[]>) =>
    new Map(Object.entries(entries).map(([id, names]): [string, MentionTarget] => [id, { id, kind, names }]));
  return { actors: byId('actor', spec.actors), locations: byId('location', spec.locations) };
}

function frontmatterFrom(spec: FixtureOptions['frontmatter']): Record<string, unknown> | undefined {
  return typeof spec === 'string' ? parseFrontmatter(readFileSync(spec, 'utf8')).frontmatter : spec;
}

const fixtures = readFixtures<FixtureOptions>(root);

describe('remarkMentions', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_, { input, expected, options }) => {
    const plugin: RemarkMentionsOptions = { targets: () => targetsFrom(options.targets), href };
    expect((await renderMarkdown(input, [[remarkMentions, plugin]], frontmatterFrom(options.frontmatter))).trimEnd()).toBe(expected);
  });

  it('loads the targets once, on the first story that lists any, even across processors', async () => {
    let loads = 0;
    const targets = () => (loads++, targetsFrom({ actors: { iran: ['Iran'] }, locations: {} }));
    const processor = () => unified().use(remarkParse).use(remarkMentions, { targets, href }).use(remarkRehype).use(rehypeStringify);
    const story = { astro: { frontmatter: { actors: ['iran'] } } };
    const first = processor();
    expect(loads).toBe(0);
    await first.process({ value: 'Iran', data: {} });
    expect(loads).toBe(0);
    expect(String(await first.process({ value: 'Iran', data: story }))).toBe('<p><a href="/actors/iran/" class="mention mention-actor">Iran</a></p>');
    await first.process({ value: 'Iran', data: story });
    await processor().process({ value: 'Iran', data: story });
    expect(loads).toBe(1);
  });

  it("works inside Astro's own Markdown pipeline (GFM, SmartyPants), given the raw frontmatter", async () => {
    const seed = parseFrontmatter(readFileSync('content/articles/2026-02-20-lavrov-araghchi-call.md', 'utf8'));
    const astro = await createMarkdownProcessor({
      syntaxHighlight: false,
      remarkPlugins: [[remarkMentions, { targets: () => loadMentionTargets('content'), href } satisfies RemarkMentionsOptions]],
    });
    const { code } = await astro.render(seed.content, { frontmatter: seed.frontmatter });
    expect(code).toContain('<a href="/actors/sergey-lavrov/" class="mention mention-actor">Sergey Lavrov</a> on Friday');
    expect(code).toContain('of <a href="/actors/donald-trump/" class="mention mention-actor">Trump</a>’s “red lines.”');
    expect(code.match(/class="mention mention-location"/g)).toHaveLength(7);
  });
});
