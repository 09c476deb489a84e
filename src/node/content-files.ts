/**
 * Reads a content folder from disk with the same frontmatter parser and schemas as the Astro
 * build, for tools that run outside Astro (tests, and the editor's command-line tools).
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentInput, Entry } from '../lib/model';
import { actorSchema } from '../schemas/actor';
import { articleSchema } from '../schemas/article';
import { locationSchema } from '../schemas/location';

export interface LoadedEntry<T> extends Entry<T> {
  readonly filePath: string;
  readonly body: string;
}

function readCollection<S extends z.ZodType>(dir: string, folder: string, schema: S, root: string): LoadedEntry<z.output<S>>[] {
  const base = join(dir, folder);
  const files = readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort();
  return files.map((file) => {
    const path = join(base, file);
    const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
    const filePath = relative(root, path);
    const parsed = schema.safeParse(frontmatter);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
      throw new Error(`${filePath}: invalid frontmatter:\n  ${issues.join('\n  ')}`);
    }
    return { id: basename(file, extname(file)), filePath, data: parsed.data, body: content };
  });
}

/** Loads and validates `articles/`, `actors/` and `locations/` under `dir`. */
export function loadContentFolder(dir: string, root = process.cwd()) {
  return {
    articles: readCollection(dir, 'articles', articleSchema, root),
    actors: readCollection(dir, 'actors', actorSchema, root),
    locations: readCollection(dir, 'locations', locationSchema, root),
  } satisfies ContentInput;
}
