/**
 * The files of a content collection, as the content store lists them: the `.md` files under
 * `<content>/<collection>/`, subfolders included.
 *
 * The rule: content is regular files. A symbolic link is followed only when it resolves inside the
 * project (or the content folder); a link that dangles, loops or leads outside, and a FIFO or a
 * device named like a story, is an error of its own, so that nothing outside the project is
 * published and nothing that never ends is read. Files Dateline would skip in silence (`x.MD`,
 * `x.markdown`, hidden files) are named in a warning.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../lib/lint/lint-content';
import { isInside, realOrSelf } from './real-paths.ts';

/** The content folder as the editor types it, for messages and fixes: `content`, not `./content/`. */
export function contentFolderName(dir: string): string {
  return dir.replace(/^\.\/|\/$/g, '');
}

/** The content folder as content files' paths are written: relative to the project (`content`, `../elsewhere`). */
export function folderInProject(root: string, dir: string): string {
  return relative(root, resolve(root, dir)) || '.';
}

export interface CollectionListing {
  /** Paths relative to `<dir>/<collection>/`, sorted, with `/` between folders. */
  readonly files: string[];
  /** What is in the folder but cannot be read as content, or is skipped: one line each. */
  readonly problems: Diagnostic[];
}

/** Names an editor may mean as Markdown that Dateline does not read. */
const MARKDOWN_LIKE = /\.(?:md|markdown|mdown|mkdn|mkd|mdx)$/i;

export interface ListingOptions {
  /** The project's folder: links may resolve anywhere inside it. Paths in messages are relative to it. */
  readonly root?: string;
}

/** A missing folder is an empty collection. */
export function listCollection(dir: string, collection: string, { root = process.cwd() }: ListingOptions = {}): CollectionListing {
  const base = resolve(root, dir, collection);
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  if (!lstatSync(base, { throwIfNoEntry: false })) return { files, problems };
  const allowed = [realOrSelf(root), realOrSelf(resolve(root, dir))];
  const shown = (path: string) => relative(root, path) || path;
  const problem = (severity: Diagnostic['severity'], path: string, message: string, fix: string) =>
    problems.push({ severity, file: shown(path), message, fix });

  const regularFile = (name: string, path: string, rel: string) => {
    if (name.endsWith('.md')) files.push(rel);
    else if (MARKDOWN_LIKE.test(name)) problem('warning', path, 'this file is not read: content files end in .md (lowercase)', `rename it to ${name.replace(MARKDOWN_LIKE, '.md')}`);
  };
  const walk = (folder: string, prefix: string, realFolder: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      problem('error', folder, `the folder cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'check its permissions, or remove it');
      return;
    }
    for (const entry of entries) {
      const { name } = entry;
      // `folder` is absolute and normalised, and a name from the listing holds no separator.
      const path = `${folder}${sep}${name}`;
      const rel = prefix + name;
      if (name.startsWith('.')) {
        problem('warning', path, 'this hidden file or folder is not read', `rename it without the leading dot if it is content, or delete it`);
        continue;
      }
      // A story file, the common case, is known from the listing itself; anything else is looked at.
      if (entry.isFile()) {
        regularFile(name, path, rel);
        continue;
      }
      const link = lstatSync(path, { throwIfNoEntry: false });
      if (!link) continue;
      let stat: Stats = link;
      let real = path;
      if (link.isSymbolicLink()) {
        const target = resolved(path);
        if ('error' in target) {
          problem('error', path, target.error, 'remove the link, or make it point at a file inside the project');
          continue;
        }
        real = target.real;
        if (!isInside(real, ...allowed)) {
          problem('error', path, `this is a symbolic link to ${real}, outside the project`, 'copy the file into the content folder instead of linking to it');
          continue;
        }
        stat = statSync(real);
      }
      if (stat.isDirectory()) {
        const inner = link.isSymbolicLink() ? real : join(realFolder, name);
        if (isInside(realFolder, inner)) {
          problem('error', path, `this symbolic link makes a loop: it leads back to ${shown(inner)}, a folder that holds it`, 'remove the link');
        } else if (MARKDOWN_LIKE.test(name)) {
          problem('error', path, 'this is a folder, not a content file, although its name ends in .md', 'rename the folder without the .md ending');
        } else {
          walk(path, `${rel}/`, inner);
        }
      } else if (!stat.isFile()) {
        if (MARKDOWN_LIKE.test(name)) problem('error', path, `this is ${specialKind(stat)}, not a regular file`, 'remove it: content files are plain text files');
      } else {
        regularFile(name, path, rel);
      }
    }
  };
  walk(base, '', realOrSelf(base));
  return { files: files.sort(), problems };
}

/** Markdown files at the top of the content folder, which no collection reads. */
export function strayContentFiles(dir: string, collections: readonly string[], { root = process.cwd() }: ListingOptions = {}): Diagnostic[] {
  const folder = resolve(root, dir);
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => MARKDOWN_LIKE.test(name) && !name.startsWith('.') && lstatSync(join(folder, name)).isFile())
    .map((name) => ({
      severity: 'warning' as const,
      file: relative(root, join(folder, name)),
      message: `this file is not read: content files belong in the ${collections.map((c) => `${c}/`).join(', ')} folders of ${contentFolderName(dir)}/`,
      fix: 'move it into the folder of its kind',
    }));
}

function resolved(path: string): { real: string } | { error: string } {
  try {
    return { real: realpathSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { error: 'this symbolic link makes a loop: following it never reaches a file' };
    if (code === 'ENOENT') return { error: `this is a symbolic link to ${readlinkSafe(path)}, which does not exist` };
    return { error: `this symbolic link cannot be followed (${code ?? 'error'})` };
  }
}

function readlinkSafe(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return 'nothing';
  }
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}
