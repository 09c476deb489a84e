/**
 * The content store between the updates of `npm run build -- --watch`: what the watcher saw
 * change is read again, everything else is kept as the same objects (which is what lets the
 * story records and the digests derived from them be kept), and a change the watcher cannot
 * describe file by file sends the store back to listing the whole folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArticleRecord, rememberArticleRecords } from '../../src/lib/site-index';
import type { ActorEntry, ContentInput, LocationEntry } from '../../src/lib/model';
import { createContentStore } from '../../src/store/content-store';

const root = resolve('tests/.output', `content-store-${process.pid}-${(process.env.TZ ?? 'tz').replace(/\W/g, '')}`);
const content = join(root, 'content');
const summit = join(content, 'articles/2026-02-20-summit.md');
const newStory = (title: string) => readFileSync(summit, 'utf8').replace(/^title: .*$/m, `title: ${title}`);

let store: ReturnType<typeof createContentStore>;

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync(resolve('tests/fixtures/site/content'), content, { recursive: true });
  store = createContentStore({ contentDir: 'content', base: '/', root });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ids = (input: ContentInput | undefined) => input!.articles.map((entry) => entry.id).sort();
const byId = <T extends { id: string }>(list: readonly T[], id: string) => list.find((entry) => entry.id === id)!;

describe('the content store', () => {
  it('keeps an unchanged file’s entry as the same object, and makes a new one for an edited file', async () => {
    const first = (await store.sync()).input!;
    writeFileSync(summit, newStory('Arden and Brook meet again'));
    const second = await store.sync(['articles/2026-02-20-summit.md']);
    expect(second.changed).toEqual([join('content/articles/2026-02-20-summit.md')]);
    expect(byId(second.input!.articles, '2026-02-20-summit').data.title).toBe('Arden and Brook meet again');
    expect(byId(second.input!.articles, '2026-02-20-summit')).not.toBe(byId(first.articles, '2026-02-20-summit'));
    expect(byId(second.input!.articles, '2026-03-02-fleet-returns')).toBe(byId(first.articles, '2026-03-02-fleet-returns'));
    expect(byId(second.input!.actors, 'anna-arden')).toBe(byId(first.actors, 'anna-arden'));
  });

  it('renders every body again, as new entries, when an actor is renamed (mention links change)', async () => {
    const first = (await store.sync()).input!;
    const file = join(content, 'actors/anna-arden.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: Anna Arden-Holm'));
    const second = (await store.sync(['actors/anna-arden.md'])).input!;
    expect(byId(second.articles, '2026-03-02-fleet-returns')).not.toBe(byId(first.articles, '2026-03-02-fleet-returns'));
  });

  it('with the paths a watcher saw, finds added, deleted and renamed stories', async () => {
    await store.sync();
    writeFileSync(join(content, 'articles/2026-03-05-talks.md'), newStory('Talks resume'));
    expect(ids((await store.sync(['articles/2026-03-05-talks.md'])).input)).toEqual(['2026-02-20-summit', '2026-03-02-fleet-returns', '2026-03-05-talks']);
    renameSync(join(content, 'articles/2026-03-05-talks.md'), join(content, 'articles/2026-03-06-talks.md'));
    const renamed = await store.sync(['articles/2026-03-05-talks.md', 'articles/2026-03-06-talks.md']);
    expect(ids(renamed.input)).toEqual(['2026-02-20-summit', '2026-03-02-fleet-returns', '2026-03-06-talks']);
    expect(renamed.removed).toEqual([join('content/articles/2026-03-05-talks.md')]);
    rmSync(join(content, 'articles/2026-03-06-talks.md'));
    expect(ids((await store.sync(['articles/2026-03-06-talks.md'])).input)).toEqual(['2026-02-20-summit', '2026-03-02-fleet-returns']);
  });

  it('lists the whole folder again when a folder comes or goes', async () => {
    await store.sync();
    mkdirSync(join(content, 'articles/2026'));
    writeFileSync(join(content, 'articles/2026/2026-03-07-ceasefire.md'), newStory('Ceasefire holds'));
    // A watcher may report only the new folder: its files are found all the same.
    expect(ids((await store.sync(['articles/2026'])).input)).toContain('2026-03-07-ceasefire');
    rmSync(join(content, 'articles/2026'), { recursive: true });
    expect(ids((await store.sync(['articles/2026'])).input)).toEqual(['2026-02-20-summit', '2026-03-02-fleet-returns']);
  });

  it('ignores files that are not content, and reads a touched file whose bytes are unchanged as unchanged', async () => {
    await store.sync();
    writeFileSync(join(content, 'articles/.2026-02-20-summit.md.swp'), 'editor state');
    const later = new Date(Date.now() + 5_000);
    utimesSync(summit, later, later);
    const snapshot = await store.sync(['articles/.2026-02-20-summit.md.swp', 'articles/2026-02-20-summit.md']);
    expect(snapshot.changed).toEqual([]);
    expect(snapshot.errors).toEqual([]);
  });

  it('between saves, judges a link or a pipe that appears as a full listing does, and forgets it once it is gone', async () => {
    await store.sync();
    const link = join(content, 'articles/2026-03-08-elsewhere.md');
    symlinkSync('/etc/hostname', link);
    const linked = await store.sync(['articles/2026-03-08-elsewhere.md']);
    expect(linked.errors.map((d) => `${d.file}: ${d.message}`)).toEqual([`${join('content/articles/2026-03-08-elsewhere.md')}: this is a symbolic link to /etc/hostname, outside the project`]);
    expect(linked.input).toBeUndefined();
    rmSync(link);
    execFileSync('mkfifo', [link]);
    expect((await store.sync(['articles/2026-03-08-elsewhere.md'])).errors.map((d) => d.message)).toEqual(['this is a named pipe (FIFO), not a regular file']);
    rmSync(link);
    writeFileSync(link, newStory('A plain file at last'));
    const plain = await store.sync(['articles/2026-03-08-elsewhere.md']);
    expect(plain.errors).toEqual([]);
    expect(byId(plain.input!.articles, '2026-03-08-elsewhere').data.title).toBe('A plain file at last');
  });

  it('names the skipped files in warnings that never stop a build', async () => {
    writeFileSync(join(content, 'articles/2026-03-09-later.MD'), newStory('Shouting'));
    const snapshot = await store.sync();
    expect(snapshot.errors).toEqual([]);
    expect(snapshot.warnings.map((d) => `${d.file}: ${d.fix}`)).toEqual([`${join('content/articles/2026-03-09-later.MD')}: rename it to 2026-03-09-later.md`]);
  });

  it('without paths, looks at every file (a one-off build)', async () => {
    await store.sync();
    writeFileSync(summit, newStory('Seen by a full look'));
    expect(byId((await store.sync()).input!.articles, '2026-02-20-summit').data.title).toBe('Seen by a full look');
  });
});

describe('rememberArticleRecords', () => {
  it('gives the same record while the story and the entries it names are the same objects, and a fresh, equal one otherwise', async () => {
    const input = (await store.sync()).input!;
    const actors = new Map(input.actors.map((entry) => [entry.id, entry]));
    const places = new Map(input.locations.map((entry) => [entry.id, entry]));
    const records = rememberArticleRecords();
    const story = byId(input.articles, '2026-02-20-summit');
    const first = records(story, (id) => actors.get(id)!, (id) => places.get(id)!);
    expect(records(story, (id) => actors.get(id)!, (id) => places.get(id)!)).toBe(first);
    expect(first).toEqual(buildArticleRecord(story, (id) => actors.get(id)!, (id) => places.get(id)!));

    const named = story.data.actors[0]!;
    const renamed: ActorEntry = { ...actors.get(named)!, data: { ...actors.get(named)!.data, name: 'Someone Else' } };
    const withRename = (id: string) => (id === named ? renamed : actors.get(id)!);
    const second = records(story, withRename, (id) => places.get(id)!);
    expect(second).not.toBe(first);
    expect(second.actors.find((actor) => actor.id === named)!.data.name).toBe('Someone Else');

    const place = story.data.dateline;
    const moved: LocationEntry = { ...places.get(place)!, data: { ...places.get(place)!.data, country: 'ZZ' } };
    const third = records(story, withRename, (id) => (id === place ? moved : places.get(id)!));
    expect(third.summary.dateline.data.country).toBe('ZZ');
  });
});
