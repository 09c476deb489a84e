/**
 * `npm run build`: check the content, `astro build` into a fresh folder, Pagefind over it, then
 * swap it in as `dist/`. A failed build leaves the previous `dist/` exactly as it was, and no
 * half-written folder behind.
 *
 * 1. The content is linted first, as `npm run check` does (errors only; editorial warnings never
 *    fail a build), so every problem of every file is reported at once, with its line and fix.
 * 2. Astro builds; any `[ERROR]` or `[WARN]` it logs fails the build, like Hugo's panicOnWarning:
 *    Astro logs some content problems (a broken reference) and still exits 0.
 *
 *   npm run build                     → dist/
 *   npm run build -- --out-dir site   → site/
 *   DATELINE_SKIP_LINT=1              skip step 1 (only to test what Astro itself does)
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { formatDiagnostic } from '../src/lib/lint/lint-content';
import { countAstroComplaints } from '../src/node/astro-log';
import { lintContentFolder } from '../src/node/content-files';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });
const outDir = resolve(values['out-dir']);
const staging = `${outDir}.building-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;

/**
 * Removes what a failed build wrote: the staging folder, which holds Astro's half-built chunks
 * (`.prerender/`) too — unless it lies outside the project, where Astro keeps them in `.astro/`.
 */
function cleanUp(): void {
  rmSync(staging, { recursive: true, force: true });
  if (!staging.startsWith(process.cwd())) rmSync('.astro/.prerender', { recursive: true, force: true });
}

async function indexForSearch(site: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: resolve(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  console.log(`Pagefind indexed ${added.page_count} pages.`);
  await pagefind.close();
}

const contentDir = process.env.DATELINE_CONTENT ?? 'content';
const unchanged = () => (existsSync(outDir) ? `the previous ${values['out-dir']}/ is unchanged` : 'nothing was written');

function lint(): boolean {
  const errors = lintContentFolder(contentDir, { warnings: false }).diagnostics.filter((d) => d.severity === 'error');
  for (const error of errors) console.error(formatDiagnostic(error));
  if (errors.length) console.error(`\n${errors.length} content error${errors.length === 1 ? '' : 's'}. Build failed: ${unchanged()}.`);
  return errors.length === 0;
}

/** Runs `astro build`, echoing its output; resolves false on a non-zero exit or any logged warning or error. */
function astroBuild(): Promise<boolean> {
  // The same Node that runs this script (the project's Node 24 under npm run).
  const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
  const child = spawn(process.execPath, [astro, 'build', '--outDir', staging], { stdio: ['ignore', 'pipe', 'pipe'] });
  let complaints = 0;
  const echo = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    const text = chunk.toString();
    complaints += countAstroComplaints(text);
    stream.write(text);
  };
  child.stdout.on('data', echo(process.stdout));
  child.stderr.on('data', echo(process.stderr));
  return new Promise((done) =>
    child.on('close', (code) => {
      if (code === 0 && complaints > 0) console.error(`\nAstro logged ${complaints} warning(s) or error(s) above: treated as a failed build.`);
      done(code === 0 && complaints === 0);
    }),
  );
}

async function main(): Promise<number> {
  if (!process.env.DATELINE_SKIP_LINT && !lint()) return 1;
  if (!(await astroBuild())) {
    cleanUp();
    console.error(`\nBuild failed: ${unchanged()}.`);
    return 1;
  }
  try {
    await indexForSearch(staging);
  } catch (error) {
    cleanUp();
    console.error(`\n${(error as Error).message}\nBuild failed: the previous ${values['out-dir']}/ is unchanged.`);
    return 1;
  }
  // Two renames: the old site is never deleted before the new one is in place.
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  console.log(`Site written to ${values['out-dir']}/.`);
  return 0;
}

process.exit(await main());
