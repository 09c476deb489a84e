/**
 * Writing the built site. A file is written under a temporary name and renamed into place, so a
 * reader (or a server) never sees half a file.
 */
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What this process is making under a temporary name (folders being built, files being written),
 * so that a build stopped by a signal leaves none of it behind (`discardUnfinished`).
 */
const unfinished = new Set<string>();

/** `path` is being made; `done()` once it is in place or gone. */
export function making(path: string): { done(): void } {
  unfinished.add(path);
  return { done: () => unfinished.delete(path) };
}

/** Removes everything this process left half-made. Synchronous: it runs as a signal stops the process. */
export function discardUnfinished(): void {
  for (const path of unfinished) rmSync(path, { recursive: true, force: true });
  unfinished.clear();
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  const made = making(temporary);
  writeFileSync(temporary, data);
  renameSync(temporary, path);
  made.done();
}

/** Removes `file` under `root`, then every folder it leaves empty. */
export function removeFile(root: string, file: string): void {
  rmSync(join(root, file), { force: true });
  for (let folder = dirname(file); folder !== '.' && folder !== ''; folder = dirname(folder)) {
    const path = join(root, folder);
    try {
      if (readdirSync(path).length > 0) return;
      rmdirSync(path);
    } catch {
      return;
    }
  }
}

/** Puts `next` where `current` is without ever deleting `current` before `next` is in place. */
export function swapInto(next: string, current: string): void {
  const previous = `${current}.previous-${process.pid}`;
  const made = making(previous);
  let moved = false;
  try {
    renameSync(current, previous);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  renameSync(next, current);
  if (moved) rmSync(previous, { recursive: true, force: true });
  made.done();
}

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
