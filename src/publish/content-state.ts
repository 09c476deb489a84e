/**
 * What the content store read, kept in the cache between builds of the same code version:
 * `content.v8` holds the whole state as some build left it, and `content-changes.v8` the records
 * of the files that changed since. A build after an edit rewrites only the second, which holds a
 * few files, instead of serialising the record of every file in the newsroom again (the slowest
 * step after the pages at 5,000 stories: bench/results.md). Once the changes hold a good part of
 * the files, reading them beside the whole would cost more than writing the whole once, and the
 * whole is written again.
 *
 * Each file is written under a temporary name and renamed into place, and the changes name the
 * whole they apply to, so a build stopped between the two writes leaves a state that is either
 * the older one or the newer one. A record that is out of date is harmless anyway: the store reads
 * a file again when its size or mtime differ from what the record says.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ContentStore, ContentStoreChanges, ContentStoreState } from '../store/content-store.ts';
import { writeFileAtomic } from './output.ts';

interface SavedState {
  readonly version: string;
  /** Which whole this is: the changes written after it name it. */
  readonly id: string;
  readonly state: ContentStoreState;
}

interface SavedChanges {
  readonly version: string;
  /** The `id` of the whole they apply to. */
  readonly base: string;
  readonly files: ContentStoreChanges;
}

/** The whole is written again once the changes since hold more than this share of the files. */
const REWRITE_SHARE = 1 / 8;

export function contentStateCache(cacheDir: string) {
  const wholeFile = join(cacheDir, 'content.v8');
  const changesFile = join(cacheDir, 'content-changes.v8');
  /** The whole on disk that the changes below apply to, and how many files it holds. */
  let base: { id: string; files: number } | undefined;
  const changes = new Map<string, ContentStoreChanges[string]>();

  function read<T>(file: string): T | undefined {
    try {
      return deserialize(readFileSync(file)) as T;
    } catch {
      return undefined;
    }
  }

  return {
    /** The state the last build of code version `version` left, or undefined. */
    read(version: string): ContentStoreState | undefined {
      base = undefined;
      changes.clear();
      const saved = read<SavedState>(wholeFile);
      if (saved?.version !== version) return undefined;
      base = { id: saved.id, files: Object.keys(saved.state.files).length };
      const since = read<SavedChanges>(changesFile);
      if (since?.version === version && since.base === saved.id) {
        const files = saved.state.files as Record<string, ContentStoreChanges[string]>;
        for (const [path, record] of Object.entries(since.files)) {
          changes.set(path, record);
          if (record) files[path] = record;
          else delete files[path];
        }
      }
      return saved.state;
    },

    /**
     * Keeps what `store` read since it was made from `read()` (or since the last save) for the
     * next build; a store made from nothing is kept whole. Returns whether anything was written.
     */
    save(version: string, store: ContentStore): boolean {
      const altered = Object.entries(store.altered());
      if (base && altered.length === 0) return false;
      for (const [path, record] of altered) changes.set(path, record);
      if (base && changes.size <= Math.max(1, base.files * REWRITE_SHARE)) {
        writeFileAtomic(changesFile, serialize({ version, base: base.id, files: Object.fromEntries(changes) } satisfies SavedChanges));
        return true;
      }
      const state = store.state();
      const id = randomUUID();
      writeFileAtomic(wholeFile, serialize({ version, id, state } satisfies SavedState));
      rmSync(changesFile, { force: true });
      base = { id, files: Object.keys(state.files).length };
      changes.clear();
      return true;
    },
  };
}
