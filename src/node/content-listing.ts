/**
 * The files of a content collection, as the content store lists them (`**\/*.md` under
 * `<content>/<collection>/`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The content folder as the editor types it, for messages and fixes: `content`, not `./content/`. */
export function contentFolderName(dir: string): string {
  return dir.replace(/^\.\/|\/$/g, '');
}

/** Paths relative to `<dir>/<collection>/`, sorted; a missing folder is an empty collection. */
export function listCollectionFiles(dir: string, collection: string): string[] {
  try {
    return readdirSync(join(dir, collection), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .sort();
  } catch {
    return [];
  }
}
