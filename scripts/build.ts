/**
 * `npm run build`: publish the site into dist/ (scripts/build-site.ts, src/publish/publish.ts).
 *
 *   npm run build                      → dist/, from what .dateline/ remembers
 *   npm run build -- --cold            read no cache, build from nothing (and fill the caches)
 *   npm run build -- --watch           build, then publish every saved change in content/
 *   npm run build -- --out-dir site    → site/
 *   npm run build -- --report b.json   also write what was done, and the time of each step, as JSON
 *   DATELINE_CACHE_DIR=path            the caches' folder (default .dateline/)
 *
 * Node keeps the code V8 compiled for this process's modules (the renderer bundle, the TypeScript of
 * scripts/ and src/publish/) in <cache>/compile/, so that an incremental build, where starting up is
 * most of the work, does not compile them again. Node checks each file's content before it uses an
 * entry, so a changed file is compiled afresh. It is set up here, before anything else is imported,
 * so that every module the build loads is covered; `--cold` empties it first.
 */
import { rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { compiledCodeDir } from '../src/publish/renderer.ts';
import { cacheDir } from '../src/site-config.ts';

const compiled = compiledCodeDir(cacheDir);
if (process.argv.includes('--cold')) rmSync(compiled, { recursive: true, force: true });
enableCompileCache(compiled);
await import('./build-site.ts');
