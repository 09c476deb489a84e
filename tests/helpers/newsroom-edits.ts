/**
 * Edits an editor makes to a newsroom's content folder, for the incremental-build property test:
 * each edit is chosen by numbers (so fast-check can generate and replay a sequence of them) and
 * always leaves the content valid, so every build after it must succeed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { CORE_SCHEMA, dump, load } from 'js-yaml';

export const EDIT_KINDS = [
  'add-story',
  'delete-story',
  'rename-story',
  'move-event',
  'change-precision',
  'add-actor',
  'remove-actor',
  'rename-actor',
  'add-alias',
  'change-role',
  'change-country',
  'edit-body',
  'add-picture',
  'change-picture',
  'remove-picture',
] as const;

export type EditKind = (typeof EDIT_KINDS)[number];

/** An edit and the numbers that choose what it touches and how. */
export interface Edit {
  readonly kind: EditKind;
  readonly pick: number;
  readonly amount: number;
}

interface ContentFile {
  data: Record<string, unknown>;
  body: string;
}

const COUNTRIES = ['TR', 'DE', 'FR', 'US', 'EG', 'KE', 'BR'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PICTURE_LINE = /\n!\[A picture\]\(pictures\/([\w-]+\.png)\)\n/;

function writePicture(dir: string, name: string, serial: number): void {
  mkdirSync(join(dir, 'articles', 'pictures'), { recursive: true });
  writeFileSync(join(dir, 'articles', 'pictures', name), Buffer.concat([PNG_SIGNATURE, Buffer.from(`picture ${serial}`)]));
}

function read(path: string): ContentFile {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)!;
  return { data: load(match[1]!, { schema: CORE_SCHEMA }) as Record<string, unknown>, body: match[2]! };
}

function write(path: string, file: ContentFile): void {
  // Dates stay quoted text, as the core schema reads them.
  writeFileSync(path, `---\n${dump(file.data, { schema: CORE_SCHEMA, lineWidth: -1 })}---\n${file.body}`);
}

const ids = (dir: string, collection: string) =>
  readdirSync(join(dir, collection)).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();

const day = (iso: string) => parseISO(iso.slice(0, 10));
const isoDay = (date: Date) => format(date, 'yyyy-MM-dd');

