/**
 * `astro dev` only: collection entries as their files are now. Astro's data store takes about two
 * seconds to show a saved edit at a thousand stories (it waits 500 ms, rewrites the whole store,
 * then reloads it as one module); an editor should see the change as soon as the page is
 * reloaded. So each request checks every entry's file: one saved since the server started is read
 * again here — the same frontmatter parser, the collection's zod schema and the
 * stories' own Markdown processor (src/markdown.ts) — and used in place of the stored entry.
 *
 * A file that no longer exists is left out at once; a new file appears once the data store has it.
 * A file that no longer parses or validates keeps its stored entry: Astro reports the error itself.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'astro/zod';
import { storyMarkdown, storyMarkdownOptions } from '../markdown';

/** What this module needs of a collection entry (Astro's `CollectionEntry` has more). */
export interface StoredEntry {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly data: unknown;
  readonly rendered?: { readonly html: string; readonly metadata?: Record<string, unknown> } | undefined;
}

/** The last good fresh read of a file, and the mtime it was read at. */
interface FreshRead {
  readonly mtimeMs: number;
  readonly entry: StoredEntry;
}

type Renderer = { render(body: string, options: { frontmatter: Record<string, unknown>; fileURL?: URL }): Promise<{ code: string; metadata: Record<string, unknown> }> };

export interface FreshEntriesOptions {
  /** Resolves entries' `filePath`s (relative to the project). */
  readonly root?: string;
  /** The site's base path: mentions link to its actor and place pages, as in the build. */
  readonly base: string;
  /** Where the actors and places for mention links are read from. */
  readonly contentDir: string;
  /** When the dev server started (ms since the epoch): files saved later are read fresh. */
  readonly since?: number;
}

/** A reader of fresh entries; keep one per dev server process (it remembers what it has seen). */
export function createFreshEntries({ root = process.cwd(), base, contentDir, since = performance.timeOrigin }: FreshEntriesOptions) {
  const reads = new Map<string, FreshRead>();
  let renderer: Promise<Renderer> | undefined;
  const render = () =>
    (renderer ??= storyMarkdown(storyMarkdownOptions({ contentDir, base })).processor.createRenderer({ syntaxHighlight: false }) as Promise<Renderer>);

  /** The entry as the file is now, or undefined when it does not parse or validate (yet). */
  async function read<E extends StoredEntry>(stored: E, path: string, schema: z.ZodType): Promise<E | undefined> {
    try {
      const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
      const data = schema.parse(frontmatter);
      const { code, metadata } = await (await render()).render(content.trim(), { frontmatter, fileURL: pathToFileURL(path) });
      return { ...stored, data, rendered: { html: code, metadata } };
    } catch {
      return undefined;
    }
  }

  /** `entries` with every entry whose file changed replaced by a fresh read, and deleted files left out. */
  return async function freshEntries<E extends StoredEntry>(entries: readonly E[], schema: z.ZodType): Promise<E[]> {
    const result: E[] = [];
    for (const entry of entries) {
      if (!entry.filePath) {
        result.push(entry);
        continue;
      }
      const path = resolve(root, entry.filePath);
      let mtimeMs: number;
      try {
        mtimeMs = statSync(path).mtimeMs;
      } catch {
        continue; // deleted since the store last saw it
      }
      // Astro synced every file when the server started; only a file saved since may be newer.
      if (mtimeMs <= since) {
        result.push(entry);
        continue;
      }
      const key = `${path}\0${entry.id}`;
      let fresh = reads.get(key);
      if (fresh?.mtimeMs !== mtimeMs) {
        // Only a good read is kept: a file caught half-written, or invalid until the editor fixes
        // it, is read again next time, and meanwhile the stored entry (as Astro has it now) serves.
        const current = await read(entry, path, schema);
        fresh = current ? { mtimeMs, entry: current } : undefined;
        if (fresh) reads.set(key, fresh);
        else reads.delete(key);
      }
      result.push((fresh?.entry as E | undefined) ?? entry);
    }
    return result;
  };
}
