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

function markdownIn(folder: string) {
  return glob({ pattern: '**/*.md', base: `${contentDir}/${folder}`, generateId: fileNameId });
}

export const collections = {
  articles: defineCollection({ loader: markdownIn('articles'), schema: articleSchema }),
  actors: defineCollection({ loader: markdownIn('actors'), schema: actorSchema }),
  locations: defineCollection({ loader: markdownIn('locations'), schema: locationSchema }),
};
