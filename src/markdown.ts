/**
 * How a story's Markdown becomes HTML: Astro's unified (remark/rehype) processor with Dateline's
 * plugins, so that every story is read by them — dates in the text become <time> elements, and the
 * first mention of each actor and place links to its page. The content store (src/store/) renders
 * every body with this one definition, for the build and the dev server alike.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { mentionTargetsDigest, type MentionKind, type MentionTargets } from './lib/mentions';
import { rehypeRawIfPresent } from './remark/rehype-raw-if-present';
import { rehypeFootnoteIds, rehypeHeadingIds } from './remark/rehype-story-ids';
import { remarkMentions } from './remark/remark-mentions';
import { remarkNewsDates } from './remark/remark-news-dates';
import { remarkParagraphs } from './remark/remark-paragraphs';
import { remarkStoryImages, type StoryImagesOptions } from './remark/remark-story-images';
import { storySanitizeSchema } from './remark/sanitize-schema';

export interface StoryMarkdownOptions {
  /** Every actor and place a story can name. */
  readonly mentionTargets: MentionTargets;
  /** The page a mention links to. */
  readonly href: (kind: MentionKind, id: string) => string;
  /** Where a picture the story shows is published (src/remark/remark-story-images.ts). */
  readonly imageSrc?: StoryImagesOptions['src'];
}

/** The Markdown settings for stories. */
export function storyMarkdown({ mentionTargets, href, imageSrc = () => undefined }: StoryMarkdownOptions) {
  return {
    // Wire stories have no code to highlight, and Shiki's inline styles would defeat the CSP.
    syntaxHighlight: false as const,
    processor: unified({
        remarkPlugins: [
          [remarkStoryImages, { src: imageSrc }],
          remarkParagraphs,
          remarkNewsDates,
          [remarkMentions, { targets: () => mentionTargets, cacheKey: mentionTargetsDigest(mentionTargets), href }],
        ],
        // Stories come from outside: parse their raw HTML here, then keep only what a news story
        // needs, with ids that cannot clash with the page's (src/remark/rehype-story-ids.ts).
        rehypePlugins: [rehypeFootnoteIds, rehypeRawIfPresent, [rehypeSanitize, storySanitizeSchema], rehypeHeadingIds],
      }),
  };
}
