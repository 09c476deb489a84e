/**
 * Turns a raw wire story into a draft article and stub files for the actors and places it names
 * that content/ does not have yet. Pure: the command in scripts/import.ts reads and writes files.
 *
 * The draft is meant to build as it is and to be reviewed: one event per date expression the text
 * states, each titled from its sentence, `expected` when its clause looks ahead.
 */
import { slug as githubSlug } from 'github-slugger';
import { stringify } from 'yaml';
import { unionById } from '../by-id';
import type { DateSpan } from '../date-span';
import { spanFirstDay } from '../date-span';
import { createMentionMatcher, findMentions, type MentionTarget } from '../mentions';
import { findDates, type DateMention } from '../news-dates';
import { firstDay } from '../partial-date';
import type { PublishedDate } from '../published-date';
import { detectDateline, detectEntities, type DetectedActor, type DetectedLocation, type KnownEntities } from './entities';

export interface ImportOptions {
  /** The raw story: the DATELINE in capitals on the first line, then one paragraph per line. */
  readonly raw: string;
  readonly published: PublishedDate;
  readonly source: string;
  readonly title?: string | undefined;
  /** What content/ already holds. */
  readonly known: KnownEntities;
  /** Named in the drafts' comments, e.g. the raw file's name. */
  readonly origin: string;
}

export interface DraftFile {
  readonly collection: 'articles' | 'actors' | 'locations';
  readonly id: string;
  readonly contents: string;
}

export interface Draft {
  readonly article: DraftFile;
  /** Stubs for actors and places content/ does not have yet. */
  readonly stubs: readonly DraftFile[];
  readonly events: readonly DraftEvent[];
}

export interface DraftEvent {
  readonly date: string | { start: string; end: string };
  readonly title: string;
  readonly actors?: string[];
  readonly locations?: string[];
  readonly status?: 'expected';
}

/** Splits the raw text into its dateline line and its paragraphs. */
export function splitWireStory(raw: string): { dateline: string; paragraphs: string[] } {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const [dateline = '', ...paragraphs] = lines;
  return { dateline, paragraphs };
}

export function draftArticle(options: ImportOptions): Draft {
  const { paragraphs, dateline: datelineLine } = splitWireStory(options.raw);
  if (paragraphs.length === 0) throw new Error(`${options.origin}: no story text after the dateline line`);
  const body = paragraphs.join('\n\n');
  const dateline = detectDateline(datelineLine, options.known);
  if (!dateline) {
    throw new Error(`${options.origin}: the first line should be the DATELINE city in capitals (e.g. ISTANBUL), found "${datelineLine}"`);
  }
  const entities = detectEntities(body, options.known);
  const locations = unionById([dateline], entities.locations);
  const mentions = findDates(body, options.published.date);
  const title = options.title ?? headlineFrom(paragraphs[0]!, mentions);
  const events = mentions.map((mention) => draftEvent(mention, entities.actors, locations, options.published));
  const id = `${options.published.date.iso}-${slugOf(title)}`;

  const frontmatter = {
    title,
    dateline: dateline.id,
    published: options.published.iso,
    source: options.source,
    actors: entities.actors.map((actor) => actor.id),
    locations: entities.locations.map((location) => location.id),
    events,
  };
  if (frontmatter.actors.length === 0) {
    throw new Error(`${options.origin}: found no actor in the text; add one with content/actors/<id>.md and list it in the draft`);
  }
  return {
    article: {
      collection: 'articles',
      id,
      contents: markdownFile(
        frontmatter,
        `Drafted by npm run import from ${options.origin}: check the title, actors, locations and events.`,
        body,
      ),
    },
    stubs: [
      ...entities.actors.filter((actor) => !actor.existing).map((actor) => actorStub(actor, options.origin)),
      ...locations.filter((location) => !location.existing).map((location) => locationStub(location, options.origin)),
    ],
    events,
  };
}

