/**
 * Whether the pictures a content file shows are there: files in the project, read through no
 * link that leads outside it. Checked on every build, since a picture can go while its story stays.
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isInside, realOrSelf } from './real-paths';
import type { Diagnostic, FileImage } from '../lib/lint/lint-content';

export interface ImageCheck {
  readonly diagnostics: Diagnostic[];
  /** Each picture's path, size and time of change (what a build publishes of it), or undefined when it has a problem. */
  readonly stamps: (string | undefined)[];
}

/**
 * @param root the project: a picture may be a link only to a file inside it, or inside `contentDir`
 *   (which may lie elsewhere, given by DATELINE_CONTENT).
 */
export function checkImageFiles(story: string, images: readonly FileImage[], root: string, contentDir: string): ImageCheck {
  const diagnostics: Diagnostic[] = [];
  const stamps: (string | undefined)[] = [];
  const allowed = [realOrSelf(root), realOrSelf(resolve(root, contentDir))];
  for (const image of images) {
    const path = resolve(root, image.file);
    const stat = statSync(path, { throwIfNoEntry: false });
    const problem = (message: string, fix: string) => {
      diagnostics.push({ severity: 'error', file: story, line: image.line, message, fix });
      stamps.push(undefined);
    };
    if (!stat) problem(`the picture "${image.url}" does not exist (${image.file})`, `add the file, or correct the path${image.kind === 'content' ? ' (it is relative to the story)' : ' (it is a path in public/)'}`);
    else if (!stat.isFile()) problem(`the picture "${image.url}" is not a regular file`, 'give the path of a picture file');
    else if (!isInside(realpathSync(path), ...allowed)) problem(`the picture "${image.url}" is a link to a file outside the project`, 'copy the picture into the project');
    else stamps.push(`${image.file}\0${stat.size}:${stat.mtimeMs}`);
  }
  return { diagnostics, stamps };
}

