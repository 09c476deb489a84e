/** The benchmark's synthetic corpus (bench/corpus.ts): deterministic, to spec, and valid content. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, generateCorpus } from '../../bench/corpus';
import { formatDiagnostic, lintContent } from '../../src/lib/lint/lint-content';
import { readContentFolder } from '../../src/node/content-files';
import { ID_PATTERN } from '../../src/schemas/fields';

const N = 60;
const work = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir`, by relative path. */
function readTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

const frontmatter = (text: string) => parseFrontmatter(text).frontmatter as Record<string, unknown>;

describe('bench corpus', () => {
  const dirA = join(work, 'a');
  const dirB = join(work, 'b');
  const dirC = join(work, 'c');
  const stats = generateCorpus({ articles: N, seed: 7, dir: dirA });
  generateCorpus({ articles: N, seed: 7, dir: dirB });
  generateCorpus({ articles: N, seed: 8, dir: dirC });
  const files = readTree(dirA);
  const articles = [...files].filter(([path]) => path.startsWith('articles/')).map(([, text]) => frontmatter(text));

  it('is byte-identical for the same seed and differs for another', () => {
    expect(readTree(dirB)).toEqual(files);
    const other = readTree(dirC);
    expect([...other.values()].join('')).not.toEqual([...files.values()].join(''));
    // In memory too, without touching the disk.
    expect([...buildCorpus({ articles: N, seed: 7 }).files]).toEqual([...files]);
  });

  it('writes N articles from pools of about N/3 actors and N/10 locations', () => {
    const count = (folder: string) => [...files.keys()].filter((path) => path.startsWith(`${folder}/`)).length;
    expect(count('articles')).toBe(N);
    expect(count('actors')).toBe(N / 3);
    expect(count('locations')).toBe(N / 10);
    expect(stats).toMatchObject({ articles: N, actors: N / 3, locations: N / 10 });
    for (const path of files.keys()) expect(path.split('/')[1]?.replace(/\.md$/, '')).toMatch(ID_PATTERN);
  });

  it('keeps the pools at N/3 and N/10 at newsroom scale', () => {
    const { stats: large } = buildCorpus({ articles: 3000, seed: 1 });
    expect(large).toMatchObject({ articles: 3000, actors: 1000, locations: 300 });
  });

  it('gives each article 3–8 actors, 2–6 events and a wire-length body', () => {
    for (const data of articles) {
      expect((data.actors as string[]).length).toBeGreaterThanOrEqual(3);
      expect((data.actors as string[]).length).toBeLessThanOrEqual(8);
      expect(new Set(data.actors as string[]).size).toBe((data.actors as string[]).length);
      expect((data.events as unknown[]).length).toBeGreaterThanOrEqual(2);
      expect((data.events as unknown[]).length).toBeLessThanOrEqual(6);
    }
    expect(stats.bodyBytes.min).toBeGreaterThan(1500);
    expect(stats.bodyBytes.max).toBeLessThan(3500);
  });

  it('mixes event precisions and actor kinds as a newsroom would', () => {
    const { day, month, year, range, expected } = stats.precision;
    expect(day).toBeGreaterThan((month + year + range) * 1.5);
    for (const n of [month, year, range, expected]) expect(n).toBeGreaterThan(0);
    const kinds = new Set(
      [...files].filter(([path]) => path.startsWith('actors/')).map(([, text]) => frontmatter(text).kind),
    );
    expect([...kinds].sort()).toEqual(['government', 'military', 'organization', 'person', 'state']);
    expect(stats.firstPublished < stats.lastPublished).toBe(true);
  });

  it('passes the project’s content lint with zero errors', () => {
    const errors = lintContent(readContentFolder(dirA), { contentDir: dirA }).filter((d) => d.severity === 'error');
    expect(errors.map(formatDiagnostic)).toEqual([]);
  });
});
