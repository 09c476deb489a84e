/**
 * Reads a content folder from disk, for tools that run outside Astro (the editor's commands and
 * the tests), with the same frontmatter parser and schemas as the build.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseContentFile, type CollectionName, type ParsedContentFile } from '../lib/lint/content-file';
import { formatDiagnostic, lintContent, sortDiagnostics, type Diagnostic, type FileImage } from '../lib/lint/lint-content';
import { checkImageFiles } from './image-files';
import type { ContentInput, Entry } from '../lib/model';
import { actorSchema } from '../schemas/actor';
import { articleSchema } from '../schemas/article';
import { locationSchema } from '../schemas/location';
import { folderInProject, listCollection, strayContentFiles } from './content-listing';

export const COLLECTIONS: readonly CollectionName[] = ['articles', 'actors', 'locations'];

/** Larger than any wire story; a bigger file is a mistake (a pasted archive, a binary). */
export const MAX_FILE_BYTES = 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or why it cannot be content. */
export function readText(path: string): { source: string; unreadable?: { message: string; fix: string } } {
  const stat = statSync(path);
  // The listing leaves such files out; one swapped in since would never finish reading.
  if (!stat.isFile()) return { source: '', unreadable: { message: 'the path is not a regular file', fix: 'replace it with a plain text file' } };
  const size = stat.size;
  if (size > MAX_FILE_BYTES) {
    return {
      source: '',
      unreadable: {
        message: `the file is ${(size / 1024 / 1024).toFixed(1)} MiB, over the 1 MiB limit for content files`,
        fix: 'split it, or move large material out of content/',
      },
    };
  }
  try {
    return { source: UTF8.decode(readFileSync(path)) };
  } catch {
    return { source: '', unreadable: { message: 'the file is not UTF-8 text', fix: 'save it as UTF-8 in your editor' } };
  }
}

/**
 * What is in the content folder: the `.md` files of each collection, and what the listing could
 * not read or skipped (links outside the project, pipes, `x.MD`…), as the store lists them.
 */
export function listContentFolder(dir: string, root = process.cwd()) {
  const listings = COLLECTIONS.map((collection) => ({ collection, ...listCollection(dir, collection, { root }) }));
  return {
    collections: listings.map(({ collection, files }) => ({ collection, files })),
    problems: [...listings.flatMap((listing) => listing.problems), ...strayContentFiles(dir, COLLECTIONS, { root })],
  };
}

/** Every `.md` file of the three collections (subfolders included), parsed but not validated. */
export function readContentFolder(dir: string, root = process.cwd()): ParsedContentFile[] {
  return parseListed(dir, root, listContentFolder(dir, root).collections);
}

function parseListed(dir: string, root: string, collections: ReturnType<typeof listContentFolder>['collections']): ParsedContentFile[] {
  return collections.flatMap(({ collection, files }) => {
    const base = resolve(root, dir, collection);
    return files.map((file) =>
      parseContentFile({
        collection,
        id: basename(file, extname(file)),
        filePath: relative(root, join(base, file)),
        ...readText(join(base, file)),
      }),
    );
  });
}

/**
 * Reads and lints a content folder, as `npm run check` and `npm run build` do.
 * @param warnings also compute the editorial warnings (the build only needs errors)
 */
export function lintContentFolder(dir: string, { warnings = true } = {}): { files: ParsedContentFile[]; diagnostics: Diagnostic[] } {
  const root = process.cwd();
  const { collections, problems } = listContentFolder(dir, root);
  const files = parseListed(dir, root, collections);
  // As the files' paths are written: relative to the project, so that a picture's path compares.
  const contentDir = folderInProject(root, dir);
  const listed = warnings ? problems : problems.filter((problem) => problem.severity === 'error');
  const imageProblems = (file: ParsedContentFile, images: readonly FileImage[]) => checkImageFiles(file.filePath, images, root, dir).diagnostics;
  return { files, diagnostics: sortDiagnostics([...listed, ...lintContent(files, { contentDir, warnings, imageProblems })]) };
}

export interface LoadedEntry<T> extends Entry<T> {
  readonly filePath: string;
  readonly body: string;
}

/**
 * Loads and validates `articles/`, `actors/` and `locations/` under `dir`.
 * @throws {Error} listing every content error, as `npm run check` prints them.
 */
export function loadContentFolder(dir: string, root = process.cwd()) {
  const { collections, problems } = listContentFolder(dir, root);
  const files = parseListed(dir, root, collections);
  const errors = [...problems, ...lintContent(files, { contentDir: folderInProject(root, dir), warnings: false })].filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`invalid content in ${dir}:\n${errors.map(formatDiagnostic).join('\n')}`);
  const entries = <T>(collection: CollectionName, schema: { parse(data: unknown): T }): LoadedEntry<T>[] =>
    files
      .filter((file) => file.collection === collection)
      .map((file) => ({ id: file.id, filePath: file.filePath, data: schema.parse(file.data), body: file.body }));
  return {
    articles: entries('articles', articleSchema),
    actors: entries('actors', actorSchema),
    locations: entries('locations', locationSchema),
  } satisfies ContentInput;
}
