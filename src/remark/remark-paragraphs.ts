/**
 * Hands the plain text of each paragraph of a story to the content store, which finds the
 * quotations in them (src/lib/quotes/). It runs first, on the Markdown as written, and changes
 * nothing. Astro's Markdown renderer returns `file.data.astro.frontmatter` to its caller and no
 * other data of the file, so the paragraphs travel there, under a name no frontmatter field has.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

export const PARAGRAPHS = 'dateline:paragraphs';

export function remarkParagraphs() {
  return (tree: Root, file: VFile) => {
    const paragraphs: string[] = [];
    // A plain walk: unist-util-visit names a function for every node it passes, and this runs on
    // every story of a cold build.
    const walk = (node: Nodes) => {
      if (node.type === 'paragraph') paragraphs.push(toString(node, { includeHtml: false }));
      else if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(tree);
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {})[PARAGRAPHS] = paragraphs;
  };
}
