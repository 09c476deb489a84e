/**
 * The files of a content collection, as the build's glob loader sees them (`**\/*.md` under
 * `<content>/<collection>/`). Kept free of the schemas so that scripts/build.ts starts fast.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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
