import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename, extname } from 'node:path';
import { actorSchema } from './schemas/actor';
import { articleSchema } from './schemas/article';
import { locationSchema } from './schemas/location';
import { contentDir } from './site-config';

/** The file name without its extension is the id, exactly as written (no slugging, no folders). */
function fileNameId({ entry }: { entry: string }): string {
  return basename(entry, extname(entry));
}

/**
 * Pages render a story from its HTML; nothing reads the raw Markdown back, so the data store keeps
 * none (a quarter less to serialise, hold in memory and reload in `astro dev` after each edit).
 */
function markdownIn(folder: string) {
  return glob({ pattern: '**/*.md', base: `${contentDir}/${folder}`, generateId: fileNameId, retainBody: false });
}

export const collections = {
  articles: defineCollection({ loader: markdownIn('articles'), schema: articleSchema }),
  actors: defineCollection({ loader: markdownIn('actors'), schema: actorSchema }),
  locations: defineCollection({ loader: markdownIn('locations'), schema: locationSchema }),
};
