/** One collection: the corpus's stories, read as they are (no Dateline validation). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { basename, extname } from 'node:path';

const content = process.env.BENCH_CONTENT ?? '../../content';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${content}/articles`, generateId: ({ entry }) => basename(entry, extname(entry)) }),
    schema: z.looseObject({}),
  }),
};
