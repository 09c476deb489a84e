/**
 * Where a path really is, once every symbolic link on the way is followed, and whether that lies
 * inside a folder: the content listing, the picture check and the dev server all refuse what
 * leads outside the project this way.
 */
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';

/** The real path, or the path itself (made absolute) when it does not exist. */
export function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Whether `path` is `folder` or lies within one of `folders` (real paths both). */
export function isInside(path: string, ...folders: readonly string[]): boolean {
  return folders.some((folder) => path === folder || path.startsWith(folder + sep));
}
