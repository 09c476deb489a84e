/**
 * Ids in a story's HTML that neither clash with the page around it nor break their own links.
 *
 * The sanitiser prefixes every id in the story with `user-content-` (so raw HTML cannot clobber
 * the page's globals or its ids). GFM footnotes arrive with that prefix already, in their ids and
 * in the links to them: `rehypeFootnoteIds` takes it off their ids before the sanitiser puts it
 * back, so `#user-content-fn-1` finds its note. Headings get their ids after the sanitiser, from
 * Astro, bare: `rehypeHeadingIds` gives each one first, prefixed and unique within the story, so a
 * story's "## Story timeline" cannot take the id of the page's own.
 */
import type { Element, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export const STORY_ID_PREFIX = 'user-content-';

/** Before raw HTML is parsed and sanitised: only the elements Markdown made are seen. */
export function rehypeFootnoteIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const { id } = node.properties;
      if (typeof id === 'string' && id.startsWith(STORY_ID_PREFIX) && (node.properties.dataFootnoteRef !== undefined || /^user-content-fn-/.test(id))) {
        node.properties.id = id.slice(STORY_ID_PREFIX.length);
      }
    });
  };
}

/** After the sanitiser. */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName) || typeof node.properties.id === 'string') return;
      node.properties.id = `${STORY_ID_PREFIX}${slugger.slug(toString(node)) || 'section'}`;
    });
  };
}
