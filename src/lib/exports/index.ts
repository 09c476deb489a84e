/**
 * The site's data out: pure functions from the site index to the text of each file. See the
 * README's "Data out" for the files, their URLs and the schema version rule.
 */
export type { ExportUrls } from './urls';
export { exportArticle, exportSite, type ExportArticle, type ExportSite } from './site';
export { storiesJson, STORIES_SCHEMA_ID, type StoryItem, type StoryEventItem } from './stories';
export { eventsJson, EVENTS_SCHEMA_ID, type EventItem } from './events';
export { actorsJson, ACTORS_SCHEMA_ID, type ActorItem } from './actors';
export { STORIES_SCHEMA, EVENTS_SCHEMA, ACTORS_SCHEMA, schemaFile } from './schemas';
export { eventsCsv, EVENTS_CSV_COLUMNS } from './events-csv';
export { timelineJs, storyTimelineJs, type TimelineJs, type TimelineJsEvent, type TimelineJsDate, type TimelineJsTitle } from './timelinejs';
export { upcomingIcs, eventUid, ICS_PRODID, type IcsOptions } from './ics';
export { upcomingEvents, referenceDate, isOverdue, type UpcomingEvent } from './upcoming';
export type { DateJson, SpanJson } from './dates';
