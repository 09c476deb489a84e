/**
 * Builders for content entries in unit tests. They go through the real zod schemas, so a test's
 * input is exactly what the build would see for the same frontmatter.
 */
import type { ActorEntry, ArticleEntry, LocationEntry } from '../../src/lib/model';
import { actorSchema } from '../../src/schemas/actor';
import { articleSchema } from '../../src/schemas/article';
import { locationSchema } from '../../src/schemas/location';

export function actor(id: string, fields: Record<string, unknown> = {}): ActorEntry {
  return { id, filePath: `content/actors/${id}.md`, data: actorSchema.parse({ name: titleCase(id), kind: 'person', ...fields }) };
}

export function location(id: string, fields: Record<string, unknown> = {}): LocationEntry {
  return { id, filePath: `content/locations/${id}.md`, data: locationSchema.parse({ name: titleCase(id), kind: 'city', ...fields }) };
}

export function article(id: string, fields: Record<string, unknown> = {}): ArticleEntry {
  return {
    id,
    filePath: `content/articles/${id}.md`,
    data: articleSchema.parse({
      title: `Story ${id}`,
      dateline: 'istanbul',
      published: '2026-02-20',
      source: 'Anadolu Agency',
      actors: ['sergey-lavrov'],
      ...fields,
    }),
  };
}

function titleCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`);
}
