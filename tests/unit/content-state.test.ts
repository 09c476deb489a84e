/**
 * What the content store read, kept between builds (src/publish/content-state.ts): after an edit
 * only the changes are written, the whole stays as it was, and a store made from the whole and the
 * changes knows every file as a store that read them all does — so the next build reads nothing
 * again but what changed after it.
 */
import { cpSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentStateCache } from '../../src/publish/content-state';
import { createContentStore, type ContentStoreState } from '../../src/store/content-store';

const root = resolve('tests/.output', `content-state-${process.pid}-${(process.env.TZ ?? 'tz').replace(/\W/g, '')}`);
const content = join(root, 'content');
const cache = join(root, 'cache');
const whole = join(cache, 'content.v8');
const changes = join(cache, 'content-changes.v8');
const summit = join(content, 'articles/2026-02-20-summit.md');
const storeFrom = (state?: ContentStoreState) => createContentStore({ contentDir: 'content', base: '/', root, state });

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync(resolve('tests/fixtures/site/content'), content, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A build: a store made from what the cache holds, synced, and kept. */
async function build(version = 'v1') {
  const cached = contentStateCache(cache);
  const store = storeFrom(cached.read(version));
  const snapshot = await store.sync();
  const wrote = cached.save(version, store);
  return { snapshot, wrote };
}

const files = (state: ContentStoreState | undefined) => Object.keys(state?.files ?? {}).sort();

describe('the content state between builds', () => {
  it('after an edit writes only the changes, and the next build reads nothing again', async () => {
    await build();
    const wholeBefore = readFileSync(whole);
    writeFileSync(summit, `${readFileSync(summit, 'utf8')}\nTalks resumed on Monday.\n`);
    const edited = await build();
    expect(edited.snapshot.changed).toEqual([join('content/articles/2026-02-20-summit.md')]);
    expect(readFileSync(whole).equals(wholeBefore)).toBe(true);
    expect(statSync(changes).size).toBeLessThan(wholeBefore.length);
    // The whole and the changes together are the state a store that read everything has.
    const fresh = storeFrom();
    await fresh.sync();
    expect(files(contentStateCache(cache).read('v1'))).toEqual(files(fresh.state()));
    const again = await build();
    expect(again.snapshot.changed).toEqual([]);
    expect(again.wrote).toBe(false);
    expect(again.snapshot.input!.articles.find((entry) => entry.id === '2026-02-20-summit')!.html).toContain('Talks resumed');
  });

  it('knows a deleted or renamed story is gone', async () => {
    await build();
    renameSync(summit, join(content, 'articles/2026-02-21-summit.md'));
    expect((await build()).snapshot.removed).toEqual([join('content/articles/2026-02-20-summit.md')]);
    const state = contentStateCache(cache).read('v1');
    expect(files(state)).toContain(join('content/articles/2026-02-21-summit.md'));
    expect(files(state)).not.toContain(join('content/articles/2026-02-20-summit.md'));
    expect((await build()).snapshot.changed).toEqual([]);
  });

  it('writes the whole again once the changes hold a good part of the files', async () => {
    await build();
    const stories = ['2026-02-20-summit', '2026-03-02-fleet-returns'].map((id) => join(content, `articles/${id}.md`));
    for (const story of stories) writeFileSync(story, `${readFileSync(story, 'utf8')}\nMore to follow.\n`);
    const wholeBefore = readFileSync(whole);
    await build();
    expect(readFileSync(whole).equals(wholeBefore)).toBe(false);
    expect(() => statSync(changes)).toThrow();
    expect((await build()).snapshot.changed).toEqual([]);
  });

  it('reads nothing of another code version, and no changes made for another whole', async () => {
    await build();
    const story = join(content, 'actors/anna-arden.md');
    writeFileSync(story, `${readFileSync(story, 'utf8')}\n`);
    await build();
    expect(contentStateCache(cache).read('v2')).toBeUndefined();
    // Changes that drop a file (as a rename would), left beside a whole written after them by a
    // build that read everything again: applied, they would make the next build read that file again.
    const stale = contentStateCache(cache);
    const store = storeFrom(stale.read('v1'));
    await store.sync();
    rmSync(story);
    await store.sync();
    stale.save('v1', store);
    const dropped = readFileSync(changes);
    cpSync(resolve('tests/fixtures/site/content/actors/anna-arden.md'), story);
    rmSync(whole);
    expect((await build()).snapshot.changed).toHaveLength(10);
    writeFileSync(changes, dropped);
    expect((await build()).snapshot.changed).toEqual([]);
  });
});