/** Applies `edit` to the content folder `dir`; returns a line saying what it did. */
export function applyEdit(dir: string, edit: Edit, serial: number): string {
  const stories = ids(dir, 'articles');
  const actors = ids(dir, 'actors');
  const locations = ids(dir, 'locations');
  const at = <T>(list: readonly T[], n = edit.pick) => list[n % list.length]!;
  const storyPath = (id: string) => join(dir, 'articles', `${id}.md`);
  const story = at(stories);
  const file = read(storyPath(story));
  const events = (file.data.events as Record<string, unknown>[] | undefined) ?? [];
  const published = String(file.data.published).slice(0, 10);
  // An event that starts after publication must be expected (the content lint says so).
  const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  const statusFor = (date: string) => (firstDay(date) > published ? 'expected' : 'occurred');

  switch (edit.kind) {
    case 'add-story': {
      const id = `${published}-added-story-${serial}`;
      const cast = [at(actors), at(actors, edit.pick + 7)].filter((a, i, all) => all.indexOf(a) === i);
      const eventDay = isoDay(addDays(day(published), -(edit.amount % 40)));
      write(storyPath(id), {
        data: {
          title: `Added story number ${serial} on the talks`,
          dateline: at(locations),
          published,
          source: 'Anadolu Agency',
          actors: cast,
          locations: [at(locations, edit.amount)],
          events: [{ date: eventDay, title: `The talks of story ${serial} took place.`, actors: cast.slice(0, 1) }],
        },
        body: `\nThe talks went on for a second day, officials said on Tuesday.\n\nMore meetings were planned for next month.\n`,
      });
      return `added ${id}`;
    }
    case 'delete-story':
      if (stories.length <= 5) return 'kept the last stories';
      rmSync(storyPath(story));
      return `deleted ${story}`;
    case 'rename-story': {
      const id = `${story.slice(0, 10)}-renamed-${serial}`;
      renameSync(storyPath(story), storyPath(id));
      return `renamed ${story} to ${id}`;
    }
    case 'move-event': {
      const index = events.findIndex((event) => typeof event.date === 'string');
      if (index < 0) return `${story} has no single-date event`;
      const event = events[index]!;
      const date = String(event.date);
      // Across months and years: up to about two years either way.
      const shift = (edit.amount % 1400) - 700;
      const moved = isoDay(addDays(day(date.length === 4 ? `${date}-06-15` : date.length === 7 ? `${date}-15` : date), shift));
      event.date = moved.slice(0, date.length);
      event.status = statusFor(String(event.date));
      write(storyPath(story), file);
      return `moved an event of ${story} from ${date} to ${String(event.date)}`;
    }
    case 'change-precision': {
      const event = events.find((e) => typeof e.date === 'string');
      if (!event) return `${story} has no single-date event`;
      const date = String(event.date);
      event.date = date.length === 10 ? date.slice(0, 7) : date.length === 7 ? date.slice(0, 4) : `${date}-0${1 + (edit.amount % 9)}-1${edit.amount % 10}`;
      event.status = statusFor(String(event.date));
      write(storyPath(story), file);
      return `changed an event of ${story} from ${date} to ${String(event.date)}`;
    }
    case 'add-actor': {
      const cast = file.data.actors as string[];
      const actor = at(actors, edit.amount);
      if (cast.includes(actor)) return `${story} already names ${actor}`;
      cast.push(actor);
      write(storyPath(story), file);
      return `added ${actor} to ${story}`;
    }
    case 'remove-actor': {
      const cast = file.data.actors as string[];
      if (cast.length < 2) return `${story} has one actor`;
      const [removed] = cast.splice(edit.amount % cast.length, 1);
      write(storyPath(story), file);
      return `removed ${removed} from ${story}`;
    }
    case 'rename-actor':
    case 'add-alias': {
      const actor = at(actors, edit.amount);
      const path = join(dir, 'actors', `${actor}.md`);
      const profile = read(path);
      if (edit.kind === 'rename-actor') profile.data.name = `${String(profile.data.name)} ${serial}`;
      else profile.data.aliases = [...((profile.data.aliases as string[] | undefined) ?? []), `Alias ${serial}`];
      write(path, profile);
      return `${edit.kind === 'rename-actor' ? 'renamed' : 'gave an alias to'} ${actor}`;
    }
    case 'change-role': {
      // Not a name: the stories' bodies stay as they are, but every story page listing the actor shows the role.
      const actor = at(actors, edit.amount);
      const path = join(dir, 'actors', `${actor}.md`);
      const profile = read(path);
      profile.data.role = `Envoy ${serial}`;
      write(path, profile);
      return `gave ${actor} a new role`;
    }
    case 'change-country': {
      const place = at(locations, edit.amount);
      const path = join(dir, 'locations', `${place}.md`);
      const profile = read(path);
      profile.data.country = at(COUNTRIES, edit.amount);
      write(path, profile);
      return `moved ${place} to ${String(profile.data.country)}`;
    }
    case 'add-picture': {
      // A picture beside the story, in a folder of its own: its bytes are published under media/.
      if (PICTURE_LINE.test(file.body)) return `${story} already shows a picture`;
      const name = `${story}-${serial}.png`;
      writePicture(dir, name, serial);
      file.body = `${file.body.trimEnd()}\n\n![A picture](pictures/${name})\n`;
      write(storyPath(story), file);
      return `added a picture to ${story}`;
    }
    case 'change-picture':
    case 'remove-picture': {
      const showing = stories.filter((id) => PICTURE_LINE.test(read(storyPath(id)).body));
      if (showing.length === 0) return 'no story shows a picture';
      const target = at(showing);
      const shown = read(storyPath(target));
      const name = PICTURE_LINE.exec(shown.body)![1]!;
      if (edit.kind === 'change-picture') {
        // The story stays as it is: only the picture's bytes change.
        writePicture(dir, name, serial);
        return `changed the picture of ${target}`;
      }
      shown.body = shown.body.replace(PICTURE_LINE, '\n');
      write(storyPath(target), shown);
      rmSync(join(dir, 'articles', 'pictures', name));
      return `removed the picture of ${target}`;
    }
    case 'edit-body':
      file.body = `${file.body.trimEnd()}\n\nOfficials said on Monday that talks would resume in ${serial % 2 ? 'March' : 'the autumn'}.\n`;
      write(storyPath(story), file);
      return `edited the body of ${story}`;
  }
}

/** Files that differ between two built sites (missing on one side, or other bytes). */
export function treeDifferences(a: string, b: string): string[] {
  const list = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      : [];
  const left = new Set(list(a));
  const right = new Set(list(b));
  const differences: string[] = [];
  for (const file of left) {
    if (!right.has(file)) differences.push(`only in ${a}: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differences.push(`differs: ${file}`);
  }
  for (const file of right) if (!left.has(file)) differences.push(`only in ${b}: ${file}`);
  return differences.sort();
}
