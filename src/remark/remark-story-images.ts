/**
 * Gives each picture of a story the address it is published at (src/lib/story-images.ts): a
 * picture from the content folder is served from `media/`, one from public/ under the site's
 * base. It runs before Astro's own image collection, which then leaves these addresses alone.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { forEachImage } from '../lib/story-images';

export interface StoryImagesOptions {
  /** The published address of the picture `url` named in the file at `path`, or undefined to leave it. */
  readonly src: (url: string, path: string) => string | undefined;
}

export function remarkStoryImages({ src }: StoryImagesOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    forEachImage(tree, (node) => {
      const published = src(node.url, file.path);
      if (published !== undefined) node.url = published;
    });
  };
}
