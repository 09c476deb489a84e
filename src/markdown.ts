/**
 * How a story's Markdown becomes HTML: Astro's unified (remark/rehype) processor with Dateline's
 * plugins, so that every story is read by them — dates in the text become <time> elements, and the
 * first mention of each actor and place links to its page. The build (astro.config.ts), its
 * Markdown worker processes (src/node/markdown-workers.ts) and the dev server's fresh reads
 * (src/data/fresh-entries.ts) all render with this one definition.
 */
import { unified, type MarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { mentionTargetsDigest, type MentionKind, type MentionTargets } from './lib/mentions';
import { createPaths } from './lib/paths';
import { loadMentionTargets } from './node/mention-targets';
import { rehypeRawIfPresent } from './remark/rehype-raw-if-present';
import { remarkMentions } from './remark/remark-mentions';
import { remarkNewsDates } from './remark/remark-news-dates';
import { storySanitizeSchema } from './remark/sanitize-schema';

export interface StoryMarkdownOptions {
  /** Every actor and place a story can name. */
  readonly mentionTargets: MentionTargets;
  /** The page a mention links to. */
  readonly href: (kind: MentionKind, id: string) => string;
}

/** A site's settings: mentions of the actors and places in `contentDir` link to their pages under `base`. */
export function storyMarkdownOptions({ contentDir, base }: { contentDir: string; base: string }): StoryMarkdownOptions {
  const paths = createPaths(base);
  return {
    mentionTargets: loadMentionTargets(contentDir),
    href: (kind, id) => (kind === 'actor' ? paths.actor(id) : paths.location(id)),
  };
}

/** Astro's `markdown` settings for stories. */
export function storyMarkdown({ mentionTargets, href }: StoryMarkdownOptions) {
  return {
    // Wire stories have no code to highlight, and Shiki's inline styles would defeat the CSP.
    syntaxHighlight: false as const,
    processor: withoutFrontmatterCopy(
      unified({
        remarkPlugins: [
          remarkNewsDates,
          [remarkMentions, { targets: () => mentionTargets, cacheKey: mentionTargetsDigest(mentionTargets), href }],
        ],
        // Stories come from outside: parse their raw HTML here, then keep only what a news story needs.
        rehypePlugins: [rehypeRawIfPresent, [rehypeSanitize, storySanitizeSchema]],
      }),
    ),
  };
}

/**
 * `processor`, minus the copy of each story's frontmatter that Astro keeps beside its HTML for
 * plugins that change it (`remarkPluginFrontmatter`). Dateline's plugins only read it, and
 * without the copies a 5,000-story content store, which a build holds twice while it starts
 * rendering pages, is 34.1 MB instead of 37.5. Name and options stay, and with them Astro's cache key.
 */
function withoutFrontmatterCopy<T extends object>(processor: MarkdownProcessor<T>): MarkdownProcessor<T> {
  return {
    ...processor,
    async createRenderer(shared) {
      const renderer = await processor.createRenderer(shared);
      return {
        async render(content, options) {
          const result = await renderer.render(content, options);
          return { ...result, metadata: { ...result.metadata, frontmatter: {} } };
        },
      };
    },
  };
}
