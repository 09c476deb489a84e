/**
 * The text of each data file (src/lib/exports/), with its media type. The publisher writes the
 * text as it is, and the dev server serves it from the two endpoints that take these routes, so
 * both give the same bytes.
 */
import { ACTORS_SCHEMA, actorsJson, EVENTS_SCHEMA, eventsCsv, eventsJson, schemaFile, storiesJson, STORIES_SCHEMA, storyTimelineJs, timelineJs, upcomingIcs } from '../lib/exports';
import type { DataFileProps } from '../lib/site-pages';
import { siteTagline, siteTitle } from '../site-config';
import { exportUrls } from './paths';

const SCHEMAS = { stories: STORIES_SCHEMA, events: EVENTS_SCHEMA, actors: ACTORS_SCHEMA };

export function dataFileText(file: DataFileProps): { readonly text: string; readonly type: string } {
  switch (file.kind) {
    case 'stories':
      return { text: storiesJson(file.site, exportUrls), type: 'application/json' };
    case 'events':
      return { text: eventsJson(file.site, exportUrls), type: 'application/json' };
    case 'eventsCsv':
      return { text: eventsCsv(file.site, exportUrls), type: 'text/csv' };
    case 'actors':
      return { text: actorsJson(file.site, exportUrls), type: 'application/json' };
    case 'timeline':
      return { text: timelineJs(file.site, exportUrls, { headline: `${siteTitle}: timeline`, text: siteTagline }), type: 'application/json' };
    case 'calendar':
      return { text: upcomingIcs(file.site, exportUrls, { name: `${siteTitle}: upcoming` }), type: 'text/calendar' };
    case 'storyTimeline':
      return { text: storyTimelineJs(file.article, exportUrls), type: 'application/json' };
    case 'schema':
      return { text: schemaFile(SCHEMAS[file.name]), type: 'application/schema+json' };
  }
}

export function dataFileResponse(file: DataFileProps): Response {
  const { text, type } = dataFileText(file);
  return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
