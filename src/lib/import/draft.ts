/**
 * Turns a raw wire story into a draft article and stub files for the actors and places it names
 * that content/ does not have yet. Pure: the command in scripts/import.ts reads and writes files.
 *
 * The draft is meant to build as it is and to be reviewed; its events and titles are drafted in
 * ./events/.
 */
import { slug as githubSlug } from 'github-slugger';
import { stringify } from 'yaml';
import { unionById } from '../by-id';
import type { PublishedDate } from '../published-date';
import { detectDateline, detectDatelineCountry, detectEntities, type DetectedActor, type DetectedLocation, type KnownEntities } from './entities';
import { draftEvents, storyTitle, type DraftEvent } from './events';

export type { DraftEvent } from './events';

export interface ImportOptions {
  /**
   * The raw story: the DATELINE in capitals on the first line, then one paragraph per line; or
   * headline lines, then a first paragraph opening `CITY (AA) - `.
   */
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

/**
 * `ANKARA (AA) - `, `KIRKUK, Iraq (AA) - `: the dateline as agency copy opens its first paragraph,
 * the city in capitals, maybe its country, then the agency's credit and a dash.
 */
const INLINE_DATELINE = /^(\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}(?:,[^\S\n]*\p{Lu}[\p{L}\p{M} ]*?)?)[^\S\n]*\((?:AA|Anadolu(?:[^\S\n]+Agency)?)\)[^\S\n]*[-–—][^\S\n]*/u;

/**
 * Splits the raw text into its dateline line and its paragraphs. The dateline is the first line
 * (`ISTANBUL`, `ERBIL, Iraq`), or, in copy as the agency sends it, the `CITY (AA) - ` opening of
 * the first paragraph, after the headline lines (returned as `headline`, the first of them).
 */
export function splitWireStory(raw: string): { dateline: string; paragraphs: string[]; headline?: string } {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const opening = lines.findIndex((line) => INLINE_DATELINE.test(line));
  if (opening >= 0 && opening <= 3) {
    const match = INLINE_DATELINE.exec(lines[opening]!)!;
    const first = lines[opening]!.slice(match[0].length);
    const paragraphs = [...(first ? [first] : []), ...lines.slice(opening + 1)];
    return { dateline: match[1]!.trim(), paragraphs, ...(opening > 0 && { headline: lines[0]! }) };
  }
  const [dateline = '', ...paragraphs] = lines;
  return { dateline, paragraphs };
}

export function draftArticle(options: ImportOptions): Draft {
  const { paragraphs, dateline: datelineLine, headline } = splitWireStory(options.raw);
  if (paragraphs.length === 0) throw new Error(`${options.origin}: no story text after the dateline line`);
  const body = paragraphs.join('\n\n');
  const dateline = detectDateline(datelineLine, options.known);
  if (!dateline) {
    throw new Error(`${options.origin}: the first line should be the DATELINE city in capitals (e.g. ISTANBUL), found "${datelineLine}"`);
  }
  const entities = detectEntities(body, options.known, { dateline });
  // "KIRKUK, Iraq": the dateline's country is a place of the story.
  const country = detectDatelineCountry(datelineLine, options.known);
  const places = unionById(entities.locations, country ? [country] : []);
  const locations = unionById([dateline], places);
  const title = options.title ?? headline ?? storyTitle(paragraphs[0]!, options.published);
  const events = draftEvents(body, options.published, entities.actors, locations);
  const id = `${options.published.date.iso}-${slugOf(title)}`;

  const frontmatter = {
    title,
    dateline: dateline.id,
    published: options.published.iso,
    source: options.source,
    actors: entities.actors.map((actor) => actor.id),
    locations: places.map((location) => location.id),
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
    ...(location.country ? { country: location.country } : {}),
    ...(location.coordinates ? { coordinates: location.coordinates } : {}),
    ...(location.aliases.length ? { aliases: location.aliases } : {}),
  };
  return {
    collection: 'locations',
    id: location.id,
    contents: markdownFile(fields, `Drafted by npm run import from ${origin} ("${location.firstMention}"): check kind, country and coordinates.`),
  };
}

/**
 * Frontmatter (with a review note as a YAML comment) and an optional body. The yaml package writes
 * the values, so nothing from the raw story, its file name or the command
 * line (a line break, a `---`, a `key: value`) can end a value or the frontmatter early.
 */
function markdownFile(frontmatter: object, note: string, body = ''): string {
  // A YAML comment runs to the end of its line: each line of the note is a comment of its own.
  const comment = note.split(/\r\n?|\n/).map((line) => `# ${line}`).join('\n');
  return `---\n${comment}\n${stringify(frontmatter, { lineWidth: 0 })}---\n${body ? `\n${body}\n` : ''}`;
}