function draftEvent(
  mention: DateMention,
  actors: readonly DetectedActor[],
  locations: readonly DetectedLocation[],
  published: PublishedDate,
): DraftEvent {
  const sentence = mention.sentence.text.trim();
  const inSentence = (entities: readonly (DetectedActor | DetectedLocation)[], kind: MentionTarget['kind']) => {
    const matcher = createMentionMatcher(entities.map((e) => ({ id: e.id, kind, names: [e.name, ...e.aliases] })));
    return [...new Set(findMentions(matcher, sentence).map((m) => m.id))];
  };
  const eventActors = inSentence(actors, 'actor');
  const eventLocations = inSentence(locations, 'location');
  const future = mention.window || mention.tense === 'future' || spanFirstDay(mention.value) > firstDay(published.date);
  return {
    date: dateValue(mention.value),
    title: eventTitle(mention),
    ...(eventActors.length ? { actors: eventActors } : {}),
    ...(eventLocations.length ? { locations: eventLocations } : {}),
    ...(future ? { status: 'expected' as const } : {}),
  };
}

function dateValue(span: DateSpan): DraftEvent['date'] {
  return span.end ? { start: span.start.iso, end: span.end.iso } : span.start.iso;
}

/**
 * The sentence without its date phrase ("on Tuesday"), as one line of at most ~160 characters. A
 * window keeps its words: "over the next 10 days" is what the event is.
 */
function eventTitle(mention: DateMention): string {
  const { sentence } = mention;
  const from = mention.start - sentence.start;
  const to = mention.end - sentence.start;
  const text = mention.window
    ? sentence.text
    : `${sentence.text.slice(0, from).replace(/\b(?:on|in|since|by|during)\s+$/i, '')}${sentence.text.slice(to)}`;
  const title = shorten(tidy(text) || sentence.text.trim(), 160);
  return /[.!?"”…]$/.test(title) ? title : `${title}.`;
}

/** Spacing and punctuation left behind where a phrase was cut out. */
function tidy(text: string): string {
  return text
    .trim()
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[,;:]+(?=[.!?]?$)/, '')
    .replace(/^[\s,;:]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A headline from the lede: its first sentence, date phrases removed, cut at a clause. */
function headlineFrom(lede: string, mentions: readonly DateMention[]): string {
  let text = (mentions.find((m) => m.start < lede.length)?.sentence.text ?? lede).trim();
  for (const mention of mentions.filter((m) => m.end <= text.length).reverse()) {
    text = `${text.slice(0, mention.start).replace(/\b(?:on|in)\s+$/i, '')}${text.slice(mention.end)}`;
  }
  return shorten(tidy(text).replace(/\.$/, ''), 120);
}

/**
 * At most `max` characters: cut at the last clause break that keeps more than half (a clean
 * headline), else at a word with an ellipsis.
 */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const clause = Math.max(...[' amid ', ' as ', ', ', ' after ', ' while ', ' with ', ' but ', ' if '].map((m) => text.lastIndexOf(m, max)));
  if (clause > max / 2) return text.slice(0, clause).trim();
  return `${text.slice(0, text.lastIndexOf(' ', max)).replace(/[,;:]$/, '').trim()}…`;
}

function slugOf(title: string): string {
  const words = githubSlug(title.normalize('NFKD').replace(/\p{M}/gu, '')).split('-').filter(Boolean);
  return words.slice(0, 8).join('-').replace(/[^a-z0-9-]/g, '').slice(0, 64).replace(/-+$/, '') || 'story';
}

function actorStub(actor: DetectedActor, origin: string): DraftFile {
  const fields = {
    name: actor.name,
    kind: actor.kind,
    ...(actor.role ? { role: actor.role } : {}),
    ...(actor.aliases.length ? { aliases: actor.aliases } : {}),
  };
  return {
    collection: 'actors',
    id: actor.id,
    contents: markdownFile(fields, `Drafted by npm run import from ${origin} ("${actor.firstMention}"): check kind, role and aliases.`),
  };
}

function locationStub(location: DetectedLocation, origin: string): DraftFile {
  const fields = {
    name: location.name,
    kind: location.kind,
    ...(location.aliases.length ? { aliases: location.aliases } : {}),
  };
  return {
    collection: 'locations',
    id: location.id,
    contents: markdownFile(fields, `Drafted by npm run import from ${origin} ("${location.firstMention}"): check kind, country and coordinates.`),
  };
}

/** Frontmatter (with a review note as a YAML comment) and an optional body. */
function markdownFile(frontmatter: object, note: string, body = ''): string {
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return `---\n# ${note}\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}
