/**
 * `npm run build`: `astro build` into a fresh folder, Pagefind over it, then swap it in as `dist/`.
 * A failed build leaves the previous `dist/` exactly as it was, and no half-written folder behind.
 *
 *   npm run build                     → dist/
 *   npm run build -- --out-dir site   → site/
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });
const outDir = resolve(values['out-dir']);
const staging = `${outDir}.building-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;

function cleanUp(): void {
  rmSync(staging, { recursive: true, force: true });
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

async function main(): Promise<number> {
  // The same Node that runs this script (the project's Node 24 under npm run).
  const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
  const build = spawnSync(process.execPath, [astro, 'build', '--outDir', staging], { stdio: 'inherit' });
  if (build.status !== 0) {
    cleanUp();
    console.error(`\nBuild failed: ${existsSync(outDir) ? `the previous ${values['out-dir']}/ is unchanged` : 'nothing was written'}.`);
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
