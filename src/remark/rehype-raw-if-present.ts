/**
 * rehype plugin: rehype-raw, only for stories that have raw HTML. rehype-raw re-parses the whole
 * tree through parse5 to fold raw HTML in, which for a plain Markdown story (a wire story almost
 * always is one) changes nothing and costs a fifth of its rendering.
 */
import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Whether the tree holds a `raw` node: HTML written in the Markdown, not yet parsed. */
export function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

export function rehypeRawIfPresent(options?: Options) {
  const raw = rehypeRaw(options);
  return (tree: Root, file: VFile): Root => (hasRawHtml(tree) ? raw(tree, file) : tree);
}
