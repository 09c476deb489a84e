import type { APIContext } from 'astro';
import { pageProps } from '../../data/page';
import { dataFile } from '../../data/paths';
import { ACTORS_SCHEMA, EVENTS_SCHEMA, schemaFile, STORIES_SCHEMA } from '../../lib/exports';

const SCHEMAS = { stories: STORIES_SCHEMA, events: EVENTS_SCHEMA, actors: ACTORS_SCHEMA };

export function GET(context: APIContext) {
  const { name } = pageProps(context, 'dataSchema');
  return dataFile(schemaFile(SCHEMAS[name]), 'application/schema+json');
}
