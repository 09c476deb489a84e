/**
 * Runs the real build (scripts/build.mjs: the renderer, the publisher, Pagefind) of a content folder into
 * tests/.output/<name>/dist and reads the result.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  readonly ok: boolean;
  readonly output: string;
  readonly outDir: string;
  readonly base: string;
}

export interface BuildOptions {
  /** Content folder relative to the project. */
  readonly content: string;
  /** Name of the output folder under tests/.output/. */
  readonly name: string;
  readonly base?: string;
  readonly tz?: string;
  /** Extra environment for the build. */
  readonly env?: Record<string, string>;
}

export async function buildSite({ content, name, base = '/', tz = 'UTC', env: extra = {} }: BuildOptions): Promise<BuildResult> {
  const work = join(projectRoot, 'tests/.output', name);
  const outDir = join(work, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  const env = {
    ...inheritedEnv(),
    TZ: tz,
    DATELINE_CONTENT: content,
    // Astro 7.3 ignores `astro build --base` for import.meta.env.BASE_URL; the config's base works.
    DATELINE_BASE: base,
    DATELINE_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...extra,
  };
  // The real `npm run build`, on this Node.
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/build.mjs', '--out-dir', outDir], {
      cwd: projectRoot,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, outDir, base };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, outDir, base };
  }
}

/**
 * Vitest exports Vite's `import.meta.env` (BASE_URL, MODE, NODE_ENV=test, …) into process.env; a
 * child build that inherited them would render under base "/" in test mode.
 */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const leaked = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !leaked.has(key) && !key.startsWith('VITEST')),
  );
}

/** Every built HTML page, as its URL path under the site's base (`/news/actors/x/`). */
export function builtPages(site: BuildResult): string[] {
  const files = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.map((file) => `${site.base}${file.replace(/(^|\/)index\.html$/, '$1')}`).sort();
}

/** The file a URL path of the site is served from, or undefined when there is none. */
export function fileFor(site: BuildResult, urlPath: string): string | undefined {
  if (!urlPath.startsWith(site.base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(site.base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(rel, 'index.html')] : [rel, join(rel, 'index.html')];
  return candidates.map((c) => join(site.outDir, c)).find((path) => existsSync(path) && !path.endsWith('/'));
}

const pageCache = new Map<string, Root>();

/** Parses a built page; fails the test when it does not exist. */
export function page(site: BuildResult, urlPath: string): Root {
  const file = fileFor(site, urlPath);
  if (!file) throw new Error(`no page was built for ${urlPath} in ${relative(projectRoot, site.outDir)}`);
  let tree = pageCache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    pageCache.set(file, tree);
  }
  return tree;
}

export function one(tree: Root | Element, selector: string): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export const all = (tree: Root | Element, selector: string): Element[] => selectAll(selector, tree);

/** Visible text with runs of white space collapsed. */
export const text = (node: Root | Element): string => toString(node).replace(/\s+/g, ' ').trim();

export const attr = (node: Element, name: string): string => String(node.properties[name] ?? '');
