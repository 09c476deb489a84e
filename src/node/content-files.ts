/**
 * Reads a content folder from disk, for tools that run outside Astro (the editor's commands and
 * the tests), with the same frontmatter parser and schemas as the build.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseContentFile, type CollectionName, type ParsedContentFile } from '../lib/lint/content-file';
import { formatDiagnostic, lintContent, type Diagnostic } from '../lib/lint/lint-content';
import type { ContentInput, Entry } from '../lib/model';
import { actorSchema } from '../schemas/actor';
import { articleSchema } from '../schemas/article';
import { locationSchema } from '../schemas/location';
import { contentFolderName, listCollectionFiles } from './content-listing';

export const COLLECTIONS: readonly CollectionName[] = ['articles', 'actors', 'locations'];

/** Larger than any wire story; a bigger file is a mistake (a pasted archive, a binary). */
export const MAX_FILE_BYTES = 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or why it cannot be content. */
export function readText(path: string): { source: string; unreadable?: { message: string; fix: string } } {
  const size = statSync(path).size;
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

/** Every `.md` file of the three collections (subfolders included), parsed but not validated. */
export function readContentFolder(dir: string, root = process.cwd()): ParsedContentFile[] {
  return COLLECTIONS.flatMap((collection) => {
    const base = join(dir, collection);
    return listCollectionFiles(dir, collection).map((file) =>
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
  const files = readContentFolder(dir);
  const contentDir = contentFolderName(dir);
  return { files, diagnostics: lintContent(files, { contentDir, warnings }) };
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
  const files = readContentFolder(dir, root);
  const errors = lintContent(files, { contentDir: dir, warnings: false }).filter((d) => d.severity === 'error');
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
