/**
 * `npm run import` as an editor runs it: raw wire stories in, a draft that lints and builds out,
 * without hand edits; existing files are never overwritten without --force.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { lintContent } from '../../src/lib/lint/lint-content';
import { readContentFolder } from '../../src/node/content-files';
import { all, attr, buildSite, page, text } from '../helpers/build';

const work = 'tests/.output/import';
const WIRE = 'tests/fixtures/wire';

function runImport(content: string, ...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', ...args], {
    env: { ...process.env, DATELINE_CONTENT: content },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

function articleIn(content: string) {
  const [file] = readdirSync(join(content, 'articles'));
  const { frontmatter, content: body } = parseFrontmatter(readFileSync(join(content, 'articles', file!), 'utf8'));
  return { file: file!, frontmatter, body };
}

const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
/** An event's date, or the first day of its range. */
const dateOf = (event: { date: unknown }) =>
  typeof event.date === 'object' && event.date !== null && !(event.date instanceof Date) ? isoOf((event.date as { start: unknown }).start) : isoOf(event.date);

describe('importing the seed story into an empty content folder', () => {
  const content = join(work, 'empty/content');
  let first: ReturnType<typeof runImport>;

  beforeAll(() => {
    rmSync(join(work, 'empty'), { recursive: true, force: true });
    mkdirSync(content, { recursive: true });
    first = runImport(content, `${WIRE}/istanbul-lavrov-araghchi.txt`, '--published', '2026-02-20');
  });

  it('writes the article and stubs, and says what it created', () => {
    expect(first.status).toBe(0);
    expect(first.output).toContain(`created ${content}/articles/2026-02-20-russian-foreign-minister-sergey-lavrov-reaffirmed-support-for.md`);
    expect(first.output).toContain(`created ${content}/actors/sergey-lavrov.md`);
    expect(first.output).toContain(`created ${content}/locations/istanbul.md`);
  });

  it('drafts an event on every dated fact, the window as expected from the day it was announced', () => {
    const { frontmatter } = articleIn(content);
    const events = frontmatter.events as { date: unknown; status?: string }[];
    const dates = events.map(dateOf).map(String);
    for (const date of ['2026-02-06', '2026-02-17', '2026-02-19', '2026-02-20', '2025-06']) expect(dates).toContain(date);
    // Thursday is the day Trump spoke, which the window starts from: one event, not two.
    expect(dates.filter((date) => date === '2026-02-19')).toHaveLength(1);
    const window = events.find((e) => typeof e.date === 'object' && !(e.date instanceof Date));
    expect(window && dateOf(window)).toBe('2026-02-19');
    expect(window?.status).toBe('expected');
    expect(frontmatter).toMatchObject({ dateline: 'istanbul', source: 'Anadolu Agency' });
  });

  it('finds the demo’s people and ships, with roles, and capitals as governments', () => {
    const { frontmatter } = articleIn(content);
    expect(frontmatter.actors).toEqual(
      expect.arrayContaining(['sergey-lavrov', 'abbas-araghchi', 'jd-vance', 'donald-trump', 'uss-abraham-lincoln', 'kremlin']),
    );
    expect(frontmatter.locations).toEqual(expect.arrayContaining(['geneva', 'muscat']));
    expect(frontmatter.locations).not.toContain('washington');
    const lavrov = parseFrontmatter(readFileSync(join(content, 'actors/sergey-lavrov.md'), 'utf8')).frontmatter;
    expect(lavrov).toMatchObject({ name: 'Sergey Lavrov', kind: 'person', role: 'Foreign Minister of Russia' });
  });

  it('refuses to overwrite on a second run, and replaces with --force', () => {
    const again = runImport(content, `${WIRE}/istanbul-lavrov-araghchi.txt`, '--published', '2026-02-20');
    expect(again.status).toBe(2);
    expect(again.output).toMatch(/would overwrite .*2026-02-20-russian-foreign-minister.*; use --force/);
    const forced = runImport(content, `${WIRE}/istanbul-lavrov-araghchi.txt`, '--published', '2026-02-20', '--force');
    expect(forced.status).toBe(0);
    // The stubs of the first run are known content now: only the article is written again.
    expect(forced.output.split('\n').filter((line) => /^(created|replaced) /.test(line))).toEqual([
      `replaced ${content}/articles/2026-02-20-russian-foreign-minister-sergey-lavrov-reaffirmed-support-for.md`,
    ]);
  });

  it('explains bad arguments', () => {
    expect(runImport(content, `${WIRE}/istanbul-lavrov-araghchi.txt`).output).toMatch(/--published is required/);
    const bad = runImport(content, `${WIRE}/istanbul-lavrov-araghchi.txt`, '--published', '2026-02-31');
    expect(bad.status).toBe(2);
    expect(bad.output).toMatch(/--published: "2026-02-31" is not a date in the calendar/);
    expect(runImport(content, 'no-such.txt', '--published', '2026-02-20').output).toMatch(/no such file: no-such.txt/);
    const offset = runImport(content, `${WIRE}/istanbul-lavrov-araghchi.txt`, '--published', '2026-02-20T10:00:00+25:00');
    expect(offset.output).toMatch(/--published: .* has the offset \+25:00, which no place on Earth uses/);
  });

  it('refuses raw files it cannot read well: too large, not UTF-8 (unless told it is Latin-1), and echoes no terminal escapes', () => {
    const raw = join(work, 'raw');
    mkdirSync(raw, { recursive: true });
    const seed = readFileSync(`${WIRE}/istanbul-lavrov-araghchi.txt`);
    writeFileSync(join(raw, 'huge.txt'), Buffer.concat(Array(200).fill(seed)));
    const huge = runImport(content, join(raw, 'huge.txt'), '--published', '2026-02-20');
    expect(huge.status).toBe(2);
    expect(huge.output).toMatch(/huge\.txt is \d+ KiB, over the 128 KiB limit for a raw story/);
    const latin1 = Buffer.from(seed.toString('utf8').replace('Friday', 'Friday in Caf\u00e9 Central'), 'latin1');
    writeFileSync(join(raw, 'latin1.txt'), latin1);
    const refused = runImport(content, join(raw, 'latin1.txt'), '--published', '2026-02-20');
    expect(refused.status).toBe(2);
    expect(refused.output).toMatch(/latin1\.txt is not UTF-8 text \(perhaps Latin-1 or Windows-1252\): save it as UTF-8, or pass --encoding latin1/);
    const converted = runImport(content, join(raw, 'latin1.txt'), '--published', '2026-02-20', '--encoding', 'latin1', '--force');
    expect(converted.status, converted.output).toBe(0);
    const escaped = runImport(content, `${WIRE}/istanbul-lavrov-araghchi.txt`, '--published', '2026\u001b[2J\u001b]0;owned\u0007');
    expect(escaped.status).toBe(2);
    expect(escaped.output).toContain('2026\\u001b[2J');
    expect(escaped.output).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('importing beside links that lead nowhere', () => {
  it('drafts the story as usual: a dangling link or a loop in content/ is no stack trace', () => {
    const content = join(work, 'links/content');
    rmSync(join(work, 'links'), { recursive: true, force: true });
    cpSync('content/actors', join(content, 'actors'), { recursive: true });
    cpSync('content/locations', join(content, 'locations'), { recursive: true });
    mkdirSync(join(content, 'articles'));
    symlinkSync('nowhere.md', join(content, 'actors/gone.md'));
    symlinkSync('..', join(content, 'articles/loop'));
    const result = runImport(content, `${WIRE}/istanbul-lavrov-araghchi.txt`, '--published', '2026-02-20');
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(result.output).toContain('0 new actor and place stubs');
  });
});

describe('importing a raw story just under the size limit', () => {
  it('drafts it in one pass (no hang), as a file the content lint accepts', () => {
    const content = join(work, 'large/content');
    rmSync(join(work, 'large'), { recursive: true, force: true });
    mkdirSync(content, { recursive: true });
    // The seed story, then every wire fixture's paragraphs until some 120 KiB: real names and dates throughout.
    const paragraphs = readdirSync(WIRE)
      .filter((name) => name.endsWith('.txt') && name !== 'istanbul-lavrov-araghchi.txt')
      .sort()
      .flatMap((name) => readFileSync(join(WIRE, name), 'utf8').split(/\n\s*\n/).slice(1));
    let raw = readFileSync(`${WIRE}/istanbul-lavrov-araghchi.txt`, 'utf8').trimEnd();
    for (let i = 0; Buffer.byteLength(raw) < 120 * 1024; i++) raw += `\n\n${paragraphs[i % paragraphs.length]!.trim()}`;
    writeFileSync(join(work, 'large/raw.txt'), raw);
    const result = runImport(content, join(work, 'large/raw.txt'), '--published', '2026-02-20');
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/\n\d{3} events drafted/);
    const errors = lintContent(readContentFolder(content), { contentDir: content }).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('importing into the demo content', () => {
  const content = join(work, 'demo/content');

  beforeAll(() => {
    rmSync(join(work, 'demo'), { recursive: true, force: true });
    cpSync('content', content, { recursive: true });
  });

  it('matches the people and places content/ already has, creating no stubs for them', () => {
    const result = runImport(content, `${WIRE}/istanbul-lavrov-araghchi.txt`, '--published', '2026-02-20', '--title', 'Lavrov and Araghchi talk');
    expect(result.status).toBe(0);
    expect(result.output.split('\n').filter((line) => line.startsWith('created'))).toEqual([
      `created ${content}/articles/2026-02-20-lavrov-and-araghchi-talk.md`,
    ]);
    const draft = readContentFolder(content).find((f) => f.id === '2026-02-20-lavrov-and-araghchi-talk')!;
    expect(draft.data?.actors).toEqual(expect.arrayContaining(['sergey-lavrov', 'united-states', 'russian-foreign-ministry', 'kremlin']));
  });
});

describe('three imported stories', () => {
  const content = join(work, 'three/content');

  beforeAll(() => {
    rmSync(join(work, 'three'), { recursive: true, force: true });
    mkdirSync(content, { recursive: true });
    for (const [file, published] of [
      ['istanbul-lavrov-araghchi.txt', '2026-02-20'],
      ['ankara-energy.txt', '2026-03-10T11:20:00+03:00'],
      ['brussels-sanctions.txt', '2026-04-14'],
    ] as const) {
      const result = runImport(content, `${WIRE}/${file}`, '--published', published);
      if (result.status !== 0) throw new Error(result.output);
    }
  });

  it('lint without a single error', () => {
    const errors = lintContent(readContentFolder(content), { contentDir: content }).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('build into a site without hand edits', async () => {
    const site = await buildSite({ content, name: 'import-three' });
    expect(site.ok, site.output).toBe(true);
    const titles = all(page(site, '/'), '.teaser-title').map(text);
    expect(titles).toHaveLength(3);
    const timeline = all(page(site, '/timeline/'), '.event time').map((t) => attr(t, 'dateTime'));
    expect(timeline).toContain('2013-11');
  });
});
