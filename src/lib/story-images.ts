/**
 * The pictures a story's Markdown shows (`![alt](photo.jpg)`, `![alt][ref]`), and where each may
 * come from. A picture beside the story in the content folder is published with the site under
 * `media/`; one in `public/` is written as a site path (`/photos/map.png`). Anything else is an
 * error on its line: a path that leaves the content folder (no file from elsewhere on the disk is
 * ever published), a file that is not a picture, an SVG from content (it can carry scripts), and
 * a picture on another site, which the pages' Content Security Policy (`img-src 'self'`) blocks
 * and which would tell that site who reads the story.
 */
import type { Definition, Image, ImageReference, Nodes, Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { posix } from 'node:path';

/** What browsers show in `<img>`; SVG only from public/, which holds the site's own files. */
const PICTURE = /\.(?:avif|gif|jpe?g|png|webp)$/i;
const PUBLIC_PICTURE = /\.(?:avif|gif|jpe?g|png|svg|webp)$/i;

export type ImageSource =
  /** In the content folder: `file` relative to the project, published as `published` (under `media/`). */
  | { readonly kind: 'content'; readonly file: string; readonly published: string }
  /** In `public/`: `file` relative to the project, served at the site path `published`. */
  | { readonly kind: 'public'; readonly file: string; readonly published: string };

export interface ImageProblem {
  readonly message: string;
  readonly fix: string;
}

/** A picture the text shows, with the line (from 1, in the body) of the Markdown that names it. */
export interface ImageMention {
  readonly url: string;
  readonly line: number;
}

/** Every picture in a Markdown text: inline images, and the definitions that reference images use. */
export function findImages(markdown: string): ImageMention[] {
  if (!markdown.includes('![')) return [];
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const found: ImageMention[] = [];
  forEachImage(tree, (node) => found.push({ url: node.url, line: node.position?.start.line ?? 1 }));
  return found;
}

/** Calls `use` with every node that holds a picture's address, so that a plugin can rewrite it. */
export function forEachImage(tree: Root, use: (node: Image | Definition) => void): void {
  const definition = definitions(tree);
  const seen = new Set<Definition>();
  visit(tree as Nodes, (node) => {
    if (node.type === 'image') use(node);
    else if (node.type === 'imageReference') {
      const target = definition((node as ImageReference).identifier);
      if (target && !seen.has(target)) {
        seen.add(target);
        use(target);
      }
    }
  });
}

/**
 * Where the picture at `url`, named in the file `story` (relative to the project), comes from.
 * @param contentDir the content folder, relative to the project (`content`)
 */
export function imageSource(url: string, story: string, contentDir: string): ImageSource | { problem: ImageProblem } {
  const where = 'put the picture in the content folder beside the story (or in public/) and give its path';
  if (URL.canParse(url)) {
    const { protocol } = new URL(url);
    if (protocol === 'https:' || protocol === 'http:') {
      return { problem: { message: `the picture "${url}" is on another site, which the pages' security policy blocks`, fix: `save a copy (with the right to publish it) in the content folder beside the story and give its path` } };
    }
    return { problem: { message: `the picture "${url}" is a ${protocol} address, which a page cannot show`, fix: where } };
  }
  if (url.startsWith('//')) return { problem: { message: `the picture "${url}" is on another site, which the pages' security policy blocks`, fix: where } };
  let path: string;
  try {
    path = decodeURI(url.replace(/[?#].*$/, ''));
  } catch {
    return { problem: { message: `the picture's path "${url}" has a broken %-escape`, fix: 'write the file name as it is' } };
  }
  if (url.startsWith('/')) {
    const file = posix.normalize(`public/${path}`);
    if (!file.startsWith('public/')) return { problem: { message: `the picture "${url}" is outside public/`, fix: where } };
    if (!PUBLIC_PICTURE.test(file)) return { problem: notAPicture(url) };
    return { kind: 'public', file, published: file.slice('public/'.length) };
  }
  const folder = posix.normalize(contentDir.replace(/\\/g, '/')).replace(/\/$/, '');
  const file = posix.normalize(posix.join(posix.dirname(story.replace(/\\/g, '/')), path));
  if (!file.startsWith(`${folder}/`)) return { problem: { message: `the picture "${url}" is outside ${folder}/ (it would be ${file})`, fix: where } };
  if (/\.svg$/i.test(file)) return { problem: { message: `the picture "${url}" is an SVG, which can carry scripts`, fix: 'save it as PNG or WebP, or put the SVG in public/ if it is the site’s own' } };
  if (!PICTURE.test(file)) return { problem: notAPicture(url) };
  return { kind: 'content', file, published: `media/${file.slice(folder.length + 1)}` };
}

/** Whether a file of the content folder may be shown as a picture (by its name). */
export function isPictureFile(path: string): boolean {
  return PICTURE.test(path);
}

function notAPicture(url: string): ImageProblem {
  return { message: `"${url}" is not a picture (the page would show a broken image)`, fix: 'link to it with [text](path) instead, or give a .jpg, .png, .webp, .avif or .gif file' };
}
